package dev.curveball.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.JsonStringEncoder;
import dev.curveball.protocol.ot.TextOperation;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * What the load generator reads from a server frame after the welcome: a notes edit, an error, or nothing it cares
 * about. Read with Jackson's streaming parser and without building a tree: the generator shares the server's two
 * cores, and every microsecond it spends per frame is taken from the server it measures.
 */
record NotesFrame(boolean error, String client, long clientSeq, long rev, TextOperation op) {
    private static final JsonFactory JSON = new JsonFactory();

    /** A notes edit or an error in {@code frame}; null for any other frame. */
    static NotesFrame read(String frame) throws IOException {
        try (JsonParser parser = JSON.createParser(frame)) {
            expect(parser.nextToken(), JsonToken.START_OBJECT);
            NotesFrame edit = null;
            boolean isEvent = false;
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                JsonToken value = parser.nextToken();
                if (field.equals("type")) {
                    String type = parser.getText();
                    if (type.equals("error")) {
                        return new NotesFrame(true, null, 0, 0, null);
                    }
                    isEvent = type.equals("event");
                    if (!isEvent) {
                        return null;
                    }
                } else if (field.equals("event") && value == JsonToken.START_OBJECT) {
                    edit = edit(parser);
                } else {
                    parser.skipChildren();
                }
            }
            return isEvent ? edit : null;
        }
    }

    /** The notes edit in an event object, the parser on its start; null when the event is of another kind. */
    private static NotesFrame edit(JsonParser parser) throws IOException {
        String kind = null;
        String client = null;
        long clientSeq = 0;
        long rev = 0;
        TextOperation op = null;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            JsonToken value = parser.nextToken();
            switch (field) {
                case "kind" -> kind = parser.getText();
                case "client" -> client = parser.getText();
                case "clientSeq" -> clientSeq = parser.getLongValue();
                case "rev" -> rev = parser.getLongValue();
                case "op" -> op = value == JsonToken.START_ARRAY ? operation(parser) : null;
                default -> parser.skipChildren();
            }
        }
        return "notes.op".equals(kind) ? new NotesFrame(false, client, clientSeq, rev, op) : null;
    }

    private static TextOperation operation(JsonParser parser) throws IOException {
        List<Object> components = new ArrayList<>(3);
        for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
            components.add(token == JsonToken.VALUE_STRING ? parser.getText() : (Object) parser.getIntValue());
        }
        return TextOperation.fromJson(components);
    }

    /** The wire form of an operation, written without a mapper. */
    static String json(TextOperation op) {
        StringBuilder out = new StringBuilder("[");
        for (Object component : op.components()) {
            if (out.length() > 1) {
                out.append(',');
            }
            if (component instanceof String insert) {
                out.append('"').append(JsonStringEncoder.getInstance().quoteAsString(insert)).append('"');
            } else {
                out.append(component);
            }
        }
        return out.append(']').toString();
    }

    private static void expect(JsonToken actual, JsonToken expected) throws IOException {
        if (actual != expected) {
            throw new IOException("expected " + expected + ", found " + actual);
        }
    }
}
