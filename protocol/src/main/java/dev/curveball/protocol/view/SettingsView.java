package dev.curveball.protocol.view;

/**
 * @param autoAdvance move to the next phase when one runs out, instead of counting into overtime
 * @param shadow      observers see what the interviewer sees, instead of what the candidate sees
 */
public record SettingsView(boolean autoAdvance, boolean shadow) {
}
