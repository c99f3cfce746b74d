package dev.curveball.room;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import dev.curveball.protocol.Mode;
import dev.curveball.protocol.Role;
import java.util.List;

/** Builds rooms and applies commands for state machine tests, with explicit times and ids. */
final class RoomFixture {
    static final String HOST_TOKEN = "host-token-hash";
    static final String INVITE_TOKEN = "invite-token-hash";
    static final long T0 = 1_000_000L;
    static final long DURATION = 45 * 60_000L;
    static final RoomLimits LIMITS = new RoomLimits(4, 8, 1000, 5, 12, 500, 6, 120);
    static final List<String> RUBRIC = List.of("problem-framing", "data", "modelling", "communication");

    private RoomFixture() {
    }

    static RoomState newRoom(Role creatorSeat) {
        return newRoom(creatorSeat, Mode.PAIR, new RoundMaterial(null,
            new Prompt("Fraud detection", "Design a fraud detection pipeline.", false),
            List.of(new Phase("Interview", DURATION)), List.of(), List.of()));
    }

    static RoomState newRoom(Role creatorSeat, Mode mode, RoundMaterial material) {
        return Room.create("room1", new RoomSpec("Thursday practice", mode, creatorSeat, material, RUBRIC),
            new Access(HOST_TOKEN, INVITE_TOKEN), LIMITS, T0);
    }

    /** A joins with the host link as interviewer, B with the invite link as candidate. */
    static RoomState pair() {
        RoomState room = applied(newRoom(Role.INTERVIEWER), join("A", HOST_TOKEN), T0).state();
        return applied(room, join("B", INVITE_TOKEN), T0).state();
    }

    static Command.Join join(String who, String token) {
        return new Command.Join("node/" + who, token, who, who, "secret-" + who, null);
    }

    static Command.Join rejoin(String who, String token, String connection) {
        return new Command.Join(connection, token, who, "unused-" + connection, "unused", "secret-" + who);
    }

    static Outcome.Applied applied(RoomState state, Command command, long now) {
        return assertInstanceOf(Outcome.Applied.class, Room.apply(state, command, now));
    }

    static Outcome.Rejected rejected(RoomState state, Command command, long now) {
        return assertInstanceOf(Outcome.Rejected.class, Room.apply(state, command, now));
    }

    static Viewer viewer(RoomState state, String participantId) {
        Participant p = state.participant(participantId).orElseThrow();
        return new Viewer(p.id(), p.role(), p.host());
    }

    static List<String> kinds(Outcome.Applied applied) {
        return applied.events().stream().map(e -> e.event().getClass().getSimpleName()).toList();
    }
}
