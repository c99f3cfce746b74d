package dev.curveball.catalog;

import dev.curveball.protocol.view.WhenView;
import dev.curveball.room.Card;
import dev.curveball.room.Clarification;
import dev.curveball.room.Phase;
import dev.curveball.room.ReportRubric;
import dev.curveball.room.RoundGuide;
import dev.curveball.room.RoundMaterial;
import dev.curveball.room.ScopeItem;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.random.RandomGenerator;
import java.util.stream.Collectors;

/**
 * Turns catalog prompts into a round's material: the figures drawn afresh for every round (so a study group cannot
 * pass answers around), cards and clarifications numbered {@code t1…}, {@code q1…} so that their ids give nothing
 * away, scope points numbered {@code s1…} for the interviewer to tick. The draw happens here, at the edge, never in
 * the room state machine.
 */
public final class CatalogRounds {
    private final Catalog catalog;
    private final RandomGenerator random;

    public CatalogRounds(Catalog catalog, RandomGenerator random) {
        this.catalog = catalog;
        this.random = random;
    }

    /** A round of the catalog prompt {@code promptId} with its 45-minute plan. */
    public Optional<RoundMaterial> drawn(String promptId) {
        return drawn(promptId, PromptChecks.SHORT_PLAN_MINUTES);
    }

    /** A round of the catalog prompt {@code promptId} with the plan nearest {@code minutes} (see {@link #plan}). */
    public Optional<RoundMaterial> drawn(String promptId, int minutes) {
        return catalog.prompt(promptId).map(prompt -> draw(prompt, minutes));
    }

    /**
     * A catalog prompt at random, other than {@code avoid} while any other is left, with the plan nearest
     * {@code minutes}; empty for an empty catalog.
     */
    public Optional<RoundMaterial> surprise(Set<String> avoid, int minutes) {
        List<Prompt> fresh = catalog.prompts().stream().filter(p -> !avoid.contains(p.id())).toList();
        List<Prompt> pool = fresh.isEmpty() ? catalog.prompts() : fresh;
        return pool.isEmpty() ? Optional.empty()
            : Optional.of(draw(pool.get(random.nextInt(pool.size())), minutes));
    }

    /**
     * Which of a prompt's two plans a round of {@code minutes} gets: the 60-minute plan from 53 minutes up (nearer 60
     * than 45), the 45-minute plan below. A catalog prompt's plan is written for its problem, so a room of another
     * length gets the nearer one rather than a generic plan of the exact length; the interviewer can re-time it.
     */
    static List<dev.curveball.catalog.Phase> plan(Prompt prompt, int minutes) {
        int toLong = Math.abs(minutes - PromptChecks.LONG_PLAN_MINUTES);
        int toShort = Math.abs(minutes - PromptChecks.SHORT_PLAN_MINUTES);
        return toLong < toShort ? prompt.phases60() : prompt.phases();
    }

    /** Whether a surprise would have to repeat one of {@code avoid}. */
    public boolean exhausted(Set<String> avoid) {
        return catalog.prompts().stream().allMatch(p -> avoid.contains(p.id()));
    }

    /** The scorecard's dimension ids, in order. */
    public List<String> rubric() {
        return catalog.rubric().dimensions().stream().map(RubricDimension::id).toList();
    }

    /**
     * A prompt written in the room, with the usual shape of an interview scaled to {@code minutes}: clarify, high-level
     * design, deep dive, wrap-up in the proportions 5 : 15 : 20 : 5.
     */
    public static RoundMaterial written(String title, String text, int minutes) {
        return new RoundMaterial(null, new dev.curveball.room.Prompt(title, text, false), defaultPhases(minutes),
            List.of(), List.of());
    }

    static List<Phase> defaultPhases(int minutes) {
        if (minutes < 4) {
            return List.of(new Phase("Interview", minutes * 60_000L));
        }
        long clarify = Math.max(1, Math.round(minutes * 5 / 45.0));
        long design = Math.max(1, Math.round(minutes * 15 / 45.0));
        long wrapUp = Math.max(1, Math.round(minutes * 5 / 45.0));
        long deepDive = minutes - clarify - design - wrapUp;
        return List.of(new Phase("Clarify", clarify * 60_000), new Phase("High-level design", design * 60_000),
            new Phase("Deep dive", deepDive * 60_000), new Phase("Wrap-up", wrapUp * 60_000));
    }

    private RoundMaterial draw(Prompt template, int minutes) {
        Prompt filled = FigureDraw.draw(template, random).fill(template);
        String constraints = filled.constraints().stream().map(c -> "- " + c).collect(Collectors.joining("\n"));
        dev.curveball.room.Prompt prompt = new dev.curveball.room.Prompt(filled.title(),
            filled.statement() + "\n\nConstraints:\n" + constraints, false);
        List<Phase> phases = plan(filled, minutes).stream()
            .map(p -> new Phase(p.name(), p.minutes() * 60_000L)).toList();
        Map<String, String> phaseNames = filled.phases().stream()
            .collect(Collectors.toMap(dev.curveball.catalog.Phase::id, dev.curveball.catalog.Phase::name));
        Map<String, String> cardIds = new HashMap<>();
        for (Twist twist : filled.twists()) {
            cardIds.put(twist.id(), "t" + (cardIds.size() + 1));
        }
        List<Card> deck = new ArrayList<>();
        for (Twist twist : filled.twists()) {
            WhenView when = new WhenView(phaseNames.get(twist.when().phase()), twist.when().after());
            deck.add(new Card(cardIds.get(twist.id()), twist.stress(), twist.title(), twist.text(), twist.guidance(),
                null, null, when, twist.probe(), twist.core(), cardIds.get(twist.follows()), twist.assumes()));
        }
        // Numbered in file order first, so that an id says nothing about a card; then core cards go first, each
        // followed by the cards that escalate it.
        return new RoundMaterial(template.id(), prompt, phases, Card.coreFirst(deck), clarifications(filled),
            guide(filled));
    }

    private static List<Clarification> clarifications(Prompt filled) {
        List<Clarification> clarifications = new ArrayList<>();
        for (dev.curveball.catalog.Clarification c : filled.clarifications()) {
            clarifications.add(new Clarification("q" + (clarifications.size() + 1), c.question(), c.answer(), null));
        }
        return clarifications;
    }

    private static RoundGuide guide(Prompt filled) {
        List<ScopeItem> scope = new ArrayList<>();
        for (ScopePoint point : filled.scope()) {
            scope.add(new ScopeItem("s" + (scope.size() + 1), point.area(), point.point(), false));
        }
        return new RoundGuide(filled.difficulty().wireName(), filled.levels(), filled.focus(),
            filled.strongAnswer(), scope, filled.commonMistakes());
    }

    /** The catalog rubric's partial-credit rule and verdict table, for reports. */
    public static ReportRubric reportRubric(Catalog catalog) {
        Rubric rubric = catalog.rubric();
        return new ReportRubric(rubric.partialCredit(), rubric.verdicts().stream()
            .map(v -> new ReportRubric.Verdict(v.verdict(), v.minAverage(), v.minLevel(), v.meaning())).toList());
    }
}
