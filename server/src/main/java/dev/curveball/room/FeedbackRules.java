package dev.curveball.room;

import dev.curveball.protocol.ErrorCode;
import dev.curveball.protocol.FeedbackMessages;
import dev.curveball.protocol.Role;
import dev.curveball.protocol.view.RatingView;
import dev.curveball.protocol.view.Stage;
import java.util.EnumSet;
import java.util.Optional;

/**
 * Two-way feedback: the interviewer rates the candidate on the rubric, the candidate rates the interviewer. Each
 * stays with its author's side until the author shares it; then everyone reads it and it no longer changes.
 */
final class FeedbackRules {
    private FeedbackRules() {
    }

    static Outcome rateCandidate(RoomState state, String by, FeedbackMessages.ScorecardRate command, Changes changes) {
        Optional<Outcome.Rejected> refused = Permissions.interviewerOnly(state, by, "fill in the scorecard");
        if (refused.isPresent()) {
            return refused.get();
        }
        if (!state.rubric().contains(command.dimension())) {
            return Room.reject(ErrorCode.BAD_MESSAGE, "dimension: \"" + command.dimension()
                + "\" is not a rubric dimension; use one of " + String.join(", ", state.rubric()));
        }
        if (Boolean.TRUE.equals(command.notObserved()) && command.level() != null) {
            return Room.reject(ErrorCode.BAD_MESSAGE,
                "level: leave it out when the dimension is marked as not observed");
        }
        Optional<Outcome.Rejected> invalid = ratingProblem(state, command.level(), command.evidence(),
            state.round().scorecard().shared());
        if (invalid.isPresent()) {
            return invalid.get();
        }
        RatingView rating = new RatingView(command.level(), command.evidence() == null ? "" : command.evidence(),
            Boolean.TRUE.equals(command.notObserved()) ? Boolean.TRUE : null);
        RoomState after = state.withRound(r -> r.withScorecard(
            r.scorecard().rate(command.dimension(), rating, state.rubric())));
        RoundViews.announce(after, changes, EnumSet.of(RoundViews.Side.INTERVIEWER));
        return changes.applied(after, by);
    }

    static Outcome rateInterviewer(RoomState state, String by, FeedbackMessages.FeedbackRate command, Changes changes) {
        Optional<Outcome.Rejected> refused =
            Permissions.seatOnly(state, by, Role.CANDIDATE, "rate the interviewer");
        if (refused.isPresent()) {
            return refused.get();
        }
        Optional<Outcome.Rejected> invalid = ratingProblem(state, command.level(), command.comment(),
            state.round().feedback().shared());
        if (invalid.isPresent()) {
            return invalid.get();
        }
        Feedback feedback = new Feedback(command.level(), command.comment() == null ? "" : command.comment(), false);
        RoomState after = state.withRound(r -> r.withFeedback(feedback));
        RoundViews.announce(after, changes, EnumSet.of(RoundViews.Side.CANDIDATE));
        return changes.applied(after, by);
    }

    /** Shares what the sender wrote: the scorecard if they interview, their rating of the interviewer if not. */
    static Outcome share(RoomState state, String by, FeedbackMessages.FeedbackShare command, Changes changes) {
        Role role = state.roleOf(by);
        if (role == Role.OBSERVER || state.participant(by).isEmpty()) {
            return Room.reject(ErrorCode.FORBIDDEN, "only the interviewer and the candidate share feedback");
        }
        if (!feedbackOpen(state)) {
            return Room.reject(ErrorCode.INVALID_STATE, "feedback is shared while the round runs or in its feedback");
        }
        boolean already = role == Role.INTERVIEWER
            ? state.round().scorecard().shared()
            : state.round().feedback().shared();
        if (already) {
            return Room.reject(ErrorCode.INVALID_STATE, "your feedback is already shared");
        }
        RoomState after = state.withRound(r -> role == Role.INTERVIEWER
            ? r.withScorecard(r.scorecard().share())
            : r.withFeedback(r.feedback().share()));
        RoundViews.announce(after, changes, RoundViews.ALL);
        return changes.applied(after, by);
    }

    private static Optional<Outcome.Rejected> ratingProblem(RoomState state, Integer level, String text,
                                                            boolean shared) {
        if (level != null && (level < 1 || level > 4)) {
            return Optional.of(Room.reject(ErrorCode.BAD_MESSAGE, "level: from 1 to 4"));
        }
        if (text != null && text.length() > state.limits().maxCardChars()) {
            return Optional.of(Room.reject(ErrorCode.TOO_LARGE,
                "feedback text holds at most " + state.limits().maxCardChars() + " characters"));
        }
        if (!feedbackOpen(state)) {
            return Optional.of(Room.reject(ErrorCode.INVALID_STATE,
                "feedback is written while the round runs or in its feedback"));
        }
        if (shared) {
            return Optional.of(Room.reject(ErrorCode.INVALID_STATE, "shared feedback no longer changes"));
        }
        return Optional.empty();
    }

    /** From the start of the round until it is closed; closing freezes the round and its report. */
    private static boolean feedbackOpen(RoomState state) {
        Stage stage = state.round().stage();
        return stage == Stage.RUNNING || stage == Stage.FEEDBACK;
    }
}
