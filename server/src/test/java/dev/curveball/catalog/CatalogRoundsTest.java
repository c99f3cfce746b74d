package dev.curveball.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.curveball.room.Card;
import dev.curveball.room.RoundMaterial;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** What a round drawn from the shipped catalog puts in the interviewer's deck. */
class CatalogRoundsTest {
    private static final CatalogRounds ROUNDS = new CatalogRounds(CatalogLoader.fromClasspath(), new SplittableRandom(3));

    @Test
    void everyDeckListsItsEscalationRightAfterTheCoreCardItFollowsByTheRoomsCardId() {
        Catalog catalog = CatalogLoader.fromClasspath();
        for (Prompt prompt : catalog.prompts()) {
            RoundMaterial round = ROUNDS.drawn(prompt.id()).orElseThrow();
            List<Card> deck = round.deck();
            int chains = 0;
            for (int i = 0; i < deck.size(); i++) {
                Card card = deck.get(i);
                if (card.follows() == null) {
                    continue;
                }
                Card before = deck.get(i - 1);
                assertEquals(card.follows(), before.id(), prompt.id() + ": " + card.title() + " sits after its card");
                assertEquals(card.stress(), before.stress(), prompt.id() + ": a chain keeps its stress");
                assertTrue(card.follows().matches("t\\d+"), prompt.id() + ": a room card id, not the catalog's");
                if (before.core()) {
                    chains++;
                }
            }
            assertTrue(chains >= 1, prompt.id() + ": a core card is escalated");
        }
    }

    @Test
    void aRoundsCardIdsStillSayNothingAboutTheCardAfterChainsAreOrdered() {
        Prompt fraud = CatalogLoader.fromClasspath().prompt("card-fraud-detection").orElseThrow();
        List<Card> deck = ROUNDS.drawn(fraud.id()).orElseThrow().deck();

        Card escalation = deck.stream().filter(c -> c.follows() != null).findFirst().orElseThrow();
        Card first = deck.stream().filter(c -> c.id().equals(escalation.follows())).findFirst().orElseThrow();

        assertEquals("Only chargebacks remain as labels", first.title());
        assertEquals("Chargebacks may now take 180 days", escalation.title());
        assertEquals(deck.indexOf(first) + 1, deck.indexOf(escalation));
        assertEquals(List.of("t2", "t3"), List.of(first.id(), escalation.id()), "numbered in file order");
    }
}
