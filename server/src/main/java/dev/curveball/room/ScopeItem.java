package dev.curveball.room;

import dev.curveball.protocol.view.ScopePointView;

/** One thing a complete answer covers, with whether the interviewer has ticked it off in this round. */
public record ScopeItem(String id, String area, String point, boolean covered) {

    ScopeItem ticked(boolean nowCovered) {
        return new ScopeItem(id, area, point, nowCovered);
    }

    ScopePointView view() {
        return new ScopePointView(id, area, point, covered);
    }
}
