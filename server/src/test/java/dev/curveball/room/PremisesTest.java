package dev.curveball.room;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.curveball.protocol.Stress;
import dev.curveball.protocol.view.AssumptionView.Status;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** Which open assumptions a played card may break: the crude word match of the protocol README, "Matching". */
class PremisesTest {
    private static final Card LABEL_DELAY = card(Stress.LABEL_DELAY, "Chargebacks arrive late",
        "The issuer now reports fraud 30 days after the transaction.");
    private static final Card LATENCY = card(Stress.LATENCY, "Budget cut",
        "The checkout team cuts the scoring budget to 20 ms.");

    @Test
    void wordsAreLowerCasedStemmedAndStrippedOfStopWordsAndShortWords() {
        assertEquals(Set.of("label", "arrive", "day", "1"), Premises.words("The labels arrive within 1 day."));
        assertEquals(Set.of("p99", "latency", "50ms"), Premises.words("p99 latency <= 50ms, as I"));
        assertEquals(Set.of("loss", "qps", "bus"), Premises.words("Loss, QPS, bus"),
            "a double s or a short word keeps its s");
    }

    @Test
    void anAssumptionSharingAWordWithTheCardsTitleOrTextMatches() {
        assertTrue(Premises.mayBreak("Fraud is reported the same day", LABEL_DELAY), "fraud, day");
        assertTrue(Premises.mayBreak("Scoring happens in batch overnight", LATENCY), "scoring");
        assertFalse(Premises.mayBreak("We serve from one region", LABEL_DELAY));
    }

    @Test
    void anAssumptionSharingAWordWithAPremiseTheCardNamesMatches() {
        Card quiet = card(Stress.COST, "A new constraint", "Something changed.");

        assertFalse(Premises.mayBreak("Merchants share their catalogue with us", quiet));
        assertTrue(Premises.mayBreak("Merchants share their catalogue with us",
            card(Stress.COST, "A new constraint", "Something changed.", List.of("the catalogue is complete"))));
    }

    @Test
    void anAssumptionUsingTheCardsStressVocabularyMatchesWhateverTheCardsWording() {
        Card quiet = card(Stress.LATENCY, "Checkout redesign", "Scoring now sits on the payment page.");

        assertTrue(Premises.mayBreak("We answer in 200 ms", quiet), "ms, short as it is");
        assertTrue(Premises.mayBreak("P99 is generous", quiet));
        assertTrue(Premises.mayBreak("Ground truth comes quickly", card(Stress.LABEL_DELAY, "x", "y")));
        assertFalse(Premises.mayBreak("Ground truth comes quickly", quiet), "not latency words");
    }

    @Test
    void onlyOpenAssumptionsAreSuggestedInTheLogsOrder() {
        Moment then = new Moment(1, 1, "Clarify");
        List<Assumption> log = List.of(
            Assumption.stated("a1", "Labels arrive within a day", "B", then),
            Assumption.stated("a2", "Peak is 50k requests/s", "B", then),
            Assumption.stated("a3", "Chargebacks are rare", "B", then).withdrawn(),
            Assumption.stated("a4", "Fraud shows up in labels the same day", "B", then).held("q1"),
            Assumption.stated("a5", "Issuers report quickly", "A", then));

        assertEquals(List.of("a1", "a5"), Premises.suggestions(log, LABEL_DELAY));
    }

    @Test
    void aStatedAssumptionAndANamedPremiseAreTheSameSubjectWhenTheyShareAWord() {
        assertTrue(Premises.sameSubject("Labels arrive within a day", "labels arrive quickly"));
        assertFalse(Premises.sameSubject("Peak is 50k requests/s", "labels arrive quickly"));
    }

    @Test
    void theStatusOfAnAssumptionDoesNotChangeWhetherACardMayBreakIt() {
        Assumption held = Assumption.stated("a1", "Labels arrive within a day", "B", new Moment(1, 1, "Clarify"))
            .held("q1");

        assertEquals(Status.HELD, held.status());
        assertTrue(Premises.mayBreak(held.text(), LABEL_DELAY));
        assertEquals(List.of(), Premises.suggestions(List.of(held), LABEL_DELAY), "but it is not open");
    }

    @Property(tries = 300)
    void caseAndPunctuationNeverChangeTheAnswer(@ForAll("phrases") String phrase, @ForAll("cards") Card card) {
        String shouted = phrase.toUpperCase(java.util.Locale.ROOT).replace(" ", " -- ") + "!";

        assertEquals(Premises.mayBreak(phrase, card), Premises.mayBreak(shouted, card));
    }

    @Property(tries = 300)
    void aCardThatNamesAnAssumptionAsItsPremiseMayBreakIt(@ForAll("phrases") String phrase,
                                                         @ForAll("cards") Card card) {
        boolean saysSomething = !Premises.words(phrase).isEmpty();

        Card naming = new Card(card.id(), card.stress(), card.title(), card.text(), card.guidance(), null, null, null,
            null, false, null, List.of(phrase));

        assertEquals(saysSomething || Premises.mayBreak(phrase, card), Premises.mayBreak(phrase, naming));
    }

    @Property(tries = 300)
    void theWordsOfTheWordsAreTheWords(@ForAll("phrases") String phrase) {
        Set<String> words = Premises.words(phrase);

        assertEquals(words, Premises.words(String.join(" ", words)));
    }

    @Provide
    Arbitrary<String> phrases() {
        Arbitrary<String> word = Arbitraries.oneOf(
            Arbitraries.of("labels", "label", "arrive", "within", "a", "day", "the", "peak", "requests", "ms", "p99",
                "budget", "class", "bus", "users", "region", "GPU", "50k", "30", "is", "of"),
            Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(8));
        return word.list().ofMinSize(1).ofMaxSize(8).map(words -> String.join(" ", words));
    }

    @Provide
    Arbitrary<Card> cards() {
        return Arbitraries.of(Stress.class).flatMap(stress -> phrases().tuple2()
            .map(texts -> card(stress, texts.get1(), texts.get2())));
    }

    private static Card card(Stress stress, String title, String text) {
        return card(stress, title, text, List.of());
    }

    private static Card card(Stress stress, String title, String text, List<String> assumes) {
        return new Card("t1", stress, title, text, "guidance", null, null, null, null, false, null, assumes);
    }
}
