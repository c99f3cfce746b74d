package dev.curveball.protocol;

import com.fasterxml.jackson.annotation.JsonTypeName;
import dev.curveball.protocol.ClientMessage.RoomCommand;
import dev.curveball.protocol.view.PhaseView;
import java.util.List;

/**
 * The timer's commands: start, pause, resume, reset, move between phases, change the plan. Part of the client
 * vocabulary listed in {@link ClientMessage}.
 */
public final class TimerMessages {
    private TimerMessages() {
    }

    @JsonTypeName("timer.start")
    public record TimerStart(Long id) implements RoomCommand {
        @Override
        public <R> R accept(RoomCommand.Handler<R> handler) {
            return handler.timerStart(this);
        }
    }

    @JsonTypeName("timer.pause")
    public record TimerPause(Long id) implements RoomCommand {
        @Override
        public <R> R accept(RoomCommand.Handler<R> handler) {
            return handler.timerPause(this);
        }
    }

    @JsonTypeName("timer.resume")
    public record TimerResume(Long id) implements RoomCommand {
        @Override
        public <R> R accept(RoomCommand.Handler<R> handler) {
            return handler.timerResume(this);
        }
    }

    /** Stops the timer and sets it back to its full duration, or to {@code durationMs} when given. */
    @JsonTypeName("timer.reset")
    public record TimerReset(Long id, Long durationMs) implements RoomCommand {
        @Override
        public <R> R accept(RoomCommand.Handler<R> handler) {
            return handler.timerReset(this);
        }
    }

    @JsonTypeName("timer.next")
    public record TimerNext(Long id) implements RoomCommand {
        @Override
        public <R> R accept(RoomCommand.Handler<R> handler) {
            return handler.timerNext(this);
        }
    }

    @JsonTypeName("timer.previous")
    public record TimerPrevious(Long id) implements RoomCommand {
        @Override
        public <R> R accept(RoomCommand.Handler<R> handler) {
            return handler.timerPrevious(this);
        }
    }

    /** Adds {@code deltaMs} (negative: removes) to the current phase. */
    @JsonTypeName("timer.adjust")
    public record TimerAdjust(Long id, Long deltaMs) implements RoomCommand {
        @Override
        public <R> R accept(RoomCommand.Handler<R> handler) {
            return handler.timerAdjust(this);
        }
        public TimerAdjust {
            Require.present(deltaMs, "timer.adjust.deltaMs");
        }
    }

    /** Replaces the round's phase plan while the timer is idle. */
    @JsonTypeName("timer.phases")
    public record TimerPhases(Long id, List<PhaseView> phases) implements RoomCommand {
        @Override
        public <R> R accept(RoomCommand.Handler<R> handler) {
            return handler.timerPhases(this);
        }
        public TimerPhases {
            Require.present(phases, "timer.phases.phases");
        }
    }
}
