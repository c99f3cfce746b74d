package dev.curveball.catalog;

import dev.curveball.protocol.Stress;
import java.util.List;

/**
 * A twist card: {@code text} is what the candidate hears when it is played; {@code guidance} is for the interviewer
 * only, always, and so are {@code when} (the moment it fits), {@code probe} (the follow-up question to ask after
 * playing it), {@code core} (whether it is the problem's central tension, to be played first in a short round) and
 * {@code follows} (the id of the card of the same stress that this one escalates, to be played after it; optional)
 * and {@code assumes} (the premises the card overturns, in the words a candidate would state them; optional, null
 * when the card names none), which the round matches against the candidate's assumption log.
 */
public record Twist(String id, Stress stress, String title, String text, String guidance, When when, String probe,
                    Boolean core, String follows, List<String> assumes) {
}
