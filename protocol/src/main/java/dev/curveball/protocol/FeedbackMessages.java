package dev.curveball.protocol;

import com.fasterxml.jackson.annotation.JsonTypeName;
import dev.curveball.protocol.ClientMessage.RoomCommand;

/**
 * What each side writes about the other: the scorecard, the scope ticks, the candidate's feedback. Part of the client
 * vocabulary listed in {@link ClientMessage}.
 */
public final class FeedbackMessages {
    private FeedbackMessages() {
    }

    /**
     * The interviewer rates one rubric dimension; a null level clears the rating. With {@code notObserved} true (and
     * no level) the dimension is marked as not observed in this round.
     */
    @JsonTypeName("scorecard.rate")
    public record ScorecardRate(Long id, String dimension, Integer level, String evidence, Boolean notObserved)
        implements RoomCommand {
        @Override
        public <R> R accept(RoomCommand.Handler<R> handler) {
            return handler.scorecardRate(this);
        }
        public ScorecardRate {
            Require.present(dimension, "scorecard.rate.dimension");
        }

        public ScorecardRate(Long id, String dimension, Integer level, String evidence) {
            this(id, dimension, level, evidence, null);
        }
    }

    /** The interviewer ticks one scope point of the round's guide as covered, or takes the tick back. */
    @JsonTypeName("scope.tick")
    public record ScopeTick(Long id, String point, Boolean covered) implements RoomCommand {
        @Override
        public <R> R accept(RoomCommand.Handler<R> handler) {
            return handler.scopeTick(this);
        }

        public ScopeTick {
            Require.present(point, "scope.tick.point");
            Require.present(covered, "scope.tick.covered");
        }
    }

    /** The candidate rates the interviewer. */
    @JsonTypeName("feedback.rate")
    public record FeedbackRate(Long id, Integer level, String comment) implements RoomCommand {
        @Override
        public <R> R accept(RoomCommand.Handler<R> handler) {
            return handler.feedbackRate(this);
        }
    }

    /** Shares what the sender wrote: the interviewer's scorecard or the candidate's feedback. */
    @JsonTypeName("feedback.share")
    public record FeedbackShare(Long id) implements RoomCommand {
        @Override
        public <R> R accept(RoomCommand.Handler<R> handler) {
            return handler.feedbackShare(this);
        }
    }
}
