package dev.curveball.protocol.view;

import java.util.List;

/** Twist cards and clarifications as exported and imported by hosts: the JSON of a deck file. */
public record DeckFile(List<CardDraft> twists, List<ClarificationDraft> clarifications) {

    /**
     * A card written by a person; {@code stress} names a kind of stress (validated by the room). {@code when},
     * {@code probe}, {@code core} and {@code assumes} are optional, as in the catalog: when it fits, what to ask after
     * playing it, whether it is one of the problem's central tensions, and the premises it overturns.
     */
    public record CardDraft(String stress, String title, String text, String guidance, WhenView when, String probe,
                            Boolean core, List<String> assumes) {

        public CardDraft(String stress, String title, String text, String guidance) {
            this(stress, title, text, guidance, null, null, null, null);
        }

        public CardDraft(String stress, String title, String text, String guidance, WhenView when, String probe,
                         Boolean core) {
            this(stress, title, text, guidance, when, probe, core, null);
        }
    }

    public record ClarificationDraft(String question, String answer) {
    }
}
