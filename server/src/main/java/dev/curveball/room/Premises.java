package dev.curveball.room;

import dev.curveball.protocol.Stress;
import dev.curveball.protocol.view.AssumptionView.Status;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Which assumptions a twist card may break: a crude word match, good enough to point the interviewer at candidates,
 * never to decide anything (the protocol README, "Matching", is the specification).
 *
 * <p>An assumption matches a card when, after lower-casing, splitting on anything but letters and digits, dropping
 * stop words and words shorter than 3 characters (numbers are always kept) and stripping a trailing "s" from words of
 * more than 3 characters (not "ss", not a word with a digit such as "50ms"), the two share a word, the card's words
 * being those of its title, its text and the premises it {@code assumes}; or when the assumption uses a word of the
 * card's stress vocabulary ("labels" for a label-delay card, "p99" for a latency one).
 * Pure: no state, no clock.
 */
final class Premises {
    private static final Pattern NOT_A_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern NUMBER = Pattern.compile("\\p{N}+");
    private static final Pattern HAS_DIGIT = Pattern.compile("\\p{N}");
    private static final int SHORTEST_WORD = 3;

    /** Words that say nothing about a premise, including the ones every ML design discussion uses. */
    private static final Set<String> STOP_WORDS = stems(
        "the", "and", "for", "are", "with", "that", "this", "these", "those", "will", "from", "have", "has", "had",
        "our", "their", "they", "them", "its", "into", "than", "then", "per", "each", "all", "any", "can", "not",
        "but", "was", "were", "been", "being", "you", "your", "more", "less", "about", "within", "under", "over",
        "only", "also", "most", "some", "such", "when", "what", "which", "who", "how", "there", "would", "should",
        "could", "may", "might", "must", "does", "did", "yes", "one", "get", "gets", "use", "using", "used", "need",
        "needs", "now", "new", "just", "very", "much", "many", "still", "every", "same", "other", "both", "after",
        "before", "while", "because", "assume", "assuming", "assumption", "data", "model", "models", "system");

    /** The words that point at each kind of stress, whatever the card's own wording. */
    private static final Map<Stress, Set<String>> VOCABULARY = vocabulary();

    private Premises() {
    }

    /** The open assumptions of {@code log} that {@code card} may break, in the log's order. */
    static List<String> suggestions(List<Assumption> log, Card card) {
        Set<String> cardWords = cardWords(card);
        Set<String> stressWords = VOCABULARY.getOrDefault(card.stress(), Set.of());
        return log.stream()
            .filter(a -> a.status() == Status.OPEN)
            .filter(a -> matches(a.text(), cardWords, stressWords))
            .map(Assumption::id)
            .toList();
    }

    /** Whether {@code card} may break an assumption worded {@code assumption}, whatever its status. */
    static boolean mayBreak(String assumption, Card card) {
        return matches(assumption, cardWords(card), VOCABULARY.getOrDefault(card.stress(), Set.of()));
    }

    /** Whether a stated assumption and a premise a card names share a word: the report's test for "stated". */
    static boolean sameSubject(String assumption, String premise) {
        Set<String> theirs = words(premise);
        return words(assumption).stream().anyMatch(theirs::contains);
    }

    /** The words of {@code text} that count for matching, stemmed, in order of first appearance. */
    static Set<String> words(String text) {
        return Arrays.stream(NOT_A_WORD.split(text.toLowerCase(Locale.ROOT)))
            .filter(word -> NUMBER.matcher(word).matches() || word.length() >= SHORTEST_WORD)
            .map(Premises::stem)
            .filter(word -> !STOP_WORDS.contains(word))
            .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** The words of the card's title, its text and the premises it names ({@code assumes}). */
    private static Set<String> cardWords(Card card) {
        return words(card.title() + " " + card.text() + " " + String.join(" ", card.assumes()));
    }

    private static boolean matches(String assumption, Set<String> cardWords, Set<String> stressWords) {
        Set<String> said = words(assumption);
        if (said.stream().anyMatch(cardWords::contains)) {
            return true;
        }
        // Short vocabulary words ("ms") would not survive words(): look at every word of the assumption here.
        return Arrays.stream(NOT_A_WORD.split(assumption.toLowerCase(Locale.ROOT)))
            .map(Premises::stem)
            .anyMatch(stressWords::contains);
    }

    /** "labels" and "label" are one word; "loss", "bus", "qps" and a figure such as "50ms" keep their s. */
    private static String stem(String word) {
        boolean plural = word.length() > SHORTEST_WORD && word.endsWith("s") && !word.endsWith("ss");
        return plural && !HAS_DIGIT.matcher(word).find() ? word.substring(0, word.length() - 1) : word;
    }

    private static Set<String> stems(String... words) {
        return Arrays.stream(words).map(Premises::stem).collect(Collectors.toUnmodifiableSet());
    }

    private static Map<Stress, Set<String>> vocabulary() {
        Map<Stress, Set<String>> words = new EnumMap<>(Stress.class);
        words.put(Stress.LATENCY, stems("latency", "ms", "millisecond", "milliseconds", "p50", "p95", "p99", "p999",
            "slo", "sla", "realtime", "timeout", "response"));
        words.put(Stress.SCALE, stems("qps", "rps", "requests", "peak", "users", "traffic", "throughput", "volume",
            "load", "million", "billion", "growth", "events"));
        words.put(Stress.COST, stems("cost", "costs", "budget", "dollars", "spend", "gpu", "gpus", "cpu", "cheap",
            "expensive", "price", "compute", "money"));
        words.put(Stress.DATA_QUALITY, stems("quality", "noise", "noisy", "missing", "duplicates", "clean", "corrupt",
            "corrupted", "schema", "nulls", "outliers", "errors"));
        words.put(Stress.LABEL_DELAY, stems("label", "labels", "labelled", "labeled", "chargeback", "chargebacks",
            "delay", "delayed", "ground", "truth", "annotation", "annotations", "arrive", "day", "days"));
        words.put(Stress.DRIFT, stems("drift", "shift", "distribution", "seasonal", "seasonality", "stationary",
            "trend", "retrain", "retraining", "stale"));
        words.put(Stress.PRIVACY, stems("privacy", "pii", "gdpr", "consent", "personal", "anonymized", "anonymised",
            "encrypted", "retention", "sensitive", "compliance"));
        words.put(Stress.FEEDBACK_LOOPS, stems("loop", "loops", "feedback", "exposure", "position", "popularity",
            "selection", "counterfactual", "exploration"));
        words.put(Stress.HUMAN_OVERSIGHT, stems("human", "humans", "review", "reviewers", "analyst", "analysts",
            "moderators", "manual", "appeal", "appeals", "audit", "queue"));
        words.put(Stress.COLD_START, stems("cold", "history", "onboarding", "sparse", "unseen", "newcomers",
            "signup", "signups"));
        words.put(Stress.OUTAGE, stems("outage", "outages", "down", "downtime", "failure", "failover", "unavailable",
            "fallback", "region", "dependency", "availability", "uptime"));
        words.put(Stress.EVALUATION, stems("metric", "metrics", "evaluation", "offline", "online", "holdout",
            "precision", "recall", "auc", "baseline", "test"));
        return words;
    }
}
