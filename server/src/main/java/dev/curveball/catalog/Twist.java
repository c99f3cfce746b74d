package dev.curveball.catalog;

import dev.curveball.protocol.Stress;

/**
 * A twist card: {@code text} is what the candidate hears when it is played; {@code guidance} is for the interviewer
 * only, always, and so are {@code when} (the moment it fits), {@code probe} (the follow-up question to ask after
 * playing it), {@code core} (whether it is the problem's central tension, to be played first in a short round) and
 * {@code follows} (the id of the card of the same stress that this one escalates, to be played after it; optional).
 */
public record Twist(String id, Stress stress, String title, String text, String guidance, When when, String probe,
                    Boolean core, String follows) {
}
