package dev.curveball.room;

import dev.curveball.protocol.AssumptionMessages;
import dev.curveball.protocol.ClientMessage;
import dev.curveball.protocol.ErrorCode;
import dev.curveball.protocol.FeedbackMessages;
import dev.curveball.protocol.NotesMessages;
import dev.curveball.protocol.RoundMessages;
import dev.curveball.protocol.TimerMessages;
import dev.curveball.protocol.TwistMessages;
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

    /**
     * A room whose people are seated before anyone arrives (a cohort's rooms): each of {@code reserved} holds a
     * personal link in {@code access} and comes back in their seat when they open it.
     */
    public static RoomState createReserved(String id, RoomSpec spec, Access access, List<Participant> reserved,
                                           RoomLimits limits, long now) {
        return create(id, spec, access, limits, now).withParticipants(reserved);
    }

    /** Settles what is due at {@code now}, then applies the command. */
    public static Outcome apply(RoomState before, Command command, long now) {
        Changes changes = new Changes(before, now);
        return command.accept(new Rules(Settle.due(before, changes), changes));
    }

    static Outcome.Rejected reject(ErrorCode code, String message) {
        return new Outcome.Rejected(code, message);
    }

    /** The one dispatch: each command to its rule. A command without a rule here is a compile error. */
    private record Rules(RoomState state, Changes changes) implements Command.Handler<Outcome> {
        @Override
        public Outcome act(Command.Act act) {
            return act.command().accept(new ParticipantRules(state, act.by(), changes));
        }

        @Override
        public Outcome join(Command.Join join) {
            return Membership.join(state, join, changes);
        }

        @Override
        public Outcome disconnect(Command.Disconnect disconnect) {
            return Membership.disconnect(state, disconnect, changes);
        }

        @Override
        public Outcome dropConnections(Command.DropConnections drop) {
            return Membership.dropConnections(state, drop, changes);
        }

        @Override
        public Outcome tick(Command.Tick tick) {
            return changes.applied(state, null); // settling what was due is all a tick does
        }

        @Override
        public Outcome nextRound(Command.NextRound next) {
            return RoundRules.next(state, next, changes);
        }

        @Override
        public Outcome revoke(Command.Revoke revoke) {
            return Revocation.revoke(state, revoke, changes);
        }

        @Override
        public Outcome broadcast(Command.Broadcast broadcast) {
            return Broadcasts.broadcast(state, broadcast, changes);
        }
    }

    /** What a participant may ask of the room, each command to its rule. */
    private record ParticipantRules(RoomState state, String by, Changes changes)
        implements ClientMessage.RoomCommand.Handler<Outcome> {
        @Override
        public Outcome promptSet(RoundMessages.PromptSet command) {
            return PromptRules.set(state, by, command, changes);
        }

        @Override
        public Outcome timerStart(TimerMessages.TimerStart command) {
            return TimerRules.start(state, by, command, changes);
        }

        @Override
        public Outcome timerPause(TimerMessages.TimerPause command) {
            return TimerRules.pause(state, by, command, changes);
        }

        @Override
        public Outcome timerResume(TimerMessages.TimerResume command) {
            return TimerRules.resume(state, by, command, changes);
        }

        @Override
        public Outcome notesOp(NotesMessages.NotesOp command) {
            return NotesRules.edit(state, by, command, changes);
        }

        @Override
        public Outcome timerReset(TimerMessages.TimerReset command) {
            return TimerRules.reset(state, by, command, changes);
        }

        @Override
        public Outcome roundEnd(RoundMessages.RoundEnd command) {
            return RoundRules.end(state, by, command, changes);
        }

        @Override
        public Outcome roundClose(RoundMessages.RoundClose command) {
            return RoundRules.close(state, by, command, changes);
        }

        @Override
        public Outcome seatsSet(RoundMessages.SeatsSet command) {
            return RoundRules.setSeats(state, by, command, changes);
        }

        @Override
        public Outcome timerNext(TimerMessages.TimerNext command) {
            return TimerRules.next(state, by, command, changes);
        }

        @Override
        public Outcome timerPrevious(TimerMessages.TimerPrevious command) {
            return TimerRules.previous(state, by, command, changes);
        }

        @Override
        public Outcome timerAdjust(TimerMessages.TimerAdjust command) {
            return TimerRules.adjust(state, by, command, changes);
        }

        @Override
        public Outcome timerPhases(TimerMessages.TimerPhases command) {
            return TimerRules.plan(state, by, command, changes);
        }

        @Override
        public Outcome settingsSet(RoundMessages.SettingsSet command) {
            return SettingsRules.set(state, by, command, changes);
        }

        @Override
        public Outcome twistPlay(TwistMessages.TwistPlay command) {
            return TwistRules.play(state, by, command, changes);
        }

        @Override
        public Outcome twistSchedule(TwistMessages.TwistSchedule command) {
            return TwistRules.schedule(state, by, command, changes);
        }

        @Override
        public Outcome twistAdd(TwistMessages.TwistAdd command) {
            return TwistRules.add(state, by, command, changes);
        }

        @Override
        public Outcome deckImport(TwistMessages.DeckImport command) {
            return TwistRules.importDeck(state, by, command, changes);
        }

        @Override
        public Outcome factReveal(TwistMessages.FactReveal command) {
            return FactRules.reveal(state, by, command, changes);
        }

        @Override
        public Outcome scorecardRate(FeedbackMessages.ScorecardRate command) {
            return FeedbackRules.rateCandidate(state, by, command, changes);
        }

        @Override
        public Outcome feedbackRate(FeedbackMessages.FeedbackRate command) {
            return FeedbackRules.rateInterviewer(state, by, command, changes);
        }

        @Override
        public Outcome feedbackShare(FeedbackMessages.FeedbackShare command) {
            return FeedbackRules.share(state, by, command, changes);
        }

        @Override
        public Outcome scopeTick(FeedbackMessages.ScopeTick command) {
            return ScopeRules.tick(state, by, command, changes);
        }

        @Override
        public Outcome assumptionAdd(AssumptionMessages.AssumptionAdd command) {
            return AssumptionRules.add(state, by, command, changes);
        }

        @Override
        public Outcome assumptionEdit(AssumptionMessages.AssumptionEdit command) {
            return AssumptionRules.edit(state, by, command, changes);
        }

        @Override
        public Outcome assumptionWithdraw(AssumptionMessages.AssumptionWithdraw command) {
            return AssumptionRules.withdraw(state, by, command, changes);
        }

        @Override
        public Outcome assumptionNotice(AssumptionMessages.AssumptionNotice command) {
            return AssumptionRules.notice(state, by, command, changes);
        }

        @Override
        public Outcome assumptionOverturn(AssumptionMessages.AssumptionOverturn command) {
            return AssumptionRules.overturn(state, by, command, changes);
        }

        @Override
        public Outcome assumptionHold(AssumptionMessages.AssumptionHold command) {
            return AssumptionRules.hold(state, by, command, changes);
        }
    }
}
