package dev.curveball.cohort;

import dev.curveball.protocol.Mode;
import dev.curveball.protocol.Role;
import dev.curveball.room.Access;
import dev.curveball.room.Participant;
import dev.curveball.room.Room;
import dev.curveball.room.RoomLimits;
import dev.curveball.room.RoomSpec;
import dev.curveball.room.RoomState;
import dev.curveball.room.RoundMaterial;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds a cohort's rooms from its groups: every member seated in advance behind a personal link (the first of a
 * group interviews, the second is the candidate, the rest observe and rotate in), and the organizer in every room
 * as a watching host. Random ids and tokens come from {@link Randomness}, so the building itself is repeatable.
 */
public final class CohortRooms {
    /** The organizer's name in each room's participant list. */
    public static final String ORGANIZER_NAME = "Organizer";

    private CohortRooms() {
    }

    /** Where ids and secrets come from; the server uses {@code access.Secrets}. */
    public interface Randomness {
        String roomId();

        String participantId();

        String token();

        String hash(String token);
    }

    /** One member's place: their seat in the first round and their personal link's token. */
    public record Place(String name, Role seat, String token) {
    }

    /** A built room and the places in it, in roster order. */
    public record Built(RoomState state, List<Place> places) {
    }

    /** The cohort and its rooms, with the tokens to hand out once. */
    public record Plan(Cohort cohort, String organizerToken, List<Built> rooms) {
    }

    /**
     * @param materials one first round per group, in order (drawn separately, so rooms get their own figures)
     */
    public static Plan plan(String cohortId, String title, List<List<String>> groups, List<RoundMaterial> materials,
                            List<String> rubric, RoomLimits limits, long now, Randomness random) {
        if (materials.size() != groups.size()) {
            throw new IllegalArgumentException("one first round per group");
        }
        String organizerToken = random.token();
        String organizerHash = random.hash(organizerToken);
        List<Built> rooms = new ArrayList<>();
        List<Cohort.Room> index = new ArrayList<>();
        for (int g = 0; g < groups.size(); g++) {
            List<String> names = groups.get(g);
            List<Participant> seated = new ArrayList<>();
            List<Access.PersonalLink> links = new ArrayList<>();
            List<Place> places = new ArrayList<>();
            for (int i = 0; i < names.size(); i++) {
                Role seat = i == 0 ? Role.INTERVIEWER : i == 1 ? Role.CANDIDATE : Role.OBSERVER;
                String id = random.participantId();
                String token = random.token();
                seated.add(new Participant(id, names.get(i), seat, false, List.of(), null));
                links.add(new Access.PersonalLink(random.hash(token), id, false));
                places.add(new Place(names.get(i), seat, token));
            }
            String organizer = random.participantId();
            seated.add(new Participant(organizer, ORGANIZER_NAME, Role.OBSERVER, true, List.of(), null));
            links.add(new Access.PersonalLink(organizerHash, organizer, true));
            // No host link exists; the invite link's token is never shown (the organizer can reset it for a
            // latecomer from inside the room).
            Access access = new Access(null, random.hash(random.token()), List.of(), links);
            Mode mode = names.size() == 2 ? Mode.PAIR : Mode.GROUP;
            RoomSpec spec = new RoomSpec(title + " · Room " + (g + 1), mode, Role.INTERVIEWER, materials.get(g), rubric);
            String roomId = random.roomId();
            rooms.add(new Built(Room.createReserved(roomId, spec, access, seated, limits, now), places));
            index.add(new Cohort.Room(roomId, organizer));
        }
        return new Plan(new Cohort(cohortId, title, organizerHash, now, index), organizerToken, rooms);
    }
}
