package dev.curveball.room;

import static dev.curveball.room.RoomFixture.HOST_TOKEN;
import static dev.curveball.room.RoomFixture.INVITE_TOKEN;
import static dev.curveball.room.RoomFixture.T0;
import static dev.curveball.room.RoomFixture.applied;
import static dev.curveball.room.RoomFixture.join;
import static dev.curveball.room.RoomFixture.kinds;
import static dev.curveball.room.RoomFixture.rejected;
import static dev.curveball.room.RoomFixture.rejoin;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.curveball.protocol.ErrorCode;
import dev.curveball.protocol.Mode;
import dev.curveball.protocol.Role;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The host takes access back: removes a participant for good, or resets the invite link. */
class RevocationTest {
    private static final String NEW_INVITE = "new-invite-hash";

    /** A (host, interviewer), B (candidate) and C (observer), B and C by the invite link. */
    private static RoomState trio() {
        return applied(RoomFixture.pair(), join("C", INVITE_TOKEN), T0).state();
    }

    @Test
    void aRemovedParticipantLeavesTheRoomAndEveryoneIsTold() {
        Outcome.Applied removal = applied(trio(), new Command.Revoke("A", "C", NEW_INVITE), T0 + 1);

        assertEquals(List.of("A", "B"), removal.state().participants().stream().map(Participant::id).toList());
        assertEquals(List.of("ParticipantRemoved", "InviteReset"), kinds(removal));
        assertTrue(removal.events().stream().allMatch(e -> e.audience() == Audience.EVERYONE));
        assertEquals(NEW_INVITE, removal.state().access().inviteTokenHash());
    }

    @Test
    void aRemovedParticipantsSecretAndInviteNoLongerBringThemBack() {
        RoomState room = applied(trio(), new Command.Revoke("A", "C", NEW_INVITE), T0 + 1).state();

        Outcome.Rejected resumed = rejected(room, rejoin("C", INVITE_TOKEN, "node/C2"), T0 + 2);
        Outcome.Rejected fresh = rejected(room, join("C2", INVITE_TOKEN), T0 + 2);

        assertEquals(ErrorCode.LINK_RESET, resumed.code());
        assertEquals(ErrorCode.LINK_RESET, fresh.code());
        assertEquals(ErrorCode.BAD_TOKEN, rejected(room, rejoin("C", "wrong-token", "node/C3"), T0 + 2).code());
        assertInstanceOf(LinkCheck.Refused.class, LinkCheck.of(room, INVITE_TOKEN, "secret-C"));
        Outcome.Applied withTheNewLink = applied(room, rejoin("C", NEW_INVITE, "node/C4"), T0 + 3);
        assertFalse(withTheNewLink.actor().equals("C"), "the old secret is dead even with the new link");
    }

    @Test
    void whoeverJoinedWithTheOldInviteStillComesBackWithTheirSecret() {
        RoomState room = applied(trio(), new Command.Revoke("A", null, NEW_INVITE), T0 + 1).state();

        Outcome.Applied back = applied(room, rejoin("B", INVITE_TOKEN, "node/B2"), T0 + 2);

        assertEquals("B", back.actor());
        assertEquals(Role.CANDIDATE, back.state().roleOf("B"));
        assertEquals(ErrorCode.LINK_RESET, rejected(room, join("D", INVITE_TOKEN), T0 + 2).code());
        assertEquals("D", applied(room, join("D", NEW_INVITE), T0 + 2).actor());
        assertInstanceOf(LinkCheck.Opens.class, LinkCheck.of(room, INVITE_TOKEN, "secret-B"));
    }

    @Test
    void aRemovedSeatHolderFreesTheSeatForTheNextInvitee() {
        Outcome.Applied removal = applied(trio(), new Command.Revoke("A", "B", NEW_INVITE), T0 + 1);

        assertTrue(kinds(removal).contains("RoundChanged"), "the round stops naming B as its candidate");
        assertTrue(removal.state().holder(Role.CANDIDATE).isEmpty());
        RoomState joined = applied(removal.state(), join("D", NEW_INVITE), T0 + 2).state();
        assertEquals(Role.CANDIDATE, joined.roleOf("D"));
    }

    @Test
    void onlyTheHostRevokesAndNeverAHostAndABadRequestChangesNothing() {
        RoomState room = trio();

        assertEquals(ErrorCode.FORBIDDEN, rejected(room, new Command.Revoke("B", "C", NEW_INVITE), T0).code());
        assertEquals(ErrorCode.FORBIDDEN, rejected(room, new Command.Revoke("C", null, NEW_INVITE), T0).code());
        assertEquals(ErrorCode.FORBIDDEN, rejected(room, new Command.Revoke("A", "A", NEW_INVITE), T0).code());
        assertEquals(ErrorCode.BAD_MESSAGE, rejected(room, new Command.Revoke("A", "Z", NEW_INVITE), T0).code());
        RoomState twoHosts = applied(room, join("H", HOST_TOKEN), T0).state();
        assertEquals(ErrorCode.FORBIDDEN, rejected(twoHosts, new Command.Revoke("A", "H", NEW_INVITE), T0).code());
        assertEquals(INVITE_TOKEN, room.access().inviteTokenHash());
    }

    @Test
    void aGroupRotatesOverTheMembersWhoRemain() {
        RoomState group = RoomFixture.newRoom(Role.INTERVIEWER, Mode.GROUP, InterviewFixture.material(null, "R1"));
        for (String who : List.of("A", "B", "C", "D")) {
            group = applied(group, join(who, "A".equals(who) ? HOST_TOKEN : INVITE_TOKEN), T0).state();
        }

        RoomState after = applied(group, new Command.Revoke("A", "C", NEW_INVITE), T0).state();

        assertEquals(List.of("A", "B", "D"), after.participants().stream().map(Participant::id).toList());
        assertNull(after.participant("C").orElse(null));
        assertEquals(1, after.access().retiredInviteHashes().size());
    }
}
