package dev.curveball.protocol.view;

import java.util.List;

/**
 * What an experienced interviewer carries in their head for a catalog prompt: its calibration, what a complete answer
 * covers (ticked off during the round), what a strong answer looks like and the common mistakes. The interviewer's
 * side reads it during the round; everyone reads it once the round is done.
 *
 * @param difficulty     {@code easy}, {@code medium} or {@code hard}
 * @param levels         the target levels, e.g. {@code "L4–L6"}
 * @param focus          the rubric dimension ids the prompt weighs most
 * @param strongAnswer   what a level-4 answer looks like
 * @param scope          what a complete answer covers
 * @param commonMistakes what candidates typically get wrong on this prompt
 */
public record GuideView(String difficulty, String levels, List<String> focus, String strongAnswer,
                        List<ScopePointView> scope, List<String> commonMistakes) {

    public GuideView {
        focus = List.copyOf(focus);
        scope = List.copyOf(scope);
        commonMistakes = List.copyOf(commonMistakes);
    }
}
