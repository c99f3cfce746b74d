package dev.curveball.protocol.view;

/** When a card plays by itself: at a minute of the round's running time, or when a phase starts. One is set. */
public record ScheduleView(Integer atMinute, Integer atPhase) {
}
