package dev.curveball.protocol.view;

/** A prompt a host writes: a title and the statement the candidate will read. */
public record PromptDraft(String title, String text) {
}
