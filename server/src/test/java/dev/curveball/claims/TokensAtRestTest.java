package dev.curveball.claims;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.spi.impl.SerializationServiceSupport;
import dev.curveball.testing.CreatedRoom;
import dev.curveball.testing.RunningNode;
import dev.curveball.testing.WsClient;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * README: "Tokens are 256 random bits, stored only as SHA-256 hashes". The room as Hazelcast holds it, in the bytes
 * it sends to backups and other members, carries each capability token and resume secret only as its SHA-256.
 */
class TokensAtRestTest {
    @RegisterExtension
    static final RunningNode node = new RunningNode();

    @Test
    void theStoredRoomHoldsEveryTokenAndResumeSecretOnlyAsItsSha256() throws Exception {
        CreatedRoom room = node.createRoom("{}");
        String adaSecret;
        try (WsClient ada = WsClient.join(node.vertx(), node.port(), room.id(), room.hostToken(), "Ada")) {
            adaSecret = ada.welcome().path("resume").asText();
        }
        HazelcastInstance hazelcast = node.node().node().hazelcast();
        Object stored = hazelcast.getMap("rooms").get(room.id());
        byte[] bytes = ((SerializationServiceSupport) hazelcast).getSerializationService().toData(stored).toByteArray();
        String atRest = new String(bytes, StandardCharsets.UTF_8);

        for (String secret : List.of(room.hostToken(), room.inviteToken(), adaSecret)) {
            assertFalse(atRest.contains(secret), "the raw secret is not stored");
            assertTrue(atRest.contains(sha256(secret)), "its SHA-256 is");
        }
    }

    private static String sha256(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }
}
