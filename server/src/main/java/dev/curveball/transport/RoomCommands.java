package dev.curveball.transport;

import dev.curveball.protocol.ClientMessage;
import dev.curveball.room.Command;
import dev.curveball.room.Phase;

/** Turns a client's command into the room command it asks for, on behalf of the socket's participant. */
final class RoomCommands {
    private RoomCommands() {
    }

    static Command of(ClientMessage.Command message, String participant) {
        if (message instanceof ClientMessage.PromptSet prompt) {
            return new Command.SetPrompt(participant, prompt.title().strip(), prompt.text());
        } else if (message instanceof ClientMessage.TimerStart) {
            return new Command.StartTimer(participant);
        } else if (message instanceof ClientMessage.TimerPause) {
            return new Command.PauseTimer(participant);
        } else if (message instanceof ClientMessage.TimerResume) {
            return new Command.ResumeTimer(participant);
        } else if (message instanceof ClientMessage.TimerReset reset) {
            return new Command.ResetTimer(participant, reset.durationMs());
        } else if (message instanceof ClientMessage.NotesOp edit) {
            return new Command.EditNotes(participant, edit.doc(), edit.rev(), edit.op(), edit.client(),
                edit.clientSeq());
        } else if (message instanceof ClientMessage.TimerNext) {
            return new Command.NextPhase(participant);
        } else if (message instanceof ClientMessage.TimerPrevious) {
            return new Command.PreviousPhase(participant);
        } else if (message instanceof ClientMessage.TimerAdjust adjust) {
            return new Command.AdjustTimer(participant, adjust.deltaMs());
        } else if (message instanceof ClientMessage.TimerPhases plan) {
            return new Command.PlanPhases(participant, plan.phases().stream()
                .map(p -> new Phase(p.name() == null ? "" : p.name().strip(), p.durationMs())).toList());
        } else if (message instanceof ClientMessage.RoundEnd) {
            return new Command.EndRound(participant);
        } else if (message instanceof ClientMessage.RoundClose) {
            return new Command.CloseRound(participant);
        } else if (message instanceof ClientMessage.SeatsSet seats) {
            return new Command.SetSeats(participant, seats.interviewer(), seats.candidate(), seats.order());
        } else if (message instanceof ClientMessage.SettingsSet settings) {
            return new Command.ChangeSettings(participant, settings.autoAdvance(), settings.shadow());
        } else if (message instanceof ClientMessage.TwistPlay play) {
            return new Command.PlayTwist(participant, play.card());
        } else if (message instanceof ClientMessage.TwistSchedule schedule) {
            return new Command.ScheduleTwist(participant, schedule.card(), schedule.atMinute(), schedule.atPhase());
        } else if (message instanceof ClientMessage.TwistAdd add) {
            return new Command.AddTwist(participant, add.card());
        } else if (message instanceof ClientMessage.DeckImport deck) {
            return new Command.ImportDeck(participant, deck.deck());
        } else if (message instanceof ClientMessage.FactReveal reveal) {
            return new Command.RevealFact(participant, reveal.clarification());
        } else if (message instanceof ClientMessage.ScorecardRate rate) {
            return new Command.RateCandidate(participant, rate.dimension(), rate.level(), rate.evidence(),
                Boolean.TRUE.equals(rate.notObserved()));
        } else if (message instanceof ClientMessage.FeedbackRate rate) {
            return new Command.RateInterviewer(participant, rate.level(), rate.comment());
        } else if (message instanceof ClientMessage.FeedbackShare) {
            return new Command.ShareFeedback(participant);
        } else if (message instanceof ClientMessage.ScopeTick tick) {
            return new Command.TickScope(participant, tick.point(), tick.covered());
        }
        throw new IllegalArgumentException("no room command for " + message.getClass().getSimpleName());
    }
}
