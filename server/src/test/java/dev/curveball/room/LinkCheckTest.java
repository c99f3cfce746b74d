package dev.curveball.room;

import static dev.curveball.room.RoomFixture.HOST_TOKEN;
import static dev.curveball.room.RoomFixture.INVITE_TOKEN;
import static dev.curveball.room.RoomFixture.LIMITS;
import static dev.curveball.room.RoomFixture.T0;
import static dev.curveball.room.RoomFixture.applied;
import static dev.curveball.room.RoomFixture.join;
import static dev.curveball.room.RoomFixture.newRoom;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.curveball.protocol.Role;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A link check answers what the join would do: for rooms from empty to full, each link (host, invite, a wrong
 * one) with and without a member's resume secret, the check's seat or refusal is the join's.
 */
class LinkCheckTest {

    @Test
    void theCheckTellsEveryLinkWhatItsJoinWouldDoFromAnEmptyRoomToAFullOne() {
        List<RoomState> rooms = new ArrayList<>();
        RoomState room = newRoom(Role.CANDIDATE);
        rooms.add(room);
        room = applied(room, join("B", INVITE_TOKEN), T0).state(); // the invitee first: the host's seat stays free
        rooms.add(room);
        for (String who : List.of("A", "C", "D")) {
            room = applied(room, join(who, who.equals("A") ? HOST_TOKEN : INVITE_TOKEN), T0).state();
            rooms.add(room);
        }
        assertEquals(LIMITS.maxParticipants(), room.participants().size(), "the last room is full");

        int compared = 0;
        for (RoomState state : rooms) {
            for (String token : List.of(HOST_TOKEN, INVITE_TOKEN, "wrong-token-hash")) {
                for (String resume : new String[] {null, "secret-B", "secret-nobody"}) {
                    Command.Join attempt = new Command.Join("node/Z", token, "Z", "Z", "secret-Z", resume);
                    assertEquals(whatTheJoinDoes(state, attempt), LinkCheck.of(state, token, resume),
                        state.participants().size() + " inside, token " + token + ", resume " + resume);
                    compared++;
                }
            }
        }
        assertEquals(45, compared);
    }

    @Test
    void theCheckNamesTheHostOnceTheyEnteredAndTheRoomByItsTitle() {
        RoomState empty = newRoom(Role.INTERVIEWER);
        RoomState hosted = applied(empty, join("A", HOST_TOKEN), T0).state();

        assertEquals(new LinkCheck.Opens("Thursday practice", null, Role.CANDIDATE),
            LinkCheck.of(empty, INVITE_TOKEN, null));
        assertEquals(new LinkCheck.Opens("Thursday practice", "A", Role.CANDIDATE),
            LinkCheck.of(hosted, INVITE_TOKEN, null));
    }

    /** The join's answer in the check's words; the host's name is read from the room the join leaves behind. */
    private static LinkCheck whatTheJoinDoes(RoomState state, Command.Join attempt) {
        Outcome outcome = Room.apply(state, attempt, T0);
        if (outcome instanceof Outcome.Rejected rejected) {
            return new LinkCheck.Refused(rejected.code(), rejected.message());
        }
        String host = state.participants().stream().filter(Participant::host).map(Participant::name)
            .findFirst().orElse(null);
        Outcome.Applied applied = (Outcome.Applied) outcome;
        return new LinkCheck.Opens(state.title(), host, applied.state().roleOf(applied.actor()));
    }
}
