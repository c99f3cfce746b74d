package dev.curveball.catalog;

import java.util.List;

/**
 * One interview prompt of the catalog, as written in {@code catalog/prompts/<id>.json}. Strings may hold
 * {@code {{key}}} placeholders for the figures; {@link FigureDraw} fills them in for a round. The id, title, tags and
 * calibration ({@code difficulty}, {@code levels}, {@code focus}) are public; everything else is for the interviewer
 * until the room reveals it: the statement when the round starts, {@code scope}, {@code strongAnswer} and
 * {@code commonMistakes} once the round is done.
 *
 * @param levels         the target levels, e.g. {@code "L4–L6"}
 * @param phases         the 45-minute phase plan
 * @param phases60       the 60-minute variant of the same phases (same ids and names, in the same order)
 * @param focus          the rubric dimension ids the prompt weighs most
 * @param strongAnswer   what a level-4 answer looks like
 * @param commonMistakes what candidates typically get wrong on this prompt
 * @param derived        numbers that follow from the figures (at least one), checked at load time at both ends of
 *                       every range; never shown
 */
public record Prompt(String id, String title, List<String> tags, Difficulty difficulty, String levels,
                     List<String> focus, String statement, List<Figure> figures, List<String> constraints,
                     List<ScopePoint> scope, List<Clarification> clarifications, List<Phase> phases,
                     List<Phase> phases60,
                     List<Twist> twists, String strongAnswer, List<String> commonMistakes,
                     List<DerivedFigure> derived) {
}
