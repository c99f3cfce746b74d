package dev.curveball.catalog;

import java.util.List;

/** Something a strong candidate should clarify or cover, filed under one area of an ML system. */
public record ScopePoint(String area, String point) {

    /** The areas a scope point may name, as written in the JSON. */
    public static final List<String> AREAS = List.of("data-and-labels", "features", "training", "serving",
        "evaluation-offline", "evaluation-online", "monitoring", "drift-and-retraining", "scaling", "cost");
}
