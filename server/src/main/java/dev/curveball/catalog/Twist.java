package dev.curveball.catalog;

import dev.curveball.protocol.Stress;

/**
 * A twist card: {@code text} is what the candidate hears when it is played; {@code guidance} is for the interviewer
 * only, always.
 */
public record Twist(String id, Stress stress, String title, String text, String guidance) {
}
