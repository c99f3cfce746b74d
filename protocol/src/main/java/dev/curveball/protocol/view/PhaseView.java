package dev.curveball.protocol.view;

/** One phase of a round's plan: its name and planned length. */
public record PhaseView(String name, long durationMs) {
}
