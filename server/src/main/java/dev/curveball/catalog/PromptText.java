package dev.curveball.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

/** A present string field of a prompt and where it is, e.g. {@code twists[3].text}. */
record PromptText(String field, String text) {

    /**
     * The fields a round's figure draw is written into: where {@code {{key}}} placeholders belong. A probe, a card's
     * premises ({@code assumes}), the strong answer and the common mistakes may quote the round's numbers, so they are
     * drawn too.
     */
    static List<PromptText> drawn(Prompt prompt) {
        List<PromptText> texts = new ArrayList<>();
        add(texts, "statement", prompt.statement());
        each(prompt.constraints(), "constraints", (at, line) -> add(texts, at, line));
        each(prompt.clarifications(), "clarifications", (at, c) -> add(texts, at + ".answer", c.answer()));
        each(prompt.twists(), "twists", (at, t) -> {
            add(texts, at + ".text", t.text());
            add(texts, at + ".guidance", t.guidance());
            add(texts, at + ".probe", t.probe());
            each(t.assumes(), at + ".assumes", (premise, text) -> add(texts, premise, text));
        });
        add(texts, "strongAnswer", prompt.strongAnswer());
        each(prompt.commonMistakes(), "commonMistakes", (at, m) -> add(texts, at, m));
        return texts;
    }

    /** The fields shown as written, never drawn: titles, tags, calibration, scope, questions, labels, ids, when. */
    static List<PromptText> asWritten(Prompt prompt) {
        List<PromptText> texts = new ArrayList<>();
        add(texts, "id", prompt.id());
        add(texts, "title", prompt.title());
        add(texts, "levels", prompt.levels());
        each(prompt.focus(), "focus", (at, f) -> add(texts, at, f));
        each(prompt.tags(), "tags", (at, tag) -> add(texts, at, tag));
        each(prompt.figures(), "figures", (at, f) -> {
            add(texts, at + ".label", f.label());
            add(texts, at + ".unit", f.unit());
        });
        each(prompt.scope(), "scope", (at, s) -> add(texts, at + ".point", s.point()));
        each(prompt.clarifications(), "clarifications", (at, c) -> add(texts, at + ".question", c.question()));
        each(prompt.phases(), "phases", (at, p) -> {
            add(texts, at + ".id", p.id());
            add(texts, at + ".name", p.name());
        });
        each(prompt.phases60(), "phases60", (at, p) -> {
            add(texts, at + ".id", p.id());
            add(texts, at + ".name", p.name());
        });
        each(prompt.derived(), "derived", (at, d) -> {
            add(texts, at + ".what", d.what());
            add(texts, at + ".expression", d.expression());
            add(texts, at + ".unit", d.unit());
        });
        each(prompt.twists(), "twists", (at, t) -> {
            add(texts, at + ".id", t.id());
            add(texts, at + ".title", t.title());
            add(texts, at + ".follows", t.follows());
            if (t.when() != null) {
                add(texts, at + ".when.phase", t.when().phase());
                add(texts, at + ".when.after", t.when().after());
            }
        });
        return texts;
    }

    private static void add(List<PromptText> texts, String field, String text) {
        if (text != null) {
            texts.add(new PromptText(field, text));
        }
    }

    private static <T> void each(List<T> list, String name, BiConsumer<String, T> visit) {
        if (list == null) {
            return;
        }
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i) != null) {
                visit.accept(Problems.at(name, i), list.get(i));
            }
        }
    }
}
