package dev.curveball.protocol.view;

import java.util.LinkedHashMap;
import java.util.Map;

/** The interviewer's ratings of the candidate, by rubric dimension id, in rubric order. */
public record ScorecardView(Map<String, RatingView> ratings, boolean shared) {
    public ScorecardView {
        ratings = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(ratings));
    }
}
