package dev.curveball.catalog;

import java.util.List;

/**
 * One interview prompt of the catalog, as written in {@code catalog/prompts/<id>.json}. Strings may hold
 * {@code {{key}}} placeholders for the figures; {@link FigureDraw} fills them in for a round. Everything except the
 * id, title and tags is for the interviewer until the room reveals it.
 */
public record Prompt(String id, String title, List<String> tags, String statement, List<Figure> figures,
                     List<String> constraints, List<ScopePoint> scope, List<Clarification> clarifications,
                     List<Phase> phases, List<Twist> twists) {
}
