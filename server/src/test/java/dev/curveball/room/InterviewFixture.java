package dev.curveball.room;

import static dev.curveball.room.RoomFixture.HOST_TOKEN;
import static dev.curveball.room.RoomFixture.INVITE_TOKEN;
import static dev.curveball.room.RoomFixture.T0;
import static dev.curveball.room.RoomFixture.applied;
import static dev.curveball.room.RoomFixture.join;

import dev.curveball.protocol.Mode;
import dev.curveball.protocol.Role;
import dev.curveball.protocol.RoundMessages.RoundClose;
import dev.curveball.protocol.RoundMessages.RoundEnd;
import dev.curveball.protocol.Stress;
import dev.curveball.protocol.TimerMessages.TimerStart;
import java.util.List;

/** A realistic round to test the interview with: four phases, a small deck and two clarifications. */
final class InterviewFixture {
    static final long MIN = 60_000;
    static final List<Phase> PHASES = List.of(new Phase("Clarify", 5 * MIN), new Phase("High-level design", 15 * MIN),
        new Phase("Deep dive", 20 * MIN), new Phase("Wrap-up", 5 * MIN));

    private InterviewFixture() {
    }

    /** Round material whose secret strings all carry {@code tag}, so tests can look for them in any output. */
    static RoundMaterial material(String promptId, String tag) {
        return new RoundMaterial(promptId, new Prompt("Fraud detection " + tag, "Design it. " + tag, false), PHASES,
            List.of(card("t1", Stress.LABEL_DELAY, tag), card("t2", Stress.OUTAGE, tag), card("t3", Stress.COST, tag),
                card("t4", Stress.DRIFT, tag)),
            List.of(new Clarification("q1", "QUESTION-q1-" + tag, "ANSWER-q1-" + tag, null),
                new Clarification("q2", "QUESTION-q2-" + tag, "ANSWER-q2-" + tag, null)));
    }

    static Card card(String id, Stress stress, String tag) {
        return new Card(id, stress, "Title " + id, "TEXT-" + id + "-" + tag, "GUIDANCE-" + id + "-" + tag, null, null);
    }

    /** A pair: A (host) interviews, B is the candidate; the round is in its lobby. */
    static RoomState pair() {
        RoomState room = RoomFixture.newRoom(Role.INTERVIEWER, Mode.PAIR, material("card-fraud", "R1"));
        room = applied(room, join("A", HOST_TOKEN), T0).state();
        return applied(room, join("B", INVITE_TOKEN), T0).state();
    }

    /** A group of four in member order A, B, C, D: A (host) interviews, B is the candidate, C and D observe. */
    static RoomState group() {
        RoomState room = RoomFixture.newRoom(Role.INTERVIEWER, Mode.GROUP, material("card-fraud", "R1"));
        for (String who : List.of("A", "B", "C", "D")) {
            room = applied(room, join(who, who.equals("A") ? HOST_TOKEN : INVITE_TOKEN), T0).state();
        }
        return room;
    }

    /** The round started at {@code T0} by A. */
    static RoomState running(RoomState lobby) {
        return applied(lobby, Command.by("A", new TimerStart(null)), T0).state();
    }

    /** Ends, closes and opens the next round, by {@code by}, with material tagged {@code tag}. */
    static RoomState nextRound(RoomState state, String by, String promptId, String tag, long at) {
        RoomState room = state;
        if (room.round().running()) {
            room = applied(room, Command.by(by, new RoundEnd(null)), at).state();
        }
        if (room.round().stage() == dev.curveball.protocol.view.Stage.FEEDBACK) {
            room = applied(room, Command.by(by, new RoundClose(null)), at).state();
        }
        return applied(room, new Command.NextRound(by, material(promptId, tag), true), at).state();
    }

    static Role seat(RoomState state, String who) {
        return state.roleOf(who);
    }
}
