package dev.curveball.room;

import dev.curveball.protocol.view.ClarificationView;
import dev.curveball.protocol.view.TimelineEntry;

/**
 * A clarifying question a strong candidate asks, with the interviewer's answer. Question and answer stay on the
 * interviewer's side until revealed.
 *
 * @param revealed when the interviewer revealed it to the room, or null
 */
public record Clarification(String id, String question, String answer, Moment revealed) {

    Clarification reveal(Moment moment) {
        return new Clarification(id, question, answer, moment);
    }

    public ClarificationView view() {
        return new ClarificationView(id, question, answer, revealed != null);
    }

    TimelineEntry entry() {
        return new TimelineEntry("fact", id, null, question, answer, revealed.at(), revealed.elapsedMs(),
            revealed.phase());
    }
}
