package dev.curveball.durable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BackoffTest {

    @Test
    void waitsOneSecondAfterTheFirstFailureThenDoublesUpToHalfAMinute() {
        Backoff backoff = new Backoff();
        List<Long> waits = new ArrayList<>();
        long now = 0;
        for (int i = 0; i < 8; i++) {
            long wait = backoff.failed(now);
            waits.add(wait);
            now += wait;
        }

        assertEquals(List.of(1_000L, 2_000L, 4_000L, 8_000L, 16_000L, 30_000L, 30_000L, 30_000L), waits);
    }

    @Test
    void anAttemptBeforeTheWaitIsOverIsTooEarlyAndASuccessEndsTheRun() {
        Backoff backoff = new Backoff();
        assertFalse(backoff.tooEarly(0), "nothing failed yet");

        backoff.failed(10_000);

        assertTrue(backoff.tooEarly(10_999));
        assertFalse(backoff.tooEarly(11_000));
        assertEquals(10_000, backoff.failingSince());
        assertTrue(backoff.succeeded(), "the success ended a run of failures");
        assertFalse(backoff.succeeded(), "a second success ends nothing");
        assertFalse(backoff.tooEarly(11_000));
        assertEquals(1_000, backoff.failed(20_000), "a new run starts from one second");
    }
}
