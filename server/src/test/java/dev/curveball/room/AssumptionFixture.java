package dev.curveball.room;

import static dev.curveball.room.InterviewFixture.MIN;
import static dev.curveball.room.InterviewFixture.running;
import static dev.curveball.room.RoomFixture.T0;
import static dev.curveball.room.RoomFixture.applied;

import dev.curveball.protocol.AssumptionMessages.AssumptionAdd;
import dev.curveball.protocol.AssumptionMessages.AssumptionHold;
import dev.curveball.protocol.ClientMessage.RoomCommand;
import dev.curveball.protocol.TwistMessages.FactReveal;
import dev.curveball.protocol.TwistMessages.TwistPlay;

/** Steps the assumption tests share; A interviews, B is the candidate. */
final class AssumptionFixture {
    private AssumptionFixture() {
    }

    static Command by(String who, RoomCommand command) {
        return Command.by(who, command);
    }

    /** {@code who} states {@code text} at T0 + 1 minute. */
    static RoomState stated(RoomState room, String who, String text) {
        return applied(room, by(who, new AssumptionAdd(null, text)), T0 + MIN).state();
    }

    /** A plays t1 (label delay) at T0 + 10 minutes. */
    static RoomState played(RoomState room) {
        return applied(room, by("A", new TwistPlay(null, "t1")), T0 + 10 * MIN).state();
    }

    /** B stated a1; A revealed q1 and held a1 with it. */
    static RoomState heldA1() {
        RoomState room = stated(running(InterviewFixture.pair()), "B", "Labels arrive within a day");
        room = applied(room, by("A", new FactReveal(null, "q1")), T0 + 2 * MIN).state();
        return applied(room, by("A", new AssumptionHold(null, "a1", "q1")), T0 + 3 * MIN).state();
    }
}
