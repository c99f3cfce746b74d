package dev.curveball.room;

import dev.curveball.protocol.view.AssumptionView.Status;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The report's "Assumptions" section (issue 15): the round's assumption log as a table, with how long the candidate
 * took to notice that a played twist broke each one, then the premises played twists broke that nobody stated.
 */
final class ReportAssumptions {
    private ReportAssumptions() {
    }

    /**
     * Writes the section, or nothing when the round has no assumption and played no card that names a premise.
     *
     * @param withPremises whether the reader may see the premises the played cards name (the deck's, so the
     *                     interviewer's side, and everyone once the round is done)
     */
    static void section(StringBuilder md, Round round, boolean withPremises) {
        List<Card> played = round.deck().stream().filter(card -> card.played() != null)
            .sorted(Comparator.comparingLong(card -> card.played().at())).toList();
        boolean premises = played.stream().anyMatch(card -> !card.assumes().isEmpty());
        if (round.assumptions().isEmpty() && !premises) {
            return;
        }
        md.append("## Assumptions\n\n");
        table(md, round);
        if (withPremises && premises) {
            neverStated(md, round, played);
        }
    }

    private static void table(StringBuilder md, Round round) {
        if (round.assumptions().isEmpty()) {
            md.append("_No assumption was stated._\n\n");
            return;
        }
        md.append("| Assumption | Stated | Status | Broken by | Noticed after |\n| --- | --- | --- | --- | --- |\n");
        for (Assumption assumption : round.assumptions()) {
            Optional<Card> twist = assumption.twist() == null ? Optional.empty() : round.card(assumption.twist());
            md.append("| ").append(RoundReport.cell(assumption.text()))
                .append(" | ").append(RoundReport.clock(assumption.stated().elapsedMs())).append(" · ")
                .append(RoundReport.cell(assumption.stated().phase()))
                .append(" | ").append(status(round, assumption))
                .append(" | ").append(twist.map(card -> RoundReport.cell(card.title())).orElse("—"))
                .append(" | ").append(twist.map(card -> noticedAfter(assumption, card)).orElse("—"))
                .append(" |\n");
        }
        md.append('\n');
    }

    private static String status(Round round, Assumption assumption) {
        String status = assumption.status().name().toLowerCase(Locale.ROOT);
        if (assumption.status() == Status.HELD && assumption.fact() != null) {
            return status + round.clarifications().stream().filter(c -> c.id().equals(assumption.fact()))
                .findFirst().map(c -> " (" + RoundReport.cell(c.question()) + ")").orElse("");
        }
        return status;
    }

    /**
     * From the card's play to the candidate's word that it broke the assumption, or to their rewording of it after
     * the play, whichever came first; "not noticed" when neither happened.
     */
    private static String noticedAfter(Assumption assumption, Card card) {
        if (card.played() == null) {
            return "—";
        }
        long playedAt = card.played().at();
        long first = Long.MAX_VALUE;
        if (assumption.noticedAt() != null) {
            first = assumption.noticedAt();
        }
        if (assumption.revisedAt() != null && assumption.revisedAt() > playedAt) {
            first = Math.min(first, assumption.revisedAt());
        }
        return first == Long.MAX_VALUE ? "not noticed" : minutes(first - playedAt);
    }

    /** Premises the played cards name that no assumption of the round shares a word with (Premises' matching). */
    private static void neverStated(StringBuilder md, Round round, List<Card> played) {
        List<String> lines = new ArrayList<>();
        for (Card card : played) {
            for (String premise : card.assumes()) {
                boolean stated = round.assumptions().stream()
                    .anyMatch(assumption -> Premises.sameSubject(assumption.text(), premise));
                if (!stated) {
                    lines.add("- " + RoundReport.line(premise) + " (" + RoundReport.line(card.title()) + ")\n");
                }
            }
        }
        md.append("Premises a twist broke that were never stated:");
        if (lines.isEmpty()) {
            md.append(" none.\n\n");
            return;
        }
        md.append("\n\n");
        lines.forEach(md::append);
        md.append('\n');
    }

    /** A short duration as m:ss (minutes not padded, as a stopwatch reads). */
    static String minutes(long ms) {
        long seconds = Math.max(0, ms) / 1000;
        return String.format(Locale.ROOT, "%d:%02d", seconds / 60, seconds % 60);
    }
}
