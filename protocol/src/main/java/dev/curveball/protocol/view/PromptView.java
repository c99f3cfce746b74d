package dev.curveball.protocol.view;

/**
 * The round's prompt. Before the round starts only the host and the interviewer receive {@code text}; everyone else
 * gets the title with {@code text} absent.
 *
 * @param revealed whether the text is now visible to everyone
 */
public record PromptView(String title, String text, boolean revealed) {
}
