package dev.curveball.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.Tuple;

/**
 * The decoder against hostile input: whatever a client sends, decoding either yields a message or refuses it with
 * a code from a small, fixed set, the same code every time, with the command's {@code id} when it had one. No
 * other exception ever escapes into the session.
 */
class DecoderFuzzTest {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    /** What decoding alone may answer; seats, tokens, limits and state are judged later, by others. */
    private static final Set<ErrorCode> DECODER_CODES = Set.of(ErrorCode.BAD_MESSAGE, ErrorCode.UNKNOWN_TYPE);
    private static final List<String> CLIENT_TYPES = typeNames(ClientMessage.class);
    private static final List<String> FIELDS = List.of("id", "protocol", "room", "token", "name", "resume", "secret",
        "lastSeq", "t", "title", "text", "durationMs", "doc", "rev", "op", "client", "clientSeq", "anchor", "head",
        "interviewer", "candidate", "order", "deltaMs", "phases", "autoAdvance", "shadow", "card", "atMinute",
        "atPhase", "deck", "twists", "clarifications", "stress", "guidance", "clarification", "dimension", "level",
        "evidence", "notObserved", "comment", "point", "covered", "participant", "promptId", "prompt");

    @Property(tries = 400)
    void anyStringDecodesOrIsRefusedWithAStableDecoderCode(@ForAll("frames") String frame) {
        Outcome first = decode(frame);
        Outcome again = decode(frame);

        assertEquals(first, again, "the same frame, the same answer");
        if (first.refused() != null) {
            assertTrue(DECODER_CODES.contains(first.refused().code()), first.refused().code() + " for " + frame);
            assertFalse(first.refused().getMessage().isBlank(), "a refusal explains itself");
        }
    }

    @Property(tries = 300)
    void aMessageShapedObjectIsReadOrRefusedWithItsIdAndTheRightCode(@ForAll("messageLike") ObjectNode frame) {
        Outcome outcome = decode(frame.toString());
        Statistics.collect(outcome.refused() == null ? "read" : outcome.refused().code().code());

        if (outcome.refused() == null) {
            String encoded = Codec.encode(outcome.message());
            Outcome reread = decode(encoded);
            assertNotNull(reread.message(), "what the server reads, it can write and read back: " + encoded);
            assertEquals(encoded, Codec.encode(reread.message()));
            return;
        }
        ProtocolException refused = outcome.refused();
        JsonNode type = frame.get("type");
        ErrorCode expected = type != null && type.isTextual() && !CLIENT_TYPES.contains(type.asText())
            ? ErrorCode.UNKNOWN_TYPE : ErrorCode.BAD_MESSAGE;
        assertEquals(expected, refused.code(), refused.getMessage() + " for " + frame);
        JsonNode id = frame.get("id");
        if (id != null && id.isIntegralNumber() && id.canConvertToLong() && type != null && type.isTextual()) {
            assertEquals(id.asLong(), refused.id(), "the refusal echoes the command's id: " + frame);
        }
    }

    @Property(tries = 200)
    void anyJsonValueThatIsNotAnObjectIsABadMessage(@ForAll("values") JsonNode value) {
        if (value.isObject()) {
            return;
        }
        assertEquals(ErrorCode.BAD_MESSAGE, decode(value.toString()).refused().code());
    }

    /** Either the message or the refusal; anything else thrown fails the property. */
    private record Outcome(ClientMessage message, ProtocolException refused) {
        @Override
        public boolean equals(Object other) {
            return other instanceof Outcome o && (refused == null
                ? o.refused == null && Codec.encode(message).equals(Codec.encode(o.message))
                : o.refused != null && refused.code() == o.refused.code()
                    && java.util.Objects.equals(refused.id(), o.refused.id())
                    && refused.getMessage().equals(o.refused.getMessage()));
        }

        @Override
        public int hashCode() {
            return 0;
        }
    }

    private static Outcome decode(String frame) {
        try {
            return new Outcome(Codec.decodeClient(frame), null);
        } catch (ProtocolException refused) {
            return new Outcome(null, refused);
        }
    }

    @Provide
    Arbitrary<String> frames() {
        Arbitrary<String> text = Arbitraries.strings().ofMaxLength(200);
        Arbitrary<String> jsonish = Arbitraries.strings().withChars("{}[]\":,0123456789.-+eEtruefalsn \\u".toCharArray())
            .ofMaxLength(80);
        Arbitrary<String> mangled = messageLike().map(JsonNode::toString).flatMap(json ->
            Arbitraries.integers().between(0, json.length()).map(cut -> json.substring(0, cut)));
        Arbitrary<String> deep = Arbitraries.integers().between(1, 3000)
            .map(depth -> "[".repeat(depth) + "]".repeat(depth));
        return Arbitraries.frequencyOf(Tuple.of(3, text), Tuple.of(3, jsonish), Tuple.of(3, mangled),
            Tuple.of(1, deep), Tuple.of(2, messageLike().map(JsonNode::toString)));
    }

    /** Valid commands with one field replaced by any value, or dropped: the checks of each message's own fields. */
    @Provide
    Arbitrary<ObjectNode> mutated() {
        Arbitrary<ObjectNode> valid = Arbitraries.of(VALID).map(json -> {
            try {
                return (ObjectNode) Codec.mapper().readTree(json);
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        });
        return Combinators.combine(valid, Arbitraries.of(FIELDS), values(), Arbitraries.integers().between(0, 4))
            .as((object, name, value, drop) -> {
                if (drop == 0) {
                    object.remove(name);
                } else {
                    object.set(name, value);
                }
                return object;
            });
    }

    private static final List<String> VALID = List.of(
        "{\"type\":\"hello\",\"protocol\":1,\"room\":\"q7k2m9xd4p\",\"token\":\"x\",\"name\":\"Ada\",\"resume\":{\"secret\":\"s\",\"lastSeq\":4}}",
        "{\"type\":\"notes.op\",\"id\":12,\"doc\":\"shared\",\"rev\":17,\"op\":[5,\"hi\",-2],\"client\":\"c-1\",\"clientSeq\":4}",
        "{\"type\":\"notes.cursor\",\"doc\":\"shared\",\"rev\":18,\"anchor\":7,\"head\":7}",
        "{\"type\":\"timer.adjust\",\"id\":28,\"deltaMs\":120000}",
        "{\"type\":\"timer.phases\",\"id\":29,\"phases\":[{\"name\":\"Clarify\",\"durationMs\":300000}]}",
        "{\"type\":\"seats.set\",\"id\":25,\"interviewer\":\"p-1\",\"candidate\":\"p-2\",\"order\":[\"p-1\",\"p-2\"]}",
        "{\"type\":\"twist.add\",\"id\":34,\"card\":{\"stress\":\"cost\",\"title\":\"B\",\"text\":\"T\",\"guidance\":\"G\"}}",
        "{\"type\":\"deck.import\",\"id\":35,\"deck\":{\"twists\":[],\"clarifications\":[{\"question\":\"Q\",\"answer\":\"A\"}]}}",
        "{\"type\":\"scorecard.rate\",\"id\":37,\"dimension\":\"data\",\"level\":3,\"evidence\":\"E\"}",
        "{\"type\":\"round.next\",\"id\":24,\"prompt\":{\"title\":\"T\",\"text\":\"X\"}}",
        "{\"type\":\"twist.schedule\",\"id\":33,\"card\":\"t6\",\"atPhase\":2}",
        "{\"type\":\"participant.remove\",\"id\":51,\"participant\":\"p-9b01\"}",
        "{\"type\":\"scope.tick\",\"id\":41,\"point\":\"s3\",\"covered\":true}");

    @Provide
    Arbitrary<ObjectNode> messageLike() {
        Arbitrary<JsonNode> type = Arbitraries.oneOf(
            Arbitraries.of(CLIENT_TYPES).map(JSON::textNode),
            Arbitraries.of(typeNames(ServerMessage.class)).map(JSON::textNode),
            Arbitraries.strings().ofMaxLength(12).map(JSON::textNode),
            values());
        Arbitrary<Tuple.Tuple2<String, JsonNode>> field = Combinators.combine(Arbitraries.of(FIELDS), values())
            .as(Tuple::of);
        return Arbitraries.frequencyOf(Tuple.of(1, mutated()), Tuple.of(1, Combinators.combine(type,
                field.list().ofMaxSize(8), Arbitraries.integers().between(0, 9))
            .as((t, fields, typeless) -> {
                ObjectNode object = JSON.objectNode();
                if (typeless > 0) {
                    object.set("type", t);
                }
                fields.forEach(f -> object.set(f.get1(), f.get2()));
                return object;
            })));
    }

    /** JSON values of every kind, including the edges of numbers, nested a few levels. */
    @Provide
    Arbitrary<JsonNode> values() {
        Arbitrary<JsonNode> scalar = Arbitraries.oneOf(
            Arbitraries.just(JSON.nullNode()),
            Arbitraries.of(true, false).map(JSON::booleanNode),
            Arbitraries.longs().map(JSON::numberNode),
            Arbitraries.of(Long.MIN_VALUE, Long.MAX_VALUE, 0L, -1L, (long) Integer.MAX_VALUE + 1, (long) Integer.MIN_VALUE)
                .map(JSON::numberNode),
            Arbitraries.of(new BigInteger("9".repeat(40)), new BigInteger("-" + "9".repeat(40))).map(JSON::numberNode),
            Arbitraries.doubles().map(JSON::numberNode),
            Arbitraries.of(Double.MAX_VALUE, -0.0, 1e-300, 0.5).map(JSON::numberNode),
            Arbitraries.strings().ofMaxLength(30).map(JSON::textNode),
            Arbitraries.of("shared", "private", "hello", "drift", "p-1", "t1", "q1", "s1", "data").map(JSON::textNode));
        return Arbitraries.lazyOf(
            () -> scalar,
            () -> scalar,
            () -> scalar,
            () -> values().list().ofMaxSize(4).map(items -> {
                ArrayNode array = JSON.arrayNode();
                items.forEach(array::add);
                return array;
            }),
            () -> Combinators.combine(Arbitraries.of(FIELDS), values()).as(Tuple::of).list().ofMaxSize(4)
                .map(entries -> {
                    ObjectNode object = JSON.objectNode();
                    entries.forEach(e -> object.set(e.get1(), e.get2()));
                    return object;
                }));
    }

    private static List<String> typeNames(Class<?> sealed) {
        return leaves(sealed).map(type -> type.getAnnotation(JsonTypeName.class))
            .filter(java.util.Objects::nonNull).map(JsonTypeName::value).toList();
    }

    private static Stream<Class<?>> leaves(Class<?> sealed) {
        return Arrays.stream(sealed.getPermittedSubclasses())
            .flatMap(sub -> sub.isRecord() ? Stream.of(sub) : leaves(sub));
    }
}
