package dev.curveball.bench;

import com.fasterxml.jackson.databind.JsonNode;
import dev.curveball.protocol.Codec;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * A cohort of pairs created through {@code POST /api/cohorts}, as an organizer pasting a roster would, and what its
 * answer hands out: the organizer's key and every person's personal link.
 */
record BenchCohort(String id, String organizerToken, List<Member> members) {
    /** One person's seat: the room, the token of their personal link, the seat, and which room of the cohort. */
    record Member(String room, String token, String seat, int roomIndex) {
    }

    static BenchCohort create(HttpClient http, URI node, int pairs) throws IOException, InterruptedException {
        String people = IntStream.rangeClosed(1, 2 * pairs).mapToObj(i -> "{\"name\":\"Person " + i + "\"}")
            .collect(Collectors.joining(","));
        String body = "{\"title\":\"Cohort benchmark\",\"people\":[" + people + "],\"groupSize\":2,\"surprise\":true}";
        HttpResponse<String> created = http.send(HttpRequest.newBuilder(node.resolve("/api/cohorts"))
            .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
            HttpResponse.BodyHandlers.ofString());
        if (created.statusCode() != 201) {
            throw new IllegalStateException("the cohort was not created: " + created.statusCode() + " "
                + created.body());
        }
        JsonNode answer = Codec.mapper().readTree(created.body());
        List<Member> members = new ArrayList<>();
        JsonNode rooms = answer.path("rooms");
        for (int r = 0; r < rooms.size(); r++) {
            for (JsonNode member : rooms.get(r).path("members")) {
                members.add(new Member(rooms.get(r).path("room").asText(), token(member.path("link").asText()),
                    member.path("seat").asText(), r));
            }
        }
        return new BenchCohort(answer.path("cohort").asText(), token(answer.at("/links/organizer").asText()),
            members);
    }

    /** The {@code Authorization} header that proves the organizer. */
    String bearer() {
        return "Bearer " + organizerToken;
    }

    int rooms() {
        return (int) members.stream().map(Member::room).distinct().count();
    }

    private static String token(String link) {
        return link.substring(link.indexOf("#t=") + 3);
    }
}
