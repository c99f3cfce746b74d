package dev.curveball.protocol;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeName;
import dev.curveball.protocol.AssumptionMessages.AssumptionAdd;
import dev.curveball.protocol.AssumptionMessages.AssumptionEdit;
import dev.curveball.protocol.AssumptionMessages.AssumptionHold;
import dev.curveball.protocol.AssumptionMessages.AssumptionNotice;
import dev.curveball.protocol.AssumptionMessages.AssumptionOverturn;
import dev.curveball.protocol.AssumptionMessages.AssumptionWithdraw;
import dev.curveball.protocol.FeedbackMessages.FeedbackRate;
import dev.curveball.protocol.FeedbackMessages.FeedbackShare;
import dev.curveball.protocol.FeedbackMessages.ScopeTick;
import dev.curveball.protocol.FeedbackMessages.ScorecardRate;
import dev.curveball.protocol.NotesMessages.NotesCursor;
import dev.curveball.protocol.NotesMessages.NotesFetch;
import dev.curveball.protocol.NotesMessages.NotesOp;
import dev.curveball.protocol.RoundMessages.InviteReset;
import dev.curveball.protocol.RoundMessages.ParticipantRemove;
import dev.curveball.protocol.RoundMessages.PromptSet;
import dev.curveball.protocol.RoundMessages.RoundClose;
import dev.curveball.protocol.RoundMessages.RoundEnd;
import dev.curveball.protocol.RoundMessages.RoundNext;
import dev.curveball.protocol.RoundMessages.SeatsSet;
import dev.curveball.protocol.RoundMessages.SettingsSet;
import dev.curveball.protocol.TimerMessages.TimerAdjust;
import dev.curveball.protocol.TimerMessages.TimerNext;
import dev.curveball.protocol.TimerMessages.TimerPause;
import dev.curveball.protocol.TimerMessages.TimerPhases;
import dev.curveball.protocol.TimerMessages.TimerPrevious;
import dev.curveball.protocol.TimerMessages.TimerReset;
import dev.curveball.protocol.TimerMessages.TimerResume;
import dev.curveball.protocol.TimerMessages.TimerStart;
import dev.curveball.protocol.TwistMessages.DeckImport;
import dev.curveball.protocol.TwistMessages.FactReveal;
import dev.curveball.protocol.TwistMessages.TwistAdd;
import dev.curveball.protocol.TwistMessages.TwistPlay;
import dev.curveball.protocol.TwistMessages.TwistSchedule;

/**
 * The messages a client may send: the whole client vocabulary in one place. The records of each family live in their
 * own file ({@link TimerMessages}, {@link NotesMessages}, {@link RoundMessages}, {@link TwistMessages},
 * {@link FeedbackMessages}, {@link AssumptionMessages}); the {@code permits} clauses below say which kind each one is
 * (a plain message, a command answered with {@code ack}, or a command the room applies), and the compiler holds every
 * record to them.
 */
@JsonSubTypes({
    @JsonSubTypes.Type(ClientMessage.Hello.class),
    @JsonSubTypes.Type(ClientMessage.Ping.class),
    @JsonSubTypes.Type(TimerStart.class),
    @JsonSubTypes.Type(TimerPause.class),
    @JsonSubTypes.Type(TimerResume.class),
    @JsonSubTypes.Type(TimerReset.class),
    @JsonSubTypes.Type(TimerNext.class),
    @JsonSubTypes.Type(TimerPrevious.class),
    @JsonSubTypes.Type(TimerAdjust.class),
    @JsonSubTypes.Type(TimerPhases.class),
    @JsonSubTypes.Type(NotesOp.class),
    @JsonSubTypes.Type(NotesFetch.class),
    @JsonSubTypes.Type(NotesCursor.class),
    @JsonSubTypes.Type(PromptSet.class),
    @JsonSubTypes.Type(SettingsSet.class),
    @JsonSubTypes.Type(SeatsSet.class),
    @JsonSubTypes.Type(RoundEnd.class),
    @JsonSubTypes.Type(RoundClose.class),
    @JsonSubTypes.Type(RoundNext.class),
    @JsonSubTypes.Type(ParticipantRemove.class),
    @JsonSubTypes.Type(InviteReset.class),
    @JsonSubTypes.Type(TwistPlay.class),
    @JsonSubTypes.Type(TwistSchedule.class),
    @JsonSubTypes.Type(TwistAdd.class),
    @JsonSubTypes.Type(DeckImport.class),
    @JsonSubTypes.Type(FactReveal.class),
    @JsonSubTypes.Type(ScorecardRate.class),
    @JsonSubTypes.Type(ScopeTick.class),
    @JsonSubTypes.Type(FeedbackRate.class),
    @JsonSubTypes.Type(FeedbackShare.class),
    @JsonSubTypes.Type(AssumptionAdd.class),
    @JsonSubTypes.Type(AssumptionEdit.class),
    @JsonSubTypes.Type(AssumptionWithdraw.class),
    @JsonSubTypes.Type(AssumptionNotice.class),
    @JsonSubTypes.Type(AssumptionOverturn.class),
    @JsonSubTypes.Type(AssumptionHold.class),
})
public sealed interface ClientMessage extends Message
    permits ClientMessage.Hello, ClientMessage.Ping, ClientMessage.Command, NotesCursor {

    /** A message that asks for an answer: its optional {@code id} is echoed in the {@code ack} or {@code error}. */
    sealed interface Command extends ClientMessage
        permits RoomCommand, NotesFetch, RoundNext, ParticipantRemove, InviteReset {
        Long id();
    }

    /**
     * A command the room applies as it arrives, on behalf of the socket's participant. Each one names its rule through
     * {@link Handler}, so a command without a rule does not compile.
     */
    sealed interface RoomCommand extends Command permits
        TimerStart, TimerPause, TimerResume, TimerReset, TimerNext, TimerPrevious, TimerAdjust, TimerPhases,
        NotesOp,
        PromptSet, SettingsSet, SeatsSet, RoundEnd, RoundClose,
        TwistPlay, TwistSchedule, TwistAdd, DeckImport, FactReveal,
        ScorecardRate, ScopeTick, FeedbackRate, FeedbackShare,
        AssumptionAdd, AssumptionEdit, AssumptionWithdraw, AssumptionNotice, AssumptionOverturn, AssumptionHold {
        <R> R accept(Handler<R> handler);

        /** One method per room command: whoever applies commands implements them all. */
        interface Handler<R> {
            R promptSet(PromptSet command);
            R timerStart(TimerStart command);
            R timerPause(TimerPause command);
            R timerResume(TimerResume command);
            R notesOp(NotesOp command);
            R timerReset(TimerReset command);
            R roundEnd(RoundEnd command);
            R roundClose(RoundClose command);
            R seatsSet(SeatsSet command);
            R timerNext(TimerNext command);
            R timerPrevious(TimerPrevious command);
            R timerAdjust(TimerAdjust command);
            R timerPhases(TimerPhases command);
            R settingsSet(SettingsSet command);
            R twistPlay(TwistPlay command);
            R twistSchedule(TwistSchedule command);
            R twistAdd(TwistAdd command);
            R deckImport(DeckImport command);
            R factReveal(FactReveal command);
            R scorecardRate(ScorecardRate command);
            R feedbackRate(FeedbackRate command);
            R feedbackShare(FeedbackShare command);
            R scopeTick(ScopeTick command);
            R assumptionAdd(AssumptionAdd command);
            R assumptionEdit(AssumptionEdit command);
            R assumptionWithdraw(AssumptionWithdraw command);
            R assumptionNotice(AssumptionNotice command);
            R assumptionOverturn(AssumptionOverturn command);
            R assumptionHold(AssumptionHold command);
        }
    }

    /** First message on a socket: which room, which capability token, and who I am. */
    @JsonTypeName("hello")
    record Hello(Integer protocol, String room, String token, String name, Resume resume) implements ClientMessage {
        public Hello {
            Require.present(protocol, "hello.protocol");
            Require.present(room, "hello.room");
            Require.present(token, "hello.token");
            Require.present(name, "hello.name");
        }
    }

    /**
     * Returning to a participant after a reload or reconnect.
     *
     * @param secret  the resume secret from an earlier {@code welcome}
     * @param lastSeq the last event {@code seq} this client saw, or null to receive a fresh snapshot only
     */
    record Resume(String secret, Long lastSeq) {
        public Resume {
            Require.present(secret, "resume.secret");
        }
    }

    /** Clock probe; {@code t} is the client's clock and comes back untouched in {@code pong}. */
    @JsonTypeName("ping")
    record Ping(Long t) implements ClientMessage {
    }
}
