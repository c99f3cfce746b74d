package dev.curveball.room;

import java.util.List;

/**
 * What a round is played with, prepared outside the state machine (figures drawn, ids given): the prompt, the
 * phase plan, the twist deck and the clarifications.
 *
 * @param promptId the catalog prompt it came from, or null for one written in the room
 */
public record RoundMaterial(String promptId, Prompt prompt, List<Phase> phases, List<Card> deck,
                            List<Clarification> clarifications) {

    public RoundMaterial {
        phases = List.copyOf(phases);
        deck = List.copyOf(deck);
        clarifications = List.copyOf(clarifications);
        if (phases.isEmpty()) {
            throw new IllegalArgumentException("a round needs at least one phase");
        }
    }
}
