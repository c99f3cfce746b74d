package dev.curveball.room;

import dev.curveball.protocol.Stress;
import dev.curveball.protocol.view.CardView;
import dev.curveball.protocol.view.TimelineEntry;
import dev.curveball.protocol.view.WhenView;
import java.util.Comparator;
import java.util.List;

/**
 * A twist card in a round's deck. Its text and guidance belong to the interviewer's side until it is played; the
 * guidance, {@code when}, {@code probe} and {@code core} stay there always.
 *
 * @param schedule when the server will play it, or null
 * @param played   when it was played, or null
 * @param when     when it is best played, or null
 * @param probe    the follow-up question to ask once it is played, or null
 * @param core     one of the problem's central tensions: shown first, suggested at its {@code when}
 */
public record Card(String id, Stress stress, String title, String text, String guidance, Schedule schedule,
                   Moment played, WhenView when, String probe, boolean core) {

    /** Core cards first, otherwise in the order given: what a short round should reach for first. */
    static final Comparator<Card> CORE_FIRST = Comparator.comparing(card -> !card.core());

    public Card(String id, Stress stress, String title, String text, String guidance, Schedule schedule,
                Moment played) {
        this(id, stress, title, text, guidance, schedule, played, null, null, false);
    }

    static List<Card> coreFirst(List<Card> deck) {
        return deck.stream().sorted(CORE_FIRST).toList();
    }

    Card scheduled(Schedule newSchedule) {
        return new Card(id, stress, title, text, guidance, newSchedule, played, when, probe, core);
    }

    Card play(Moment moment) {
        return new Card(id, stress, title, text, guidance, null, moment, when, probe, core);
    }

    public CardView view() {
        return new CardView(id, stress.wireName(), title, text, guidance,
            schedule == null ? null : schedule.view(), played == null ? null : played.view(), when, probe, core);
    }

    /** What everyone sees once it is played: never the guidance, the advice on when, the probe or the core mark. */
    TimelineEntry entry() {
        return new TimelineEntry("twist", id, stress.wireName(), title, text, played.at(), played.elapsedMs(),
            played.phase());
    }
}
