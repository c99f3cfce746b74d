package dev.curveball.room;

import dev.curveball.protocol.view.PhaseView;

/** One phase of a round's plan: clarify, high-level design, deep dive, wrap-up… */
public record Phase(String name, long durationMs) {

    public PhaseView view() {
        return new PhaseView(name, durationMs);
    }
}
