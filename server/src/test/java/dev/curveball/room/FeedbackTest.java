package dev.curveball.room;

import static dev.curveball.room.InterviewFixture.MIN;
import static dev.curveball.room.InterviewFixture.running;
import static dev.curveball.room.RoomFixture.T0;
import static dev.curveball.room.RoomFixture.applied;
import static dev.curveball.room.RoomFixture.rejected;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.curveball.protocol.ErrorCode;
import dev.curveball.protocol.FeedbackMessages.FeedbackRate;
import dev.curveball.protocol.FeedbackMessages.FeedbackShare;
import dev.curveball.protocol.FeedbackMessages.ScorecardRate;
import dev.curveball.protocol.RoundMessages.RoundClose;
import dev.curveball.protocol.RoundMessages.RoundEnd;
import org.junit.jupiter.api.Test;

/** The scorecard and the candidate's rating of the interviewer: private to their author's side until shared. */
class FeedbackTest {

    @Test
    void theScorecardStaysWithTheInterviewerUntilShared() {
        RoomState room = applied(running(InterviewFixture.pair()),
            Command.by("A", new ScorecardRate(null, "data", 3, "asked how labels arrive")), T0 + 10 * MIN).state();

        assertEquals(3, Redaction.round(room, "A").scorecard().ratings().get("data").level());
        assertNull(Redaction.round(room, "B").scorecard());

        room = applied(room, Command.by("A", new FeedbackShare(null)), T0 + 40 * MIN).state();
        assertEquals("asked how labels arrive", Redaction.round(room, "B").scorecard().ratings().get("data")
            .evidence());
        assertEquals(ErrorCode.INVALID_STATE,
            rejected(room, Command.by("A", new ScorecardRate(null, "data", 4, "")), T0 + 41 * MIN).code(),
            "shared feedback no longer changes");
    }

    @Test
    void theScorecardRatesRubricDimensionsFromOneToFour() {
        RoomState room = running(InterviewFixture.pair());
        assertEquals(ErrorCode.BAD_MESSAGE, rejected(room, Command.by("A", new ScorecardRate(null, "vibes", 3, "")),
            T0).code());
        assertEquals(ErrorCode.BAD_MESSAGE, rejected(room, Command.by("A", new ScorecardRate(null, "data", 5, "")),
            T0).code());
        assertEquals(ErrorCode.FORBIDDEN, rejected(room, Command.by("B", new ScorecardRate(null, "data", 4, "")),
            T0).code());
        assertEquals(ErrorCode.INVALID_STATE, rejected(InterviewFixture.pair(),
            Command.by("A", new ScorecardRate(null, "data", 4, "")), T0).code(), "nothing to rate before the round");
    }

    @Test
    void clearingALevelKeepsTheEvidenceAndRatingsFollowTheRubricOrder() {
        RoomState room = running(InterviewFixture.pair());
        room = applied(room, Command.by("A", new ScorecardRate(null, "communication", 2, "rushed")), T0).state();
        room = applied(room, Command.by("A", new ScorecardRate(null, "data", 3, "good")), T0).state();
        room = applied(room, Command.by("A", new ScorecardRate(null, "communication", null, "rushed")), T0).state();

        assertEquals(java.util.List.of("data", "communication"),
            java.util.List.copyOf(room.round().scorecard().ratings().keySet()));
        assertNull(room.round().scorecard().ratings().get("communication").level());
    }

    @Test
    void theCandidateRatesTheInterviewerPrivatelyUntilSharing() {
        RoomState room = applied(running(InterviewFixture.pair()),
            Command.by("B", new FeedbackRate(null, 4, "twists came at the right time")), T0 + 40 * MIN).state();

        assertNotNull(Redaction.round(room, "B").feedback());
        assertNull(Redaction.round(room, "A").feedback());

        room = applied(room, Command.by("B", new FeedbackShare(null)), T0 + 41 * MIN).state();
        assertEquals(4, Redaction.round(room, "A").feedback().level());
        assertEquals(ErrorCode.FORBIDDEN, rejected(room, Command.by("A", new FeedbackRate(null, 4, "")), T0).code());
    }

    @Test
    void feedbackCanBeWrittenAfterTheRoundEnds() {
        RoomState room = applied(running(InterviewFixture.pair()), Command.by("A", new RoundEnd(null)),
            T0 + 40 * MIN).state();
        room = applied(room, Command.by("A", new ScorecardRate(null, "modelling", 2, "no baseline")),
            T0 + 42 * MIN).state();
        room = applied(room, Command.by("A", new FeedbackShare(null)), T0 + 43 * MIN).state();

        assertEquals(2, Redaction.round(room, "B").scorecard().ratings().get("modelling").level());
    }

    @Test
    void closingTheRoundFreezesItsFeedback() {
        RoomState room = applied(running(InterviewFixture.pair()), Command.by("A", new RoundEnd(null)),
            T0 + 40 * MIN).state();
        room = applied(room, Command.by("A", new RoundClose(null)), T0 + 45 * MIN).state();

        assertEquals(ErrorCode.INVALID_STATE,
            rejected(room, Command.by("A", new ScorecardRate(null, "data", 1, "too late")), T0 + 46 * MIN).code());
        assertEquals(ErrorCode.INVALID_STATE,
            rejected(room, Command.by("B", new FeedbackRate(null, 1, "too late")), T0 + 46 * MIN).code());
        assertEquals(ErrorCode.INVALID_STATE, rejected(room, Command.by("A", new FeedbackShare(null)),
            T0 + 46 * MIN).code());
    }
}
