package dev.curveball.catalog;

import dev.curveball.protocol.Stress;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** The rules of {@code catalog/SCHEMA.md} for one prompt file. Reports every problem; never stops at the first. */
final class PromptChecks {
    static final Pattern KEBAB = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern CAMEL = Pattern.compile("[a-z][a-zA-Z0-9]*");
    private static final Pattern HAS_DIGIT = Pattern.compile("\\d");

    private static final int MAX_TITLE = 120;
    private static final int MIN_STATEMENT = 200;
    private static final int MAX_STATEMENT = 1500;
    private static final int MIN_TAGS = 1;
    private static final int MAX_TAGS = 6;
    private static final int MIN_FIGURES = 1;
    private static final int MAX_FIGURES = 6;
    private static final int MIN_CONSTRAINTS = 3;
    private static final int MAX_CONSTRAINTS = 8;
    private static final int MIN_SCOPE = 6;
    private static final int MAX_SCOPE = 12;
    private static final int MIN_SCOPE_AREAS = 6;
    private static final int MIN_CLARIFICATIONS = 4;
    private static final int MAX_CLARIFICATIONS = 10;
    private static final int MIN_PHASES = 3;
    private static final int MAX_PHASES = 6;
    private static final int MIN_PHASE_MINUTES = 1;
    private static final int MAX_PHASE_MINUTES = 30;
    /** The lengths of a round a prompt has a plan for: {@code phases} and {@code phases60}. */
    static final int SHORT_PLAN_MINUTES = 45;
    static final int LONG_PLAN_MINUTES = 60;
    private static final int MIN_TWISTS = 8;
    private static final int MIN_STRESSES = 5;
    private static final int MIN_TWIST_TEXT = 40;
    private static final int MAX_TWIST_TEXT = 400;
    private static final int MIN_GUIDANCE = 80;
    private static final int MAX_GUIDANCE = 800;

    private final String file;
    private final Problems problems;
    private final Fields fields;

    private PromptChecks(String file, Problems problems) {
        this.file = file;
        this.problems = problems;
        this.fields = new Fields(file, problems);
    }

    /** @param file path under {@code catalog/}, e.g. {@code prompts/card-fraud-detection.json} */
    static void check(String file, Prompt prompt, Problems problems) {
        new PromptChecks(file, problems).check(prompt);
    }

    private void check(Prompt prompt) {
        id(prompt.id());
        if (present("title", prompt.title())) {
            length("title", prompt.title(), 1, MAX_TITLE);
        }
        if (present("statement", prompt.statement())) {
            length("statement", prompt.statement(), MIN_STATEMENT, MAX_STATEMENT);
        }
        tags(prompt.tags());
        figures(prompt.figures());
        constraints(prompt.constraints());
        scope(prompt.scope());
        clarifications(prompt.clarifications());
        phases("phases", prompt.phases(), SHORT_PLAN_MINUTES);
        if (phases("phases60", prompt.phases60(), LONG_PLAN_MINUTES)) {
            sameSteps(prompt.phases(), prompt.phases60());
        }
        twists(prompt.twists());
        CraftChecks.check(fields, prompt);
        EchoChecks.check(fields, prompt);
        ChainChecks.check(fields, prompt.twists());
        DerivedChecks.check(fields, prompt);
        PlaceholderChecks.check(file, prompt, problems);
    }

    private void id(String id) {
        if (!present("id", id)) {
            return;
        }
        String expected = file.substring(file.lastIndexOf('/') + 1).replaceFirst("\\.json$", "");
        if (!KEBAB.matcher(id).matches()) {
            problems.add(file, "id", "\"" + id + "\" is not lowercase kebab-case");
        } else if (!id.equals(expected)) {
            problems.add(file, "id", "\"" + id + "\" must equal the file name, \"" + expected + "\"");
        }
    }

    private void tags(List<String> tags) {
        if (!count("tags", tags, MIN_TAGS, MAX_TAGS)) {
            return;
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < tags.size(); i++) {
            String field = Problems.at("tags", i);
            String tag = tags.get(i);
            if (!present(field, tag)) {
                continue;
            }
            if (!KEBAB.matcher(tag).matches()) {
                problems.add(file, field, "\"" + tag + "\" is not lowercase kebab-case");
            } else if (!seen.add(tag)) {
                problems.add(file, field, "\"" + tag + "\" is listed twice");
            }
        }
    }

    private void figures(List<Figure> figures) {
        if (!count("figures", figures, MIN_FIGURES, MAX_FIGURES)) {
            return;
        }
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < figures.size(); i++) {
            String at = Problems.at("figures", i);
            Figure figure = figures.get(i);
            if (!present(at, figure)) {
                continue;
            }
            if (present(at + ".key", figure.key())) {
                if (!CAMEL.matcher(figure.key()).matches()) {
                    problems.add(file, at + ".key", "\"" + figure.key() + "\" is not camelCase (like peakQps)");
                } else if (!keys.add(figure.key())) {
                    problems.add(file, at + ".key", "\"" + figure.key() + "\" is declared twice");
                }
            }
            present(at + ".label", figure.label());
            present(at + ".unit", figure.unit());
            boolean complete = present(at + ".min", figure.min()) & present(at + ".max", figure.max())
                & present(at + ".step", figure.step());
            if (complete) {
                range(at, figure);
            }
        }
    }

    private void range(String at, Figure figure) {
        if (figure.min() > figure.max()) {
            problems.add(file, at + ".min", figure.min() + " is greater than max " + figure.max());
        }
        if (figure.step() <= 0) {
            problems.add(file, at + ".step", figure.step() + ", must be greater than 0");
        } else if (figure.min() <= figure.max()) {
            try {
                long span = Math.subtractExact(figure.max(), figure.min());
                if (span % figure.step() != 0) {
                    problems.add(file, at + ".step", "max - min = " + span + " is not a multiple of " + figure.step());
                }
            } catch (ArithmeticException e) {
                problems.add(file, at + ".max", "max - min does not fit in a long");
            }
        }
    }

    private void constraints(List<String> constraints) {
        if (!count("constraints", constraints, MIN_CONSTRAINTS, MAX_CONSTRAINTS)) {
            return;
        }
        for (int i = 0; i < constraints.size(); i++) {
            String field = Problems.at("constraints", i);
            String line = constraints.get(i);
            if (present(field, line) && !HAS_DIGIT.matcher(line).find() && Placeholders.keys(line).isEmpty()) {
                problems.add(file, field, "states no number; a constraint is concrete (a figure or a {{key}})");
            }
        }
    }

    private void scope(List<ScopePoint> scope) {
        if (!count("scope", scope, MIN_SCOPE, MAX_SCOPE)) {
            return;
        }
        Set<String> areas = new HashSet<>();
        for (int i = 0; i < scope.size(); i++) {
            String at = Problems.at("scope", i);
            ScopePoint point = scope.get(i);
            if (!present(at, point)) {
                continue;
            }
            if (present(at + ".area", point.area())) {
                if (ScopePoint.AREAS.contains(point.area())) {
                    areas.add(point.area());
                } else {
                    problems.add(file, at + ".area",
                        "\"" + point.area() + "\" is not one of " + String.join(", ", ScopePoint.AREAS));
                }
            }
            present(at + ".point", point.point());
        }
        if (areas.size() < MIN_SCOPE_AREAS) {
            problems.add(file, "scope", areas.size() + " distinct areas, at least " + MIN_SCOPE_AREAS);
        }
    }

    private void clarifications(List<Clarification> clarifications) {
        if (!count("clarifications", clarifications, MIN_CLARIFICATIONS, MAX_CLARIFICATIONS)) {
            return;
        }
        for (int i = 0; i < clarifications.size(); i++) {
            String at = Problems.at("clarifications", i);
            Clarification clarification = clarifications.get(i);
            if (present(at, clarification)) {
                present(at + ".question", clarification.question());
                present(at + ".answer", clarification.answer());
            }
        }
    }

    /** One phase plan of {@code minutes} in total; true when the list is there. */
    private boolean phases(String list, List<Phase> phases, int minutes) {
        if (!count(list, phases, MIN_PHASES, MAX_PHASES)) {
            return false;
        }
        int total = 0;
        boolean complete = true;
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < phases.size(); i++) {
            String at = Problems.at(list, i);
            Phase phase = phases.get(i);
            if (!present(at, phase)) {
                complete = false;
                continue;
            }
            if (present(at + ".id", phase.id())) {
                if (!KEBAB.matcher(phase.id()).matches()) {
                    problems.add(file, at + ".id", "\"" + phase.id() + "\" is not lowercase kebab-case");
                } else if (!ids.add(phase.id())) {
                    problems.add(file, at + ".id", "\"" + phase.id() + "\" is used by an earlier phase");
                }
            }
            present(at + ".name", phase.name());
            if (present(at + ".minutes", phase.minutes())) {
                total += phase.minutes();
                if (phase.minutes() < MIN_PHASE_MINUTES || phase.minutes() > MAX_PHASE_MINUTES) {
                    problems.add(file, at + ".minutes",
                        phase.minutes() + ", must be " + MIN_PHASE_MINUTES + "-" + MAX_PHASE_MINUTES);
                }
            } else {
                complete = false;
            }
        }
        if (complete && total != minutes) {
            problems.add(file, list, total + " minutes in total; the " + minutes + "-minute plan totals " + minutes);
        }
        return true;
    }

    /** The 60-minute plan re-times the 45-minute one: the same phases (ids and names), in the same order. */
    private void sameSteps(List<Phase> short45, List<Phase> long60) {
        if (short45 == null) {
            return;
        }
        List<String> shortSteps = short45.stream().map(p -> p == null ? null : p.id() + " " + p.name()).toList();
        List<String> longSteps = long60.stream().map(p -> p == null ? null : p.id() + " " + p.name()).toList();
        if (!shortSteps.equals(longSteps)) {
            problems.add(file, "phases60", "must list the phases of \"phases\" (same ids and names, same order), "
                + "only re-timed; found " + long60.stream().map(p -> p == null ? null : p.id()).toList()
                + " for " + short45.stream().map(p -> p == null ? null : p.id()).toList());
        }
    }

    private void twists(List<Twist> twists) {
        if (!count("twists", twists, MIN_TWISTS, Integer.MAX_VALUE)) {
            return;
        }
        Set<String> ids = new HashSet<>();
        Set<Stress> stresses = EnumSet.noneOf(Stress.class);
        for (int i = 0; i < twists.size(); i++) {
            String at = Problems.at("twists", i);
            Twist twist = twists.get(i);
            if (!present(at, twist)) {
                continue;
            }
            if (present(at + ".id", twist.id())) {
                if (!KEBAB.matcher(twist.id()).matches()) {
                    problems.add(file, at + ".id", "\"" + twist.id() + "\" is not lowercase kebab-case");
                } else if (!ids.add(twist.id())) {
                    problems.add(file, at + ".id", "\"" + twist.id() + "\" is used by an earlier twist");
                }
            }
            if (present(at + ".stress", twist.stress())) {
                stresses.add(twist.stress());
            }
            if (present(at + ".title", twist.title())) {
                length(at + ".title", twist.title(), 1, MAX_TITLE);
            }
            if (present(at + ".text", twist.text())) {
                length(at + ".text", twist.text(), MIN_TWIST_TEXT, MAX_TWIST_TEXT);
            }
            if (present(at + ".guidance", twist.guidance())) {
                length(at + ".guidance", twist.guidance(), MIN_GUIDANCE, MAX_GUIDANCE);
            }
        }
        if (stresses.size() < MIN_STRESSES) {
            problems.add(file, "twists", stresses.size() + " distinct stresses, at least " + MIN_STRESSES);
        }
    }

    private boolean present(String field, Object value) {
        return fields.present(field, value);
    }

    private void length(String field, String text, int min, int max) {
        fields.length(field, text, min, max);
    }

    private boolean count(String field, List<?> list, int min, int max) {
        return fields.count(field, list, min, max);
    }
}
