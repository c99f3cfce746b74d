package dev.curveball.room;

import dev.curveball.protocol.Stress;
import dev.curveball.protocol.view.CardView;
import dev.curveball.protocol.view.TimelineEntry;

/**
 * A twist card in a round's deck. Its text and guidance belong to the interviewer's side until it is played; the
 * guidance stays there always.
 *
 * @param schedule when the server will play it, or null
 * @param played   when it was played, or null
 */
public record Card(String id, Stress stress, String title, String text, String guidance, Schedule schedule,
                   Moment played) {

    Card scheduled(Schedule newSchedule) {
        return new Card(id, stress, title, text, guidance, newSchedule, played);
    }

    Card play(Moment moment) {
        return new Card(id, stress, title, text, guidance, null, moment);
    }

    public CardView view() {
        return new CardView(id, stress.wireName(), title, text, guidance,
            schedule == null ? null : schedule.view(), played == null ? null : played.view());
    }

    /** What everyone sees once it is played: never the guidance. */
    TimelineEntry entry() {
        return new TimelineEntry("twist", id, stress.wireName(), title, text, played.at(), played.elapsedMs(),
            played.phase());
    }
}
