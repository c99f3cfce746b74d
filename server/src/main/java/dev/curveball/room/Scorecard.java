package dev.curveball.room;

import dev.curveball.protocol.view.RatingView;
import dev.curveball.protocol.view.ScorecardView;
import java.util.LinkedHashMap;
import java.util.Map;

/** The interviewer's ratings of the candidate by rubric dimension; private to the interviewer's side until shared. */
public record Scorecard(Map<String, RatingView> ratings, boolean shared) {

    public static final Scorecard EMPTY = new Scorecard(Map.of(), false);

    public Scorecard {
        ratings = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(ratings));
    }

    Scorecard rate(String dimension, RatingView rating, java.util.List<String> order) {
        Map<String, RatingView> more = new LinkedHashMap<>();
        for (String id : order) {
            RatingView value = id.equals(dimension) ? rating : ratings.get(id);
            if (value != null && (value.level() != null || !value.evidence().isEmpty() || value.unobserved())) {
                more.put(id, value);
            }
        }
        return new Scorecard(more, shared);
    }

    Scorecard share() {
        return new Scorecard(ratings, true);
    }

    public ScorecardView view() {
        return new ScorecardView(ratings, shared);
    }
}
