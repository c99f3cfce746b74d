package dev.curveball.room;

import dev.curveball.protocol.ErrorCode;
import dev.curveball.protocol.FeedbackMessages;
import dev.curveball.protocol.RoomEvent;
import dev.curveball.protocol.view.Stage;
import java.util.Optional;

/**
 * Scope points: what a complete answer covers, ticked off by the interviewer with one click each while the round runs
 * and in its feedback, when they score. Each tick is one {@code scope.ticked} event for the interviewer's side; the
 * candidate learns the points and the ticks only once the round is done.
 */
final class ScopeRules {
    private ScopeRules() {
    }

    static Outcome tick(RoomState state, String by, FeedbackMessages.ScopeTick command, Changes changes) {
        Optional<Outcome.Rejected> refused = Permissions.interviewerOnly(state, by, "tick a scope point");
        if (refused.isPresent()) {
            return refused.get();
        }
        RoundGuide guide = state.round().guide();
        Optional<ScopeItem> point = guide == null ? Optional.empty() : guide.point(command.point());
        if (point.isEmpty()) {
            return Room.reject(ErrorCode.BAD_MESSAGE, "point: this round has no scope point " + command.point()
                + (guide == null ? " (its prompt was written in the room)" : ""));
        }
        Stage stage = state.round().stage();
        if (stage != Stage.RUNNING && stage != Stage.FEEDBACK) {
            return Room.reject(ErrorCode.INVALID_STATE,
                "scope points are ticked while the round runs or in its feedback");
        }
        if (point.get().covered() == command.covered()) {
            // A second click from a screen that had not caught up yet: already so, nothing to tell anyone.
            return changes.applied(state, by);
        }
        RoomState after = state.withRound(r -> r.withGuide(r.guide().withPoint(command.point(),
            p -> p.ticked(command.covered()))));
        changes.emit(Sides.interviewerSideAudience(state),
            new RoomEvent.ScopeTicked(command.point(), command.covered(), by));
        return changes.applied(after, by);
    }
}
