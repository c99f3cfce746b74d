package dev.curveball.room;

import dev.curveball.protocol.view.ScheduleView;

/** When the server plays a card by itself: at a minute of running time, or when a phase starts. One is set. */
public record Schedule(Integer atMinute, Integer atPhase) {

    long atMs() {
        return atMinute * 60_000L;
    }

    public ScheduleView view() {
        return new ScheduleView(atMinute, atPhase);
    }
}
