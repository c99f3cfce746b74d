package dev.curveball.room;

import dev.curveball.protocol.view.GuideView;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * A catalog prompt's interviewer guide, kept with the round: calibration, the scope points the interviewer ticks off,
 * what a strong answer looks like and the common mistakes. The interviewer's side reads it during the round, everyone
 * once the round is done ({@link Redaction}); a prompt written in the room has none.
 *
 * @param difficulty {@code easy}, {@code medium} or {@code hard}
 * @param levels     the target levels, e.g. {@code "L4–L6"}
 * @param focus      the rubric dimension ids the prompt weighs most
 */
public record RoundGuide(String difficulty, String levels, List<String> focus, String strongAnswer,
                         List<ScopeItem> scope, List<String> commonMistakes) {

    public RoundGuide {
        focus = List.copyOf(focus);
        scope = List.copyOf(scope);
        commonMistakes = List.copyOf(commonMistakes);
    }

    java.util.Optional<ScopeItem> point(String id) {
        return scope.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    RoundGuide withPoint(String id, UnaryOperator<ScopeItem> change) {
        return new RoundGuide(difficulty, levels, focus, strongAnswer,
            scope.stream().map(s -> s.id().equals(id) ? change.apply(s) : s).toList(), commonMistakes);
    }

    public GuideView view() {
        return new GuideView(difficulty, levels, focus, strongAnswer, scope.stream().map(ScopeItem::view).toList(),
            commonMistakes);
    }
}
