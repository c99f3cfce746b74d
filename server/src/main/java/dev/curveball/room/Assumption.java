package dev.curveball.room;

import dev.curveball.protocol.view.AssumptionView;
import dev.curveball.protocol.view.AssumptionView.Status;

/**
 * One entry of a round's assumption log: a premise someone stated, and what became of it. Everyone in the room reads
 * the whole log.
 *
 * @param stated    when it was stated, as a timeline moment
 * @param twist     the played card that overturned it, or null
 * @param fact      the revealed clarification that holds it, or null
 * @param noticedAt when the candidate said a twist broke it, or null
 * @param revisedAt when its author last reworded it, or null
 */
public record Assumption(String id, String text, String by, Moment stated, Status status, String twist, String fact,
                         Long noticedAt, Long revisedAt) {

    static Assumption stated(String id, String text, String by, Moment stated) {
        return new Assumption(id, text, by, stated, Status.OPEN, null, null, null, null);
    }

    Assumption edited(String newText, long at) {
        return new Assumption(id, newText, by, stated, status, twist, fact, noticedAt, at);
    }

    Assumption withdrawn() {
        return new Assumption(id, text, by, stated, Status.WITHDRAWN, twist, fact, noticedAt, revisedAt);
    }

    /** The candidate's own word that {@code card} broke it. */
    Assumption noticed(String card, long at) {
        return new Assumption(id, text, by, stated, Status.OVERTURNED, card, fact, at, revisedAt);
    }

    /** The interviewer's word that {@code card} broke it. */
    Assumption overturned(String card) {
        return new Assumption(id, text, by, stated, Status.OVERTURNED, card, fact, noticedAt, revisedAt);
    }

    Assumption held(String clarification) {
        return new Assumption(id, text, by, stated, Status.HELD, twist, clarification, noticedAt, revisedAt);
    }

    public AssumptionView view() {
        return new AssumptionView(id, text, by, stated.at(), stated.elapsedMs(), stated.phase(), status, twist, fact,
            noticedAt, revisedAt);
    }
}
