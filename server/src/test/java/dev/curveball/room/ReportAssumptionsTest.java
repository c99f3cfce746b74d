package dev.curveball.room;

import static dev.curveball.room.RoomFixture.HOST_TOKEN;
import static dev.curveball.room.RoomFixture.INVITE_TOKEN;
import static dev.curveball.room.RoomFixture.T0;
import static dev.curveball.room.RoomFixture.applied;
import static dev.curveball.room.RoomFixture.join;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.curveball.protocol.AssumptionMessages.AssumptionAdd;
import dev.curveball.protocol.AssumptionMessages.AssumptionEdit;
import dev.curveball.protocol.AssumptionMessages.AssumptionHold;
import dev.curveball.protocol.AssumptionMessages.AssumptionNotice;
import dev.curveball.protocol.AssumptionMessages.AssumptionOverturn;
import dev.curveball.protocol.AssumptionMessages.AssumptionWithdraw;
import dev.curveball.protocol.ClientMessage.RoomCommand;
import dev.curveball.protocol.Mode;
import dev.curveball.protocol.Role;
import dev.curveball.protocol.RoundMessages.RoundClose;
import dev.curveball.protocol.RoundMessages.RoundEnd;
import dev.curveball.protocol.Stress;
import dev.curveball.protocol.TimerMessages.TimerNext;
import dev.curveball.protocol.TimerMessages.TimerStart;
import dev.curveball.protocol.TwistMessages.FactReveal;
import dev.curveball.protocol.TwistMessages.TwistPlay;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The report's "Assumptions" section over a real round: A interviews B, C observes. B states five assumptions; a
 * revealed fact holds one, card t1 ("Labels arrive late", played at 10:00) is noticed by B after 1:05, card t2
 * ("Traffic doubles", played at 12:00) breaks one that B rewords 40 s later and one nobody notices, and B withdraws
 * one. Card t3 is never played.
 */
class ReportAssumptionsTest {
    private static final long MIN = 60_000;
    private static final long SEC = 1_000;

    @Test
    void theTableShowsEachAssumptionWhenItWasStatedWhatBecameOfItAndHowLongTheCandidateTookToNotice() {
        String report = report(played(), "C");

        assertTrue(report.contains("## Assumptions\n\n"
            + "| Assumption | Stated | Status | Broken by | Noticed after |\n"
            + "| --- | --- | --- | --- | --- |\n"
            + "| labels arrive within a day | 01:00 · Clarify | overturned | Labels arrive late | 1:05 |\n"
            + "| scores may be five minutes stale | 02:00 · Clarify | held (How fresh must scores be?) | — | — |\n"
            + "| one region is enough | 03:00 · Clarify | overturned | Traffic doubles | not noticed |\n"
            + "| peak is 16k payments/s | 05:00 · High-level design | overturned | Traffic doubles | 0:40 |\n"
            + "| we retrain weekly \\| nightly | 06:00 · High-level design | withdrawn | — | — |\n\n"), report);
    }

    @Test
    void premisesAPlayedTwistBrokeThatNobodyStatedAreListedWithTheirCard() {
        String report = report(applied(played(), act("A", new RoundClose(null)), T0 + 25 * MIN).state(), "B");

        assertTrue(report.contains("Premises a twist broke that were never stated:\n\n"
            + "- issuers report fraud quickly (Labels arrive late)\n"
            + "- the feature store is sized for today (Traffic doubles)\n\n"), report);
        assertFalse(report.contains("fraud labels arrive within days"), "stated in other words as a1: " + report);
        assertFalse(report.contains("peak stays near 8,000 payments/s"), "stated as a4: " + report);
        assertFalse(report.contains("PREMISE-t3"), "an unplayed card's premises never: " + report);
    }

    @Test
    void theCardsPremisesReachTheCandidateSideOnlyOnceTheRoundIsDone() {
        RoomState ended = played();

        assertTrue(report(ended, "A").contains("- issuers report fraud quickly (Labels arrive late)"),
            "the interviewer reads them at once");
        for (String reader : List.of("B", "C")) {
            String report = report(ended, reader);
            assertTrue(report.contains("| labels arrive within a day |"), "the log is everyone's: " + report);
            assertFalse(report.contains("issuers report fraud quickly"), reader + " before done: " + report);
        }
    }

    @Test
    void aRoundWithoutAssumptionsAndWithoutAPlayedPremiseHasNoSection() {
        RoomState room = applied(running(), act("A", new TwistPlay(null, "t4")), T0 + MIN).state();

        assertFalse(report(room, "A").contains("## Assumptions"), report(room, "A"));
    }

    @Test
    void aPlayedPremiseWithNoAssumptionStatedStillShowsTheSection() {
        RoomState room = applied(running(), act("A", new TwistPlay(null, "t1")), T0 + MIN).state();

        String report = report(room, "A");

        assertTrue(report.contains("## Assumptions\n\n_No assumption was stated._\n\n"
            + "Premises a twist broke that were never stated:\n\n"
            + "- fraud labels arrive within days (Labels arrive late)\n"
            + "- issuers report fraud quickly (Labels arrive late)\n\n"), report);
    }

    @Test
    void everyPremiseStatedReadsNone() {
        RoomState room = running();
        room = applied(room, act("B", new AssumptionAdd(null, "fraud is reported by issuers within days")),
            T0 + MIN).state();
        room = applied(room, act("A", new TwistPlay(null, "t1")), T0 + 2 * MIN).state();

        assertTrue(report(room, "A").contains("Premises a twist broke that were never stated: none.\n\n"),
            report(room, "A"));
    }

    // A round played from the lobby; each step builds on the one before.

    private static RoomState running() {
        RoomState room = RoomFixture.newRoom(Role.INTERVIEWER, Mode.GROUP, material());
        for (String who : List.of("A", "B", "C")) {
            room = applied(room, join(who, who.equals("A") ? HOST_TOKEN : INVITE_TOKEN), T0).state();
        }
        return applied(room, act("A", new TimerStart(null)), T0).state();
    }

    /** Ended at 20:00, not closed. */
    private static RoomState played() {
        RoomState room = running();
        room = step(room, "B", new AssumptionAdd(null, "labels arrive within a day"), MIN);
        room = step(room, "B", new AssumptionAdd(null, "scores may be five minutes stale"), 2 * MIN);
        room = step(room, "A", new FactReveal(null, "q1"), 2 * MIN + 30 * SEC);
        room = step(room, "A", new AssumptionHold(null, "a2", "q1"), 2 * MIN + 40 * SEC);
        room = step(room, "B", new AssumptionAdd(null, "one region is enough"), 3 * MIN);
        room = step(room, "A", new TimerNext(null), 4 * MIN + 30 * SEC);
        room = step(room, "B", new AssumptionAdd(null, "peak is 8k payments/s"), 5 * MIN);
        room = step(room, "B", new AssumptionAdd(null, "we retrain weekly | nightly"), 6 * MIN);
        room = step(room, "B", new AssumptionWithdraw(null, "a5"), 7 * MIN);
        room = step(room, "A", new TwistPlay(null, "t1"), 10 * MIN);
        room = step(room, "B", new AssumptionNotice(null, "a1", "t1"), 11 * MIN + 5 * SEC);
        room = step(room, "A", new TwistPlay(null, "t2"), 12 * MIN);
        room = step(room, "B", new AssumptionEdit(null, "a4", "peak is 16k payments/s"), 12 * MIN + 40 * SEC);
        room = step(room, "A", new AssumptionOverturn(null, "a4", "t2"), 13 * MIN);
        room = step(room, "A", new AssumptionOverturn(null, "a3", "t2"), 14 * MIN);
        return step(room, "A", new RoundEnd(null), 20 * MIN);
    }

    private static RoomState step(RoomState room, String by, RoomCommand command, long at) {
        return applied(room, act(by, command), T0 + at).state();
    }

    private static Command.Act act(String by, RoomCommand command) {
        return Command.by(by, command);
    }

    private static RoundMaterial material() {
        return new RoundMaterial("card-fraud", new Prompt("Card fraud", "Design card fraud detection.", false),
            List.of(new Phase("Clarify", 5 * MIN), new Phase("High-level design", 15 * MIN),
                new Phase("Deep dive", 20 * MIN), new Phase("Wrap-up", 5 * MIN)),
            List.of(card("t1", Stress.LABEL_DELAY, "Labels arrive late", "Chargebacks now take 90 days.",
                    List.of("fraud labels arrive within days", "issuers report fraud quickly")),
                card("t2", Stress.SCALE, "Traffic doubles", "A partner bank moves its cards to us next week.",
                    List.of("peak stays near 8,000 payments/s", "the feature store is sized for today")),
                card("t3", Stress.PRIVACY, "No raw card numbers", "Legal forbids storing raw card numbers.",
                    List.of("PREMISE-t3 we may keep card numbers")),
                card("t4", Stress.OUTAGE, "Feature store down", "The feature store is down for an hour.", List.of())),
            List.of(new Clarification("q1", "How fresh must scores be?", "Five minutes is fine.", null)));
    }

    private static Card card(String id, Stress stress, String title, String text, List<String> assumes) {
        return new Card(id, stress, title, text, "GUIDANCE-" + id, null, null, null, null, false, null, assumes);
    }

    private static String report(RoomState state, String reader) {
        return RoundReport.markdown(state, 1, reader).orElseThrow();
    }
}
