package dev.curveball.room;

import java.util.List;

/**
 * What a round is played with, prepared outside the state machine (figures drawn, ids given): the prompt, the
 * phase plan, the twist deck, the clarifications and, for a catalog prompt, the interviewer's guide.
 *
 * @param promptId the catalog prompt it came from, or null for one written in the room
 * @param guide    the catalog prompt's guide, or null for one written in the room
 */
public record RoundMaterial(String promptId, Prompt prompt, List<Phase> phases, List<Card> deck,
                            List<Clarification> clarifications, RoundGuide guide) {

    public RoundMaterial {
        phases = List.copyOf(phases);
        deck = List.copyOf(deck);
        clarifications = List.copyOf(clarifications);
        if (phases.isEmpty()) {
            throw new IllegalArgumentException("a round needs at least one phase");
        }
    }

    public RoundMaterial(String promptId, Prompt prompt, List<Phase> phases, List<Card> deck,
                         List<Clarification> clarifications) {
        this(promptId, prompt, phases, deck, clarifications, null);
    }
}
