package dev.curveball.fanout;

import dev.curveball.room.Audience;

/**
 * A frame that is not part of a room's numbered event stream and is never stored: it matters only now (where
 * someone's caret is), so losing one costs nothing and the next one replaces it.
 */
record TransientMessage(Audience audience, String frame) {
}
