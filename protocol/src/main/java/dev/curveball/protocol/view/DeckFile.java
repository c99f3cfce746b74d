package dev.curveball.protocol.view;

import java.util.List;

/** Twist cards and clarifications as exported and imported by hosts: the JSON of a deck file. */
public record DeckFile(List<CardDraft> twists, List<ClarificationDraft> clarifications) {

    /** A card written by a person; {@code stress} names a kind of stress (validated by the room). */
    public record CardDraft(String stress, String title, String text, String guidance) {
    }

    public record ClarificationDraft(String question, String answer) {
    }
}
