package dev.curveball.room;

import dev.curveball.protocol.ErrorCode;
import dev.curveball.protocol.Stress;
import dev.curveball.protocol.view.DeckFile;
import dev.curveball.protocol.view.WhenView;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Cards and clarifications written by people (one card, or a deck file): checked field by field so that a bad file
 * is refused with the first wrong field named, and given the round's next free ids.
 */
final class Cards {
    /**
     * At most this many premises ({@code assumes}) per card, as in the catalog: a card overturns one assumption, which
     * a candidate may state in a few different words.
     */
    static final int MAX_PREMISES = 4;

    private Cards() {
    }

    /**
     * The first problem with a card draft, named by its field under {@code at}, or empty when it is fine: a field
     * over its limit is {@code too-large}, any other problem {@code bad-message}.
     */
    static Optional<Outcome.Rejected> problem(DeckFile.CardDraft card, String at, RoomLimits limits) {
        if (card == null) {
            return bad(at + ": must be an object {stress, title, text, guidance, when, probe, core, assumes}");
        }
        if (card.stress() == null || Stress.ofWireName(card.stress()).isEmpty()) {
            return bad(at + ".stress: " + (card.stress() == null ? "missing" : "\"" + card.stress()
                + "\" is not a stress") + "; use one of " + Arrays.stream(Stress.values()).map(Stress::wireName)
                .collect(Collectors.joining(", ")));
        }
        return text(card.title(), at + ".title", limits.maxTitleLength(), true)
            .or(() -> text(card.text(), at + ".text", limits.maxCardChars(), true))
            .or(() -> text(card.guidance(), at + ".guidance", limits.maxCardChars(), false))
            .or(() -> text(card.probe(), at + ".probe", limits.maxCardChars(), false))
            .or(() -> card.when() == null ? Optional.empty()
                : text(card.when().phase(), at + ".when.phase", limits.maxTitleLength(), true)
                    .or(() -> text(card.when().after(), at + ".when.after", limits.maxTitleLength(), false)))
            .or(() -> premises(card.assumes(), at + ".assumes", limits.maxCardChars()));
    }

    /** Optional; when given, at most {@link #MAX_PREMISES} phrases, each present and within {@code maxChars}. */
    private static Optional<Outcome.Rejected> premises(List<String> premises, String at, int maxChars) {
        if (premises == null) {
            return Optional.empty();
        }
        if (premises.size() > MAX_PREMISES) {
            return Optional.of(Room.reject(ErrorCode.TOO_LARGE, at + ": at most " + MAX_PREMISES + " premises"));
        }
        for (int i = 0; i < premises.size(); i++) {
            Optional<Outcome.Rejected> problem = text(premises.get(i), at + "[" + i + "]", maxChars, true);
            if (problem.isPresent()) {
                return problem;
            }
        }
        return Optional.empty();
    }

    static Optional<Outcome.Rejected> problem(DeckFile.ClarificationDraft clarification, String at, int maxChars) {
        if (clarification == null) {
            return bad(at + ": must be an object {question, answer}");
        }
        return text(clarification.question(), at + ".question", maxChars, true)
            .or(() -> text(clarification.answer(), at + ".answer", maxChars, true));
    }

    /** The first problem with a deck file, or empty when every card and clarification in it is fine. */
    static Optional<Outcome.Rejected> problem(DeckFile deck, RoomLimits limits) {
        List<DeckFile.CardDraft> twists = deck.twists() == null ? List.of() : deck.twists();
        List<DeckFile.ClarificationDraft> clarifications =
            deck.clarifications() == null ? List.of() : deck.clarifications();
        if (twists.isEmpty() && clarifications.isEmpty()) {
            return bad("deck: holds no twists and no clarifications");
        }
        for (int i = 0; i < twists.size(); i++) {
            Optional<Outcome.Rejected> problem = problem(twists.get(i), "deck.twists[" + i + "]", limits);
            if (problem.isPresent()) {
                return problem;
            }
        }
        for (int i = 0; i < clarifications.size(); i++) {
            Optional<Outcome.Rejected> problem = problem(clarifications.get(i), "deck.clarifications[" + i + "]",
                limits.maxCardChars());
            if (problem.isPresent()) {
                return problem;
            }
        }
        return Optional.empty();
    }

    static List<Card> added(List<Card> deck, List<DeckFile.CardDraft> drafts) {
        List<Card> more = new ArrayList<>(deck);
        int next = nextNumber(deck.stream().map(Card::id).toList(), "t");
        for (DeckFile.CardDraft draft : drafts) {
            more.add(new Card("t" + next++, Stress.ofWireName(draft.stress()).orElseThrow(), draft.title().strip(),
                draft.text().strip(), draft.guidance() == null ? "" : draft.guidance().strip(), null, null,
                when(draft.when()), blankToNull(draft.probe()), Boolean.TRUE.equals(draft.core()), null,
                premises(draft.assumes())));
        }
        return Card.coreFirst(more);
    }

    static List<Clarification> addedClarifications(List<Clarification> existing,
                                                   List<DeckFile.ClarificationDraft> drafts) {
        List<Clarification> more = new ArrayList<>(existing);
        int next = nextNumber(existing.stream().map(Clarification::id).toList(), "q");
        for (DeckFile.ClarificationDraft draft : drafts) {
            more.add(new Clarification("q" + next++, draft.question().strip(), draft.answer().strip(), null));
        }
        return more;
    }

    private static List<String> premises(List<String> premises) {
        return premises == null ? List.of() : premises.stream().map(String::strip).toList();
    }

    private static WhenView when(WhenView when) {
        return when == null ? null : new WhenView(when.phase().strip(), blankToNull(when.after()));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static int nextNumber(List<String> ids, String prefix) {
        int highest = 0;
        for (String id : ids) {
            if (id.startsWith(prefix)) {
                try {
                    highest = Math.max(highest, Integer.parseInt(id.substring(prefix.length())));
                } catch (NumberFormatException ignored) {
                    // an id of another shape never collides with ours
                }
            }
        }
        return highest + 1;
    }

    private static Optional<Outcome.Rejected> text(String value, String field, int max, boolean required) {
        if (value == null || value.isBlank()) {
            return required ? bad(field + ": missing or blank") : Optional.empty();
        }
        return value.length() > max
            ? Optional.of(Room.reject(ErrorCode.TOO_LARGE, field + ": at most " + max + " characters"))
            : Optional.empty();
    }

    private static Optional<Outcome.Rejected> bad(String message) {
        return Optional.of(Room.reject(ErrorCode.BAD_MESSAGE, message));
    }
}
