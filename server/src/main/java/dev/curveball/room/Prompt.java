package dev.curveball.room;

import dev.curveball.protocol.view.PromptView;

/** The round's prompt; {@code revealed} turns true when the timer first starts and stays true. */
public record Prompt(String title, String text, boolean revealed) {

    public static final Prompt UNTITLED = new Prompt("Untitled prompt", "", false);

    public Prompt withText(String newTitle, String newText) {
        return new Prompt(newTitle, newText, revealed);
    }

    public Prompt reveal() {
        return new Prompt(title, text, true);
    }

    public PromptView fullView() {
        return new PromptView(title, text, revealed);
    }

    public PromptView titleOnlyView() {
        return new PromptView(title, null, revealed);
    }
}
