package dev.curveball.protocol;

import com.fasterxml.jackson.annotation.JsonTypeName;
import dev.curveball.protocol.ClientMessage.RoomCommand;
import dev.curveball.protocol.view.DeckFile;

/**
 * The twist deck and the clarifications: playing, scheduling, adding and importing cards, revealing facts. Part of the
 * client vocabulary listed in {@link ClientMessage}.
 */
public final class TwistMessages {
    private TwistMessages() {
    }

    @JsonTypeName("twist.play")
    public record TwistPlay(Long id, String card) implements RoomCommand {
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
    public record TwistSchedule(Long id, String card, Integer atMinute, Integer atPhase) implements RoomCommand {
        @Override
        public <R> R accept(RoomCommand.Handler<R> handler) {
            return handler.twistSchedule(this);
        }
        public TwistSchedule {
            Require.present(card, "twist.schedule.card");
        }
    }

    @JsonTypeName("twist.add")
    public record TwistAdd(Long id, DeckFile.CardDraft card) implements RoomCommand {
        @Override
        public <R> R accept(RoomCommand.Handler<R> handler) {
            return handler.twistAdd(this);
        }
        public TwistAdd {
            Require.present(card, "twist.add.card");
        }
    }

    @JsonTypeName("deck.import")
    public record DeckImport(Long id, DeckFile deck) implements RoomCommand {
        @Override
        public <R> R accept(RoomCommand.Handler<R> handler) {
            return handler.deckImport(this);
        }
        public DeckImport {
            Require.present(deck, "deck.import.deck");
        }
    }

    @JsonTypeName("fact.reveal")
    public record FactReveal(Long id, String clarification) implements RoomCommand {
        @Override
        public <R> R accept(RoomCommand.Handler<R> handler) {
            return handler.factReveal(this);
        }
        public FactReveal {
            Require.present(clarification, "fact.reveal.clarification");
        }
    }
}
