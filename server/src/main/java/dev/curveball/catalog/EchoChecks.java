package dev.curveball.catalog;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A card must change an assumption, not repeat what the interviewer could already answer. This catches the plain
 * case, a card written by pasting a clarification answer: when most of a card's words and numbers appear in one answer
 * of the same prompt, it is reported. It cannot judge meaning, so the bar is set well above every card of the catalog
 * (the highest shares about 45% of its words with an answer) and a card that restates an answer in other words still
 * has to be caught by reading the deck.
 */
final class EchoChecks {
    /** Above this share of a card's distinct words found in one answer, the card is an echo of the answer. */
    static final double MAX_SHARED = 0.6;
    /** Words of four letters or more, numbers (with their separators and a percent sign) and placeholders. */
    private static final Pattern WORD = Pattern.compile("\\{\\{\\w+}}|\\d[\\d,.]*\\d%?|\\d%?|\\p{L}{4,}");

    private EchoChecks() {
    }

    static void check(Fields fields, Prompt prompt) {
        if (prompt.twists() == null || prompt.clarifications() == null) {
            return;
        }
        for (int i = 0; i < prompt.twists().size(); i++) {
            Twist twist = prompt.twists().get(i);
            if (twist != null && twist.text() != null) {
                check(fields, Problems.at("twists", i) + ".text", words(twist.text()), prompt.clarifications());
            }
        }
    }

    private static void check(Fields fields, String field, Set<String> card, List<Clarification> clarifications) {
        if (card.isEmpty()) {
            return;
        }
        for (int c = 0; c < clarifications.size(); c++) {
            Clarification clarification = clarifications.get(c);
            if (clarification == null || clarification.answer() == null) {
                continue;
            }
            Set<String> shared = new HashSet<>(card);
            shared.retainAll(words(clarification.answer()));
            double share = (double) shared.size() / card.size();
            if (share > MAX_SHARED) {
                fields.add(field, Math.round(share * 100) + "% of its words are in " + Problems.at("clarifications", c)
                    + ".answer; a card changes an assumption instead of repeating an answer the interviewer can give");
                return;
            }
        }
    }

    static Set<String> words(String text) {
        Set<String> words = new HashSet<>();
        Matcher matcher = WORD.matcher(text);
        while (matcher.find()) {
            words.add(matcher.group().toLowerCase(Locale.ROOT));
        }
        return words;
    }
}
