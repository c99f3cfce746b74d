package dev.curveball.protocol;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.module.blackbird.BlackbirdModule;

/** Turns frames into messages and back. Thread-safe; one shared instance is enough. */
public final class Codec {
    private static final ObjectMapper MAPPER = newMapper();

    private Codec() {
    }

    /**
     * The mapper every Curveball component uses for JSON: absent rather than null fields on output, and unknown
     * fields ignored on input so that newer clients can talk to older servers. Blackbird reads and writes fields
     * through generated lambdas instead of reflection: every frame in and out of the node passes through here.
     */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    public static ObjectMapper newMapper() {
        return JsonMapper.builder()
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .addModule(new BlackbirdModule())
            .build();
    }

    public static String encode(Message message) {
        try {
            return MAPPER.writeValueAsString(message);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot encode " + message.getClass().getSimpleName(), e);
        }
    }

    /** Reads one client frame, or explains precisely why it is not acceptable. */
    public static ClientMessage decodeClient(String frame) throws ProtocolException {
        return decode(frame, ClientMessage.class);
    }

    /** Reads one server frame; used by Java clients such as tests and the load generator. */
    public static ServerMessage decodeServer(String frame) throws ProtocolException {
        return decode(frame, ServerMessage.class);
    }

    private static <T extends Message> T decode(String frame, Class<T> kind) throws ProtocolException {
        // Every frame is parsed once on the way in; only one that does not decode is parsed again, as a tree, to say
        // exactly what is wrong with it and echo its id. (Parsing every frame as a tree first cost a second parse.)
        try {
            T message = MAPPER.readValue(frame, kind);
            if (message != null) {
                return message;
            }
        } catch (JsonProcessingException e) {
            // explained below
        }
        return explain(frame, kind);
    }

    /** Decodes a frame that did not decode directly: as a tree, so that the refusal names the field and the id. */
    private static <T extends Message> T explain(String frame, Class<T> kind) throws ProtocolException {
        JsonNode tree;
        try {
            tree = MAPPER.readTree(frame);
        } catch (JsonProcessingException e) {
            throw new ProtocolException(ErrorCode.BAD_MESSAGE, "the frame is not valid JSON", null);
        }
        if (tree == null || !tree.isObject()) {
            throw new ProtocolException(ErrorCode.BAD_MESSAGE, "a message must be a JSON object", null);
        }
        JsonNode idNode = tree.get("id");
        Long id = idNode != null && idNode.canConvertToLong() ? idNode.asLong() : null;
        JsonNode type = tree.get("type");
        if (type == null || !type.isTextual()) {
            throw new ProtocolException(ErrorCode.BAD_MESSAGE, "a message needs a string field \"type\"", id);
        }
        try {
            return MAPPER.treeToValue(tree, kind);
        } catch (InvalidTypeIdException e) {
            throw new ProtocolException(ErrorCode.UNKNOWN_TYPE, "unknown message type \"" + type.asText() + "\"", id);
        } catch (ValueInstantiationException e) {
            String reason = e.getCause() != null ? e.getCause().getMessage() : e.getOriginalMessage();
            throw new ProtocolException(ErrorCode.BAD_MESSAGE, type.asText() + ": " + reason, id);
        } catch (JsonProcessingException e) {
            throw new ProtocolException(ErrorCode.BAD_MESSAGE, type.asText() + ": " + describe(e), id);
        }
    }

    /** The numeric {@code id} of a frame that will not be processed (e.g. rate-limited), or null. */
    public static Long peekId(String frame) {
        // Streamed, nested values skipped, stopping at the id: a flood of large frames must cost little to refuse.
        try (com.fasterxml.jackson.core.JsonParser parser = MAPPER.getFactory().createParser(frame)) {
            if (parser.nextToken() != com.fasterxml.jackson.core.JsonToken.START_OBJECT) {
                return null;
            }
            while (parser.nextToken() == com.fasterxml.jackson.core.JsonToken.FIELD_NAME) {
                boolean isId = "id".equals(parser.currentName());
                com.fasterxml.jackson.core.JsonToken value = parser.nextToken();
                if (isId) {
                    return value == com.fasterxml.jackson.core.JsonToken.VALUE_NUMBER_INT
                        && parser.getNumberType() != com.fasterxml.jackson.core.JsonParser.NumberType.BIG_INTEGER
                        ? parser.getLongValue() : null;
                }
                parser.skipChildren();
            }
            return null;
        } catch (java.io.IOException | RuntimeException e) {
            return null;
        }
    }

    private static String describe(JsonProcessingException e) {
        if (e instanceof com.fasterxml.jackson.databind.JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = mapping.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .reduce((a, b) -> a + "." + b)
                .orElse("?");
            return "field \"" + field + "\" has the wrong type";
        }
        return "malformed message";
    }
}
