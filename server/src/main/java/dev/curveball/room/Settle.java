package dev.curveball.room;

import dev.curveball.protocol.RoomEvent.TimerChange;
import dev.curveball.protocol.view.TimerView.State;
import java.util.Optional;

/**
 * Time-driven rules: cards scheduled for a minute of running time, and phases that move on by themselves when
 * auto-advance is on. {@link Room#apply} settles whatever is due at {@code now} before handling any command, each
 * at the exact moment it fell due, so the state alone decides that a scheduled card plays once; which node's tick
 * happened to arrive first does not matter.
 */
final class Settle {
    private Settle() {
    }

    static RoomState due(RoomState state, Changes changes) {
        RoomState settled = state;
        // Each pass plays a card or ends a phase, so this ends; the bound only guards against a broken invariant.
        for (int pass = 0; pass <= settled.round().deck().size() + settled.timer().phases().size(); pass++) {
            Timer timer = settled.timer();
            if (!settled.round().running() || timer.state() != State.RUNNING) {
                return settled;
            }
            long advanceAt = settled.settings().autoAdvance() && !timer.lastPhase()
                ? timer.phaseEndsAt()
                : Long.MAX_VALUE;
            Optional<Card> card = settled.round().deck().stream()
                .filter(c -> c.played() == null && c.schedule() != null && c.schedule().atMinute() != null)
                .min(java.util.Comparator.comparingLong(c -> c.schedule().atMs()));
            long cardAt = card.map(c -> timer.reachesElapsedAt(c.schedule().atMs())).orElse(Long.MAX_VALUE);
            if (Math.min(advanceAt, cardAt) > changes.now()) {
                return settled;
            }
            settled = cardAt <= advanceAt
                ? TwistRules.playAt(settled, card.get().id(), cardAt, changes)
                : TimerRules.toPhase(settled, timer.phase() + 1, advanceAt, TimerChange.ADVANCED, null, changes);
        }
        return settled;
    }
}
