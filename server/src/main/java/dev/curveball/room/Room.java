package dev.curveball.room;

import dev.curveball.protocol.ErrorCode;
import java.util.List;

/**
 * The room state machine: {@code apply(state, command, now) -> outcome}. Pure and deterministic (no clock, no
 * randomness, no I/O), because Hazelcast runs it on the partition owner and again on every backup.
 */
public final class Room {
    private Room() {
    }

    /** A new room; nothing has happened in it yet ({@code seq} 0). */
    public static RoomState create(String id, RoomSpec spec, Access access, RoomLimits limits, long now) {
        return new RoomState(id, spec.title(), spec.mode(), spec.creatorSeat(), 0, List.of(),
            Round.open(1, spec.material()), List.of(), Timer.idle(spec.material().phases(), now), Notes.EMPTY,
            Settings.DEFAULT, spec.rubric(), access, limits, List.of());
    }

    public static Outcome apply(RoomState before, Command command, long now) {
        Changes changes = new Changes(before, now);
        RoomState state = Settle.due(before, changes);
        // Java 17 has no pattern switch; this chain is the one dispatch over the sealed Command type.
        if (command instanceof Command.Join join) {
            return Membership.join(state, join, changes);
        } else if (command instanceof Command.Disconnect disconnect) {
            return Membership.disconnect(state, disconnect, changes);
        } else if (command instanceof Command.DropConnections drop) {
            return Membership.dropConnections(state, drop, changes);
        } else if (command instanceof Command.SetPrompt setPrompt) {
            return PromptRules.set(state, setPrompt, changes);
        } else if (command instanceof Command.StartTimer start) {
            return TimerRules.start(state, start, changes);
        } else if (command instanceof Command.PauseTimer pause) {
            return TimerRules.pause(state, pause, changes);
        } else if (command instanceof Command.ResumeTimer resume) {
            return TimerRules.resume(state, resume, changes);
        } else if (command instanceof Command.ResetTimer reset) {
            return TimerRules.reset(state, reset, changes);
        } else if (command instanceof Command.EditNotes edit) {
            return NotesRules.edit(state, edit, changes);
        } else if (command instanceof Command.Tick) {
            return changes.applied(state, null);
        } else if (command instanceof Command.NextPhase next) {
            return TimerRules.next(state, next, changes);
        } else if (command instanceof Command.PreviousPhase previous) {
            return TimerRules.previous(state, previous, changes);
        } else if (command instanceof Command.AdjustTimer adjust) {
            return TimerRules.adjust(state, adjust, changes);
        } else if (command instanceof Command.PlanPhases plan) {
            return TimerRules.plan(state, plan, changes);
        } else if (command instanceof Command.EndRound end) {
            return RoundRules.end(state, end, changes);
        } else if (command instanceof Command.CloseRound close) {
            return RoundRules.close(state, close, changes);
        } else if (command instanceof Command.NextRound next) {
            return RoundRules.next(state, next, changes);
        } else if (command instanceof Command.SetSeats seats) {
            return RoundRules.setSeats(state, seats, changes);
        } else if (command instanceof Command.ChangeSettings settings) {
            return SettingsRules.set(state, settings, changes);
        } else if (command instanceof Command.PlayTwist play) {
            return TwistRules.play(state, play, changes);
        } else if (command instanceof Command.ScheduleTwist schedule) {
            return TwistRules.schedule(state, schedule, changes);
        } else if (command instanceof Command.AddTwist add) {
            return TwistRules.add(state, add, changes);
        } else if (command instanceof Command.ImportDeck deck) {
            return TwistRules.importDeck(state, deck, changes);
        } else if (command instanceof Command.RevealFact reveal) {
            return FactRules.reveal(state, reveal, changes);
        } else if (command instanceof Command.RateCandidate rate) {
            return FeedbackRules.rateCandidate(state, rate, changes);
        } else if (command instanceof Command.RateInterviewer rate) {
            return FeedbackRules.rateInterviewer(state, rate, changes);
        } else if (command instanceof Command.ShareFeedback share) {
            return FeedbackRules.share(state, share, changes);
        } else if (command instanceof Command.TickScope tick) {
            return ScopeRules.tick(state, tick, changes);
        }
        throw new IllegalArgumentException("no rule for " + command.getClass().getSimpleName());
    }

    static Outcome.Rejected reject(ErrorCode code, String message) {
        return new Outcome.Rejected(code, message);
    }
}
