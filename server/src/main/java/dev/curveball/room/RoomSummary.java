package dev.curveball.room;

import dev.curveball.protocol.Role;
import dev.curveball.protocol.RoomEvent;
import dev.curveball.protocol.view.Stage;
import dev.curveball.protocol.view.TimerView;
import java.util.ArrayList;
import java.util.List;

/**
 * One room as a cohort's board shows it: a few words instead of the room, built on the room's partition.
 *
 * @param members      the people seated for the room (a watching organizer left out), with their seats and presence
 * @param twistsPlayed cards played in the current round
 * @param lastActivity when anything last happened in the room (typing included), or 0 before anything did
 * @param changedAt    when anything this summary shows last changed (typing left out), so a board that asked a
 *                     moment ago can skip the room; an upper bound when the room's log no longer reaches it
 * @param warnings     what an organizer should look at: {@value #NOBODY_ONLINE}, {@value #CANDIDATE_MISSING}
 */
public record RoomSummary(String room, String title, int round, Stage stage, String prompt, TimerView timer,
                          List<Member> members, int twistsPlayed, long lastActivity, long changedAt,
                          List<String> warnings) {
    public static final String NOBODY_ONLINE = "nobody-online";
    public static final String CANDIDATE_MISSING = "candidate-missing";

    public RoomSummary {
        members = List.copyOf(members);
        warnings = List.copyOf(warnings);
    }

    public record Member(String name, Role seat, boolean online) {
    }

    public static RoomSummary of(RoomState state) {
        List<Member> members = state.participants().stream()
            .filter(p -> !state.access().watcher(p.id()))
            .map(p -> new Member(p.name(), p.role(), p.online()))
            .toList();
        List<String> warnings = new ArrayList<>();
        if (members.stream().noneMatch(Member::online)) {
            warnings.add(NOBODY_ONLINE);
        }
        if (state.holder(Role.CANDIDATE).filter(Participant::online).isEmpty()) {
            warnings.add(CANDIDATE_MISSING);
        }
        int twists = (int) state.round().timeline().stream().filter(e -> "twist".equals(e.kind())).count();
        List<LoggedEvent> log = state.log();
        long lastActivity = log.isEmpty() ? 0 : log.get(log.size() - 1).at();
        return new RoomSummary(state.id(), state.title(), state.round().number(), state.round().stage(),
            state.prompt().title(), state.timer().view(), members, twists, lastActivity, changedAt(log), warnings);
    }

    /** The newest event that is not typing; the log's oldest event when typing filled the whole log since. */
    private static long changedAt(List<LoggedEvent> log) {
        for (int i = log.size() - 1; i >= 0; i--) {
            if (!(log.get(i).event() instanceof RoomEvent.NotesEdited)) {
                return log.get(i).at();
            }
        }
        return log.isEmpty() ? 0 : log.get(0).at();
    }
}
