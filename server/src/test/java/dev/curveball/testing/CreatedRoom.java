package dev.curveball.testing;

import com.fasterxml.jackson.databind.JsonNode;
import dev.curveball.protocol.Codec;

/** The answer of {@code POST /api/rooms}, with the tokens cut out of the links. */
public record CreatedRoom(String id, String hostLink, String inviteLink) {

    static CreatedRoom parse(String body) {
        try {
            JsonNode json = Codec.mapper().readTree(body);
            return new CreatedRoom(json.get("room").asText(), json.at("/links/host").asText(),
                json.at("/links/invite").asText());
        } catch (Exception e) {
            throw new IllegalStateException("not a room: " + body, e);
        }
    }

    public String hostToken() {
        return hostLink.substring(hostLink.indexOf("#t=") + 3);
    }

    public String inviteToken() {
        return inviteLink.substring(inviteLink.indexOf("#t=") + 3);
    }
}
