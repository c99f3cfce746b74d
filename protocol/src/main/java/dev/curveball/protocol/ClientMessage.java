package dev.curveball.protocol;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeName;
import dev.curveball.protocol.ot.TextOperation;
import dev.curveball.protocol.view.DeckFile;
import dev.curveball.protocol.view.PhaseView;
import dev.curveball.protocol.view.PromptDraft;
import java.util.List;

/** The messages a client may send: the whole client vocabulary in one place. */
@JsonSubTypes({
    @JsonSubTypes.Type(ClientMessage.Hello.class),
    @JsonSubTypes.Type(ClientMessage.Ping.class),
    @JsonSubTypes.Type(ClientMessage.PromptSet.class),
    @JsonSubTypes.Type(ClientMessage.TimerStart.class),
    @JsonSubTypes.Type(ClientMessage.TimerPause.class),
    @JsonSubTypes.Type(ClientMessage.TimerResume.class),
    @JsonSubTypes.Type(ClientMessage.TimerReset.class),
    @JsonSubTypes.Type(ClientMessage.NotesOp.class),
    @JsonSubTypes.Type(ClientMessage.NotesFetch.class),
    @JsonSubTypes.Type(ClientMessage.NotesCursor.class),
    @JsonSubTypes.Type(ClientMessage.RoundEnd.class),
    @JsonSubTypes.Type(ClientMessage.RoundClose.class),
    @JsonSubTypes.Type(ClientMessage.RoundNext.class),
    @JsonSubTypes.Type(ClientMessage.SeatsSet.class),
    @JsonSubTypes.Type(ClientMessage.TimerNext.class),
    @JsonSubTypes.Type(ClientMessage.TimerPrevious.class),
    @JsonSubTypes.Type(ClientMessage.TimerAdjust.class),
    @JsonSubTypes.Type(ClientMessage.TimerPhases.class),
    @JsonSubTypes.Type(ClientMessage.SettingsSet.class),
    @JsonSubTypes.Type(ClientMessage.TwistPlay.class),
    @JsonSubTypes.Type(ClientMessage.TwistSchedule.class),
    @JsonSubTypes.Type(ClientMessage.TwistAdd.class),
    @JsonSubTypes.Type(ClientMessage.DeckImport.class),
    @JsonSubTypes.Type(ClientMessage.FactReveal.class),
    @JsonSubTypes.Type(ClientMessage.ScorecardRate.class),
    @JsonSubTypes.Type(ClientMessage.FeedbackRate.class),
    @JsonSubTypes.Type(ClientMessage.FeedbackShare.class),
    @JsonSubTypes.Type(ClientMessage.ScopeTick.class),
    @JsonSubTypes.Type(ClientMessage.ParticipantRemove.class),
    @JsonSubTypes.Type(ClientMessage.InviteReset.class),
})
public sealed interface ClientMessage extends Message {

    /** A message that asks for an answer: its optional {@code id} is echoed in the {@code ack} or {@code error}. */
    sealed interface Command extends ClientMessage {
        Long id();
    }

    /**
     * A command the room applies as it arrives, on behalf of the socket's participant. Each one names its rule through
     * {@link Handler}, so a command without a rule does not compile.
     */
    sealed interface RoomCommand extends Command {
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

    /** The host writes the round's prompt. */
    @JsonTypeName("prompt.set")
    record PromptSet(Long id, String title, String text) implements RoomCommand {
        @Override
        public <R> R accept(RoomCommand.Handler<R> handler) {
            return handler.promptSet(this);
        }
        public PromptSet {
            Require.present(title, "prompt.set.title");
            Require.present(text, "prompt.set.text");
        }
    }

    @JsonTypeName("timer.start")
    record TimerStart(Long id) implements RoomCommand {
        @Override
        public <R> R accept(RoomCommand.Handler<R> handler) {
            return handler.timerStart(this);
        }
    }

    @JsonTypeName("timer.pause")
    record TimerPause(Long id) implements RoomCommand {
        @Override
        public <R> R accept(RoomCommand.Handler<R> handler) {
            return handler.timerPause(this);
        }
    }

    @JsonTypeName("timer.resume")
    record TimerResume(Long id) implements RoomCommand {
        @Override
        public <R> R accept(RoomCommand.Handler<R> handler) {
            return handler.timerResume(this);
        }
    }

    /**
     * An edit of a notes document, based on revision {@code rev}. {@code client} (random per editor instance) and
     * {@code clientSeq} (1, 2, 3, … per client) identify the edit, so one resent after a reconnect applies once.
     */
    @JsonTypeName("notes.op")
    record NotesOp(Long id, DocName doc, Long rev, TextOperation op, String client, Long clientSeq)
        implements RoomCommand {
        @Override
        public <R> R accept(RoomCommand.Handler<R> handler) {
            return handler.notesOp(this);
        }
        public NotesOp {
            Require.present(doc, "notes.op.doc");
            Require.present(rev, "notes.op.rev");
            Require.present(op, "notes.op.op");
            Require.present(client, "notes.op.client");
            Require.present(clientSeq, "notes.op.clientSeq");
        }
    }

    /** Asks for a document's current text, after {@code resync-required}; answered with {@code notes.doc}. */
    @JsonTypeName("notes.fetch")
    record NotesFetch(Long id, DocName doc) implements Command {
        public NotesFetch {
            Require.present(doc, "notes.fetch.doc");
        }
    }

    /** Where this participant's caret or selection is, at revision {@code rev}; shown to the document's readers. */
    @JsonTypeName("notes.cursor")
    record NotesCursor(DocName doc, Long rev, Integer anchor, Integer head) implements ClientMessage {
        public NotesCursor {
            Require.present(doc, "notes.cursor.doc");
            Require.present(rev, "notes.cursor.rev");
            Require.present(anchor, "notes.cursor.anchor");
            Require.present(head, "notes.cursor.head");
        }
    }

    /** Stops the timer and sets it back to its full duration, or to {@code durationMs} when given. */
    @JsonTypeName("timer.reset")
    record TimerReset(Long id, Long durationMs) implements RoomCommand {
        @Override
        public <R> R accept(RoomCommand.Handler<R> handler) {
            return handler.timerReset(this);
        }
    }

    /** Stops the timer and opens the round's feedback. */
    @JsonTypeName("round.end")
    record RoundEnd(Long id) implements RoomCommand {
        @Override
        public <R> R accept(RoomCommand.Handler<R> handler) {
            return handler.roundEnd(this);
        }
    }

    /** Closes the round's feedback; the round is done and its report final. */
    @JsonTypeName("round.close")
    record RoundClose(Long id) implements RoomCommand {
        @Override
        public <R> R accept(RoomCommand.Handler<R> handler) {
            return handler.roundClose(this);
        }
    }

    /**
     * Opens the next round's lobby with the seats moved on. The prompt is {@code promptId}, {@code prompt}, or with
     * neither a catalog prompt the new candidate has not had.
     */
    @JsonTypeName("round.next")
    record RoundNext(Long id, String promptId, PromptDraft prompt) implements Command {
    }

    /**
     * The host removes a participant: their sockets close, their resume secret dies, and the invite link is reset
     * so that it cannot bring them back. Answered with {@code invite}, the new link's token.
     */
    @JsonTypeName("participant.remove")
    record ParticipantRemove(Long id, String participant) implements Command {
        public ParticipantRemove {
            Require.present(participant, "participant.remove.participant");
        }
    }

    /**
     * The host replaces the invite link: the old one stops opening the room (people who joined with it stay).
     * Answered with {@code invite}, the new link's token.
     */
    @JsonTypeName("invite.reset")
    record InviteReset(Long id) implements Command {
    }

    /** The host overrides this lobby's seats and, optionally, the member order later rotations follow. */
    @JsonTypeName("seats.set")
    record SeatsSet(Long id, String interviewer, String candidate, List<String> order) implements RoomCommand {
        @Override
        public <R> R accept(RoomCommand.Handler<R> handler) {
            return handler.seatsSet(this);
        }
        public SeatsSet {
            Require.present(interviewer, "seats.set.interviewer");
            Require.present(candidate, "seats.set.candidate");
        }
    }

    @JsonTypeName("timer.next")
    record TimerNext(Long id) implements RoomCommand {
        @Override
        public <R> R accept(RoomCommand.Handler<R> handler) {
            return handler.timerNext(this);
        }
    }

    @JsonTypeName("timer.previous")
    record TimerPrevious(Long id) implements RoomCommand {
        @Override
        public <R> R accept(RoomCommand.Handler<R> handler) {
            return handler.timerPrevious(this);
        }
    }

    /** Adds {@code deltaMs} (negative: removes) to the current phase. */
    @JsonTypeName("timer.adjust")
    record TimerAdjust(Long id, Long deltaMs) implements RoomCommand {
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
    record TimerPhases(Long id, List<PhaseView> phases) implements RoomCommand {
        @Override
        public <R> R accept(RoomCommand.Handler<R> handler) {
            return handler.timerPhases(this);
        }
        public TimerPhases {
            Require.present(phases, "timer.phases.phases");
        }
    }

    /** The host changes room settings; an absent field keeps its value. */
    @JsonTypeName("settings.set")
    record SettingsSet(Long id, Boolean autoAdvance, Boolean shadow) implements RoomCommand {
        @Override
        public <R> R accept(RoomCommand.Handler<R> handler) {
            return handler.settingsSet(this);
        }
    }

    @JsonTypeName("twist.play")
    record TwistPlay(Long id, String card) implements RoomCommand {
        @Override
        public <R> R accept(RoomCommand.Handler<R> handler) {
            return handler.twistPlay(this);
        }
        public TwistPlay {
            Require.present(card, "twist.play.card");
        }
    }

    /** Plays a card at a minute of running time or when a phase starts; with neither, cancels its schedule. */
    @JsonTypeName("twist.schedule")
    record TwistSchedule(Long id, String card, Integer atMinute, Integer atPhase) implements RoomCommand {
        @Override
        public <R> R accept(RoomCommand.Handler<R> handler) {
            return handler.twistSchedule(this);
        }
        public TwistSchedule {
            Require.present(card, "twist.schedule.card");
        }
    }

    @JsonTypeName("twist.add")
    record TwistAdd(Long id, DeckFile.CardDraft card) implements RoomCommand {
        @Override
        public <R> R accept(RoomCommand.Handler<R> handler) {
            return handler.twistAdd(this);
        }
        public TwistAdd {
            Require.present(card, "twist.add.card");
        }
    }

    @JsonTypeName("deck.import")
    record DeckImport(Long id, DeckFile deck) implements RoomCommand {
        @Override
        public <R> R accept(RoomCommand.Handler<R> handler) {
            return handler.deckImport(this);
        }
        public DeckImport {
            Require.present(deck, "deck.import.deck");
        }
    }

    @JsonTypeName("fact.reveal")
    record FactReveal(Long id, String clarification) implements RoomCommand {
        @Override
        public <R> R accept(RoomCommand.Handler<R> handler) {
            return handler.factReveal(this);
        }
        public FactReveal {
            Require.present(clarification, "fact.reveal.clarification");
        }
    }

    /**
     * The interviewer rates one rubric dimension; a null level clears the rating. With {@code notObserved} true (and
     * no level) the dimension is marked as not observed in this round.
     */
    @JsonTypeName("scorecard.rate")
    record ScorecardRate(Long id, String dimension, Integer level, String evidence, Boolean notObserved)
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
    record ScopeTick(Long id, String point, Boolean covered) implements RoomCommand {
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
    record FeedbackRate(Long id, Integer level, String comment) implements RoomCommand {
        @Override
        public <R> R accept(RoomCommand.Handler<R> handler) {
            return handler.feedbackRate(this);
        }
    }

    /** Shares what the sender wrote: the interviewer's scorecard or the candidate's feedback. */
    @JsonTypeName("feedback.share")
    record FeedbackShare(Long id) implements RoomCommand {
        @Override
        public <R> R accept(RoomCommand.Handler<R> handler) {
            return handler.feedbackShare(this);
        }
    }
}
