package dev.curveball.room;

import java.util.LinkedHashMap;
import java.util.Map;

/** The room's notes: one shared document, and private documents keyed by the participant who writes them. */
public record Notes(Document shared, Map<String, Document> privateDocs) {

    public static final Notes EMPTY = new Notes(Document.EMPTY, Map.of());

    public Notes {
        privateDocs = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(privateDocs));
    }

    public Document privateOf(String participantId) {
        return privateDocs.getOrDefault(participantId, Document.EMPTY);
    }

    Notes withShared(Document document) {
        return new Notes(document, privateDocs);
    }

    Notes withPrivate(String participantId, Document document) {
        Map<String, Document> docs = new LinkedHashMap<>(privateDocs);
        docs.put(participantId, document);
        return new Notes(shared, docs);
    }
}
