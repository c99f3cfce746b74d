package dev.curveball.room;

import dev.curveball.protocol.view.RatingView;
import dev.curveball.protocol.view.Stage;
import dev.curveball.protocol.view.TimelineEntry;
import dev.curveball.protocol.view.TimerView;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The Markdown report of one round, as one participant may read it. It is built from the round's public parts only
 * (prompt, seats, phase log, timeline, assumption log, notes), plus the scorecard for its author or once shared and
 * the candidate's feedback for its author or once shared, and the prompt's guide for the interviewer or once the round
 * is done. Of the deck and the clarifications it reads only what the room already saw (a played card's title, a
 * revealed clarification's question, both in the timeline) and, like the guide, the premises a played card names
 * ({@code assumes}): for the interviewer, or once the round is done. So an unplayed card, a guidance or an unrevealed
 * answer cannot reach a report.
 */
public final class RoundReport {
    private RoundReport() {
    }

    /**
     * The report of round {@code roundNumber} as {@code participantId} may read it; empty when the room has no such
     * round or it is still in its lobby.
     */
    public static Optional<String> markdown(RoomState state, int roundNumber, String participantId) {
        return markdown(state, roundNumber, participantId, ReportRubric.NONE);
    }

    /**
     * The same, with the rubric's partial-credit rule and verdict table next to the scorecard. The prompt's guide
     * (scope points with their ticks, strong answer, common mistakes) is in it for the round's interviewer, and for
     * everyone once the round is done.
     */
    public static Optional<String> markdown(RoomState state, int roundNumber, String participantId,
                                            ReportRubric rubric) {
        Optional<Round> found = state.round(roundNumber);
        if (found.isEmpty() || found.get().stage() == Stage.LOBBY) {
            return Optional.empty();
        }
        Round round = found.get();
        boolean current = round.number() == state.round().number();
        StringBuilder md = new StringBuilder();
        header(md, state, round);
        prompt(md, round);
        phases(md, round, current ? state.timer() : null);
        timeline(md, round);
        ReportAssumptions.section(md, round, round.done() || isSeat(round.interviewer(), participantId));
        notes(md, round, current ? state.notes().shared().text() : null);
        if (round.guide() != null && (round.done() || isSeat(round.interviewer(), participantId))) {
            ReportGuide.guide(md, round.guide());
        }
        if (round.scorecard().shared() || isSeat(round.interviewer(), participantId)) {
            scorecard(md, round.scorecard());
            ReportGuide.verdict(md, round.scorecard(), rubric);
        }
        if (round.feedback().shared() || isSeat(round.candidate(), participantId)) {
            feedback(md, round.feedback());
        }
        return Optional.of(md.toString());
    }

    private static void header(StringBuilder md, RoomState state, Round round) {
        md.append("# Round ").append(round.number()).append(": ").append(line(round.prompt().title())).append("\n\n");
        md.append("- Room: ").append(line(state.title())).append('\n');
        md.append("- Date: ").append(Instant.ofEpochMilli(round.startedAt()).truncatedTo(ChronoUnit.SECONDS))
            .append('\n');
        md.append("- Interviewer: ").append(seatName(round.interviewer())).append('\n');
        md.append("- Candidate: ").append(seatName(round.candidate())).append('\n');
        md.append("- Stage: ").append(round.stage().name().toLowerCase(Locale.ROOT)).append("\n\n");
    }

    /** The prompt as drawn, quoted line by line so that its own Markdown stays inside the quote. */
    private static void prompt(StringBuilder md, Round round) {
        md.append("## Prompt\n\n");
        String text = round.prompt().text();
        if (text == null || text.isBlank()) {
            md.append("_No prompt text._\n\n");
            return;
        }
        for (String line : text.strip().split("\\R", -1)) {
            md.append(line.isBlank() ? ">" : "> " + line).append('\n');
        }
        md.append('\n');
    }

    /**
     * Actual time per phase name, summed over the phase log in order of first appearance. Planned lengths are kept
     * only for the current round (the timer's plan), so past rounds show the actual time alone.
     *
     * @param timer the room's timer when this is the current round, else null
     */
    private static void phases(StringBuilder md, Round round, Timer timer) {
        md.append("## Phases\n\n");
        Map<String, Long> actual = new LinkedHashMap<>();
        String underWay = null;
        for (PhaseSpan span : round.phaseLog()) {
            long spent = 0;
            if (span.endMs() != null) {
                spent = span.endMs() - span.startMs();
            } else if (timer != null && timer.state() != TimerView.State.RUNNING) {
                spent = timer.elapsedMs() - span.startMs();
            } else {
                underWay = span.phase();
            }
            actual.merge(span.phase(), Math.max(0, spent), Long::sum);
        }
        if (timer != null) {
            timer.phases().forEach(p -> actual.putIfAbsent(p.name(), null));
        }
        md.append(timer != null
            ? "| Phase | Planned | Actual |\n| --- | --- | --- |\n"
            : "| Phase | Actual |\n| --- | --- |\n");
        long total = 0;
        for (Map.Entry<String, Long> phase : actual.entrySet()) {
            md.append("| ").append(cell(phase.getKey())).append(" | ");
            if (timer != null) {
                md.append(timer.phases().stream().filter(p -> p.name().equals(phase.getKey())).findFirst()
                    .map(p -> clock(p.durationMs())).orElse("—")).append(" | ");
            }
            md.append(actualCell(phase.getValue(), phase.getKey().equals(underWay))).append(" |\n");
            total += phase.getValue() == null ? 0 : phase.getValue();
        }
        md.append('\n');
        if (underWay == null && !round.phaseLog().isEmpty()) {
            md.append("Running time: ").append(clock(total)).append("\n\n");
        }
    }

    /** The actual time of a phase, as far as the state knows it: a running timer's open span has no end yet. */
    private static String actualCell(Long spent, boolean underWay) {
        if (underWay) {
            return spent == null || spent == 0 ? "under way" : clock(spent) + " + under way";
        }
        return spent == null ? "—" : clock(spent);
    }

    private static String kindOf(TimelineEntry entry) {
        return switch (entry.kind()) {
            case "twist" -> "Twist (" + entry.stress() + ")";
            case RoundRules.SEATS_ENTRY -> "Seats";
            default -> "Fact";
        };
    }

    private static void timeline(StringBuilder md, Round round) {
        md.append("## Timeline\n\n");
        if (round.timeline().isEmpty()) {
            md.append("_Nothing was played or revealed._\n\n");
            return;
        }
        for (TimelineEntry entry : round.timeline()) {
            md.append("- ").append(clock(entry.elapsedMs())).append(" · ").append(line(entry.phase())).append(" · ")
                .append(kindOf(entry)).append(": **")
                .append(line(entry.title())).append("**: ").append(line(entry.text())).append('\n');
        }
        md.append('\n');
    }

    /**
     * The notes the round closed with; for the current round before it closes, the shared notes as they stand.
     *
     * @param live the room's shared notes when this is the current round, else null
     */
    private static void notes(StringBuilder md, Round round, String live) {
        boolean done = round.stage() == Stage.DONE;
        String text = done ? round.notes() : live;
        md.append(done ? "## Shared notes\n\n" : "## Shared notes (so far; the round is not closed)\n\n");
        if (text == null || text.isBlank()) {
            md.append("_No shared notes._\n\n");
            return;
        }
        String fence = "`".repeat(Math.max(3, longestRun(text, '`') + 1));
        md.append(fence).append("markdown\n").append(text);
        if (!text.endsWith("\n")) {
            md.append('\n');
        }
        md.append(fence).append("\n\n");
    }

    private static void scorecard(StringBuilder md, Scorecard scorecard) {
        md.append(scorecard.shared() ? "## Scorecard\n\n" : "## Scorecard (not shared with the candidate yet)\n\n");
        if (scorecard.ratings().isEmpty()) {
            md.append("_No ratings._\n\n");
            return;
        }
        md.append("| Dimension | Level | Evidence |\n| --- | --- | --- |\n");
        for (Map.Entry<String, RatingView> rating : scorecard.ratings().entrySet()) {
            md.append("| ").append(cell(rating.getKey())).append(" | ")
                .append(rating.getValue().unobserved() ? "not observed" : level(rating.getValue().level()))
                .append(" | ").append(cell(rating.getValue().evidence())).append(" |\n");
        }
        md.append('\n');
    }

    private static void feedback(StringBuilder md, Feedback feedback) {
        md.append(feedback.shared()
            ? "## The candidate's feedback on the interviewer\n\n"
            : "## Your feedback on the interviewer (not shared with them yet)\n\n");
        if (feedback.level() == null && feedback.comment().isBlank()) {
            md.append("_Not given._\n\n");
            return;
        }
        md.append("Level: ").append(level(feedback.level())).append("\n\n");
        if (!feedback.comment().isBlank()) {
            md.append("> ").append(line(feedback.comment())).append("\n\n");
        }
    }

    private static boolean isSeat(Seat seat, String participantId) {
        return seat != null && seat.id().equals(participantId);
    }

    private static String seatName(Seat seat) {
        return seat == null ? "_nobody_" : line(seat.name());
    }

    private static String level(Integer level) {
        return level == null ? "—" : level + "/4";
    }

    /** Running time as mm:ss; minutes go past 59 rather than wrapping into hours. */
    static String clock(long ms) {
        long seconds = Math.max(0, ms) / 1000;
        return String.format(Locale.ROOT, "%02d:%02d", seconds / 60, seconds % 60);
    }

    /** User text on one line, so it cannot end a list item or a heading early. */
    static String line(String text) {
        return text == null ? "" : text.strip().replaceAll("\\s*\\R\\s*", " ");
    }

    /** User text in a table cell: one line, and no pipe that would open another column. */
    static String cell(String text) {
        return line(text).replace("|", "\\|");
    }

    private static int longestRun(String text, char c) {
        int longest = 0;
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            run = text.charAt(i) == c ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        return longest;
    }
}
