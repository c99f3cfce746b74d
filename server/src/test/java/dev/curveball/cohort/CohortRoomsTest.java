package dev.curveball.cohort;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.curveball.protocol.ErrorCode;
import dev.curveball.protocol.Role;
import dev.curveball.protocol.RoomEvent;
import dev.curveball.protocol.RoundMessages;
import dev.curveball.protocol.TimerMessages;
import dev.curveball.protocol.view.Stage;
import dev.curveball.room.Command;
import dev.curveball.room.LinkCheck;
import dev.curveball.room.Outcome;
import dev.curveball.room.Participant;
import dev.curveball.room.Phase;
import dev.curveball.room.Prompt;
import dev.curveball.room.Room;
import dev.curveball.room.RoomLimits;
import dev.curveball.room.RoomState;
import dev.curveball.room.RoomSummary;
import dev.curveball.room.Rotation;
import dev.curveball.room.RoundMaterial;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A cohort's rooms: seats reserved behind personal links, and the organizer watching and steering every room. */
class CohortRoomsTest {
    private static final long T0 = 1_000_000L;
    private static final RoomLimits LIMITS = new RoomLimits(12, 64, 1000, 5, 12, 500, 6, 120);
    private static final RoundMaterial MATERIAL = new RoundMaterial(null,
        new Prompt("Fraud detection", "Design a fraud detection pipeline.", false),
        List.of(new Phase("Interview", 45 * 60_000L)), List.of(), List.of());

    /** Ids and tokens numbered in the order they are drawn; a token's hash is the token with "#". */
    private static final class Counting implements CohortRooms.Randomness {
        private int next;

        @Override
        public String roomId() {
            return "room" + ++next;
        }

        @Override
        public String participantId() {
            return "p" + ++next;
        }

        @Override
        public String token() {
            return "t" + ++next;
        }

        @Override
        public String hash(String token) {
            return token + "#";
        }
    }

    private static CohortRooms.Plan plan(List<List<String>> groups) {
        return CohortRooms.plan("cohort1", "Week 6", groups, groups.stream().map(g -> MATERIAL).toList(),
            List.of("framing"), LIMITS, T0, new Counting());
    }

    private static RoomState joined(RoomState room, String token, String connection) {
        return ((Outcome.Applied) Room.apply(room, new Command.Join(connection, token + "#", "typed name",
            "new-" + connection, "secret-" + connection, null), T0)).state();
    }

    private static Participant named(RoomState room, String name) {
        return room.participants().stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void eachPersonalLinkOpensItsOwnSeatUnderItsOwnName() {
        CohortRooms.Plan plan = plan(List.of(List.of("Ada", "Bo", "Cy")));
        CohortRooms.Built built = plan.rooms().get(0);
        assertEquals(List.of(Role.INTERVIEWER, Role.CANDIDATE, Role.OBSERVER),
            built.places().stream().map(CohortRooms.Place::seat).toList());
        RoomState room = built.state();
        String boToken = built.places().get(1).token();

        LinkCheck check = LinkCheck.of(room, boToken + "#", null);
        assertEquals(new LinkCheck.Opens("Week 6 · Room 1", "Organizer", Role.CANDIDATE, "Bo"), check,
            "the link check names the person, so the page asks no name");

        RoomState after = joined(room, boToken, "node/s1");
        Participant bo = named(after, "Bo");
        assertEquals(Role.CANDIDATE, bo.role());
        assertTrue(bo.online());
        assertEquals(4, after.participants().size(), "nobody new was added: Bo came back as Bo");
    }

    @Test
    void aSecondDeviceWithThePersonalLinkIsTheSamePersonAndHoldsTheNewSecret() {
        CohortRooms.Built built = plan(List.of(List.of("Ada", "Bo"))).rooms().get(0);
        String adaToken = built.places().get(0).token();
        RoomState laptop = joined(built.state(), adaToken, "node/laptop");
        RoomState phone = joined(laptop, adaToken, "node/phone");
        Participant ada = named(phone, "Ada");
        assertEquals(List.of("node/laptop", "node/phone"), ada.connections());
        assertEquals("secret-node/phone", ada.secretHash());
    }

    @Test
    void theOrganizerWatchesAsHostAndNeverRotatesIntoASeat() {
        CohortRooms.Plan plan = plan(List.of(List.of("Ada", "Bo", "Cy")));
        RoomState room = plan.rooms().get(0).state();
        RoomState watched = joined(room, plan.organizerToken(), "node/org");
        Participant organizer = named(watched, CohortRooms.ORGANIZER_NAME);
        assertEquals(Role.OBSERVER, organizer.role());
        assertTrue(organizer.host());
        assertTrue(organizer.online());

        RoomState everyone = joined(joined(joined(watched, plan.rooms().get(0).places().get(0).token(), "node/a"),
            plan.rooms().get(0).places().get(1).token(), "node/b"), plan.rooms().get(0).places().get(2).token(),
            "node/c");
        String organizerId = organizer.id();
        RoomState state = everyone;
        for (int round = 1; round <= 4; round++) {
            Rotation.Seats seats = Rotation.next(state);
            assertNotEquals(organizerId, seats.interviewer(), "round " + round);
            assertNotEquals(organizerId, seats.candidate(), "round " + round);
            state = applied(state, Command.by(organizerId, new TimerMessages.TimerStart(null)));
            state = applied(state, Command.by(organizerId, new RoundMessages.RoundEnd(null)));
            state = applied(state, Command.by(organizerId, new RoundMessages.RoundClose(null)));
            state = applied(state, new Command.NextRound(organizerId, MATERIAL, false));
            assertEquals(Role.OBSERVER, state.participant(organizerId).orElseThrow().role());
        }
        RoomSummary summary = RoomSummary.of(everyone);
        assertEquals(List.of("Ada", "Bo", "Cy"), summary.members().stream().map(RoomSummary.Member::name).toList(),
            "the board lists the members, not the organizer");
    }

    @Test
    void aRemovedMembersPersonalLinkOpensNothing() {
        CohortRooms.Plan plan = plan(List.of(List.of("Ada", "Bo", "Cy")));
        RoomState room = joined(plan.rooms().get(0).state(), plan.organizerToken(), "node/org");
        String organizer = named(room, CohortRooms.ORGANIZER_NAME).id();
        String cy = named(room, "Cy").id();
        RoomState after = ((Outcome.Applied) Room.apply(room, new Command.Revoke(organizer, cy, "fresh#"), T0))
            .state();
        Outcome rejoin = Room.apply(after, new Command.Join("node/cy", plan.rooms().get(0).places().get(2).token()
            + "#", "Cy", "new-cy", "s", null), T0);
        assertEquals(ErrorCode.BAD_TOKEN, assertInstanceOf(Outcome.Rejected.class, rejoin).code());
    }

    @Test
    void eachActionFitsTheStagesItNamesAndTheRoomAgrees() {
        CohortRooms.Plan plan = plan(List.of(List.of("Ada", "Bo")));
        String organizer = plan.cohort().rooms().get(0).organizer();
        RoomState lobby = plan.rooms().get(0).state();
        RoomState running = applied(lobby, Command.by(organizer, new TimerMessages.TimerStart(null)));
        RoomState paused = applied(running, Command.by(organizer, new TimerMessages.TimerPause(null)));
        RoomState feedback = applied(running, Command.by(organizer, new RoundMessages.RoundEnd(null)));
        RoomState done = applied(feedback, Command.by(organizer, new RoundMessages.RoundClose(null)));
        List<RoomState> stages = List.of(lobby, running, paused, feedback, done);
        assertEquals(List.of(Stage.LOBBY, Stage.RUNNING, Stage.RUNNING, Stage.FEEDBACK, Stage.DONE),
            stages.stream().map(s -> s.round().stage()).toList());

        assertFits(CohortAction.START, stages, organizer, true, false, false, false, false);
        assertFits(CohortAction.PAUSE, stages, organizer, false, true, false, false, false);
        assertFits(CohortAction.RESUME, stages, organizer, false, false, true, false, false);
        assertFits(CohortAction.END, stages, organizer, false, true, true, true, false);
        assertFits(CohortAction.BROADCAST, stages, organizer, true, true, true, true, true);
        // next-round fits a closed round only; its prompt is drawn at the edge, as for round.next
        assertEquals(List.of(false, false, false, false, true), stages.stream()
            .map(s -> CohortAction.NEXT_ROUND.misfit(RoomSummary.of(s)).isEmpty()).toList());
        assertEquals(Stage.LOBBY, applied(done, new Command.NextRound(organizer, MATERIAL, false)).round().stage());
    }

    @Test
    void aBroadcastIsABannerForEveryoneAndAnEntryInTheRoundsTimeline() {
        CohortRooms.Plan plan = plan(List.of(List.of("Ada", "Bo")));
        String organizer = plan.cohort().rooms().get(0).organizer();
        String ada = plan.rooms().get(0).state().participants().get(0).id();
        RoomState room = plan.rooms().get(0).state();

        Outcome.Applied sent = (Outcome.Applied) Room.apply(room,
            new Command.Broadcast(organizer, "  Ten minutes left, wrap up  "), T0);
        RoomEvent.Broadcast event = assertInstanceOf(RoomEvent.Broadcast.class, sent.events().get(0).event());
        assertEquals("Ten minutes left, wrap up", event.entry().text());
        assertEquals(CohortRooms.ORGANIZER_NAME, event.entry().title());
        assertEquals(List.of(event.entry()), sent.state().round().timeline());

        assertEquals(ErrorCode.FORBIDDEN, rejected(room, new Command.Broadcast(ada, "hi")).code(),
            "only the host broadcasts");
        assertEquals(ErrorCode.BAD_MESSAGE, rejected(room, new Command.Broadcast(organizer, "   ")).code());
        assertEquals(ErrorCode.TOO_LARGE, rejected(room, new Command.Broadcast(organizer, "x".repeat(501))).code());
    }

    private static void assertFits(CohortAction action, List<RoomState> stages, String organizer,
                                   boolean... expected) {
        for (int i = 0; i < stages.size(); i++) {
            RoomState state = stages.get(i);
            boolean fits = action.misfit(RoomSummary.of(state)).isEmpty();
            assertEquals(expected[i], fits, action + " at stage #" + i);
            Outcome outcome = Room.apply(state, action.command(organizer, state.round().stage(), "hello"), T0);
            assertEquals(fits, outcome instanceof Outcome.Applied,
                action + " at stage #" + i + ": the room agrees with the board's fit, got " + outcome);
        }
    }

    private static RoomState applied(RoomState state, Command command) {
        return assertInstanceOf(Outcome.Applied.class, Room.apply(state, command, T0)).state();
    }

    private static Outcome.Rejected rejected(RoomState state, Command command) {
        return assertInstanceOf(Outcome.Rejected.class, Room.apply(state, command, T0));
    }
}
