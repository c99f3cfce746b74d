package dev.curveball.room;

import static dev.curveball.room.RoomFixture.HOST_TOKEN;
import static dev.curveball.room.RoomFixture.INVITE_TOKEN;
import static dev.curveball.room.RoomFixture.T0;
import static dev.curveball.room.RoomFixture.applied;
import static dev.curveball.room.RoomFixture.join;
import static dev.curveball.room.RoomFixture.newRoom;
import static dev.curveball.room.RoomFixture.pair;
import static dev.curveball.room.RoomFixture.rejected;
import static dev.curveball.room.RoomFixture.rejoin;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.curveball.protocol.ErrorCode;
import dev.curveball.protocol.Role;
import dev.curveball.protocol.RoomEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class JoiningTest {

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"INTERVIEWER", "CANDIDATE"})
    void theCreatorTakesTheSeatTheyChoseAndTheFirstInviteeTakesTheOther(Role creatorSeat) {
        RoomState room = applied(newRoom(creatorSeat), join("A", HOST_TOKEN), T0).state();
        room = applied(room, join("B", INVITE_TOKEN), T0).state();

        assertEquals(creatorSeat, room.participant("A").orElseThrow().role());
        assertEquals(creatorSeat.opposite(), room.participant("B").orElseThrow().role());
        assertTrue(room.participant("A").orElseThrow().host());
        assertFalse(room.participant("B").orElseThrow().host());
    }

    @Test
    void laterJoinersObserve() {
        RoomState room = applied(pair(), join("C", INVITE_TOKEN), T0).state();

        assertEquals(Role.OBSERVER, room.participant("C").orElseThrow().role());
    }

    @Test
    void anInviteeWhoArrivesFirstStillLeavesTheCreatorTheirSeat() {
        RoomState room = applied(newRoom(Role.INTERVIEWER), join("B", INVITE_TOKEN), T0).state();
        room = applied(room, join("A", HOST_TOKEN), T0).state();

        assertEquals(Role.CANDIDATE, room.participant("B").orElseThrow().role());
        assertEquals(Role.INTERVIEWER, room.participant("A").orElseThrow().role());
    }

    @Test
    void aWrongTokenIsRefusedAndChangesNothing() {
        RoomState before = pair();

        Outcome.Rejected refused = rejected(before, join("Mallory", "guessed"), T0);

        assertEquals(ErrorCode.BAD_TOKEN, refused.code());
    }

    @Test
    void aJoinIsAnnouncedToEveryoneWithTheNextSeq() {
        RoomState room = pair();

        Outcome.Applied joined = applied(room, join("C", INVITE_TOKEN), T0 + 5);

        LoggedEvent event = joined.events().get(0);
        assertEquals(room.seq() + 1, event.seq());
        assertEquals(T0 + 5, event.at());
        assertEquals(Audience.EVERYONE, event.audience());
        RoomEvent.ParticipantJoined body = (RoomEvent.ParticipantJoined) event.event();
        assertEquals("C", body.participant().name());
        assertEquals(room.seq() + 1, joined.state().seq());
    }

    @Test
    void returningWithTheResumeSecretKeepsTheSameParticipantAndSeat() {
        RoomState room = pair();
        room = applied(room, new Command.Disconnect("B", "node/B"), T0).state();

        Outcome.Applied back = applied(room, rejoin("B", INVITE_TOKEN, "node/B2"), T0 + 1);

        assertEquals("B", back.actor());
        assertEquals(2, back.state().participants().size(), "no duplicate participant");
        assertEquals(Role.CANDIDATE, back.state().participant("B").orElseThrow().role());
        assertTrue(back.state().participant("B").orElseThrow().online());
        assertEquals(new RoomEvent.PresenceChanged("B", true), back.events().get(0).event());
    }

    @Test
    void aSecondTabOfAnOnlineParticipantAnnouncesNothing() {
        Outcome.Applied second = applied(pair(), rejoin("B", INVITE_TOKEN, "node/B-tab2"), T0);

        assertTrue(second.events().isEmpty());
        assertEquals(2, second.state().participant("B").orElseThrow().connections().size());
    }

    @Test
    void aParticipantGoesOfflineOnlyWhenTheirLastSocketCloses() {
        RoomState room = applied(pair(), rejoin("B", INVITE_TOKEN, "node/B-tab2"), T0).state();

        Outcome.Applied firstClosed = applied(room, new Command.Disconnect("B", "node/B"), T0);
        Outcome.Applied lastClosed = applied(firstClosed.state(), new Command.Disconnect("B", "node/B-tab2"), T0);

        assertTrue(firstClosed.events().isEmpty());
        assertEquals(new RoomEvent.PresenceChanged("B", false), lastClosed.events().get(0).event());
        assertFalse(lastClosed.state().participant("B").orElseThrow().online());
    }

    @Test
    void anUnknownResumeSecretJoinsAsANewParticipant() {
        Command.Join stranger = new Command.Join("node/X", INVITE_TOKEN, "X", "X", "secret-X", "not-a-secret");

        Outcome.Applied joined = applied(pair(), stranger, T0);

        assertEquals("X", joined.actor());
        assertEquals(Role.OBSERVER, joined.state().participant("X").orElseThrow().role());
    }

    @Test
    void aFullRoomRefusesNewcomersButLetsMembersReturn() {
        RoomState room = pair();
        room = applied(room, join("C", INVITE_TOKEN), T0).state();
        room = applied(room, join("D", INVITE_TOKEN), T0).state();

        assertEquals(ErrorCode.ROOM_FULL, rejected(room, join("E", INVITE_TOKEN), T0).code());
        assertEquals("C", applied(room, rejoin("C", INVITE_TOKEN, "node/C2"), T0).actor());
    }

    @Test
    void theEventLogKeepsOnlyTheMostRecentEvents() {
        RoomState room = pair();
        for (int i = 0; i < 10; i++) {
            room = applied(room, new Command.Disconnect("B", "node/B"), T0).state();
            room = applied(room, rejoin("B", INVITE_TOKEN, "node/B"), T0).state();
        }

        assertEquals(RoomFixture.LIMITS.eventLogSize(), room.log().size());
        assertEquals(room.seq(), room.log().get(room.log().size() - 1).seq());
        assertTrue(room.eventsAfter(room.seq() - 3).isPresent());
        assertTrue(room.eventsAfter(1).isEmpty(), "events that left the log call for a snapshot");
    }

    @Test
    void aDisconnectOfAnUnknownConnectionChangesNothing() {
        RoomState room = pair();

        Outcome.Applied nothing = applied(room, new Command.Disconnect("B", "elsewhere/9"), T0);

        assertTrue(nothing.events().isEmpty());
        assertSame(room.participants(), nothing.state().participants());
    }
}
