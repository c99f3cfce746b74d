package dev.curveball.logging;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import org.slf4j.LoggerFactory;
import org.slf4j.Marker;

/**
 * Vert.x warns "Discarding message since the consumer is not registered" for every room event still queued for a
 * room's subscription on an event loop when that loop's last socket in the room leaves and the subscription ends.
 * Nothing is lost: no socket on that loop is left to receive it, and a socket that joins later is welcomed with the
 * room as it stands. In a busy room every departure printed a few, hiding real warnings, so they are logged at DEBUG
 * (logger {@code dev.curveball.fanout.RoomFeed}) instead. Vert.x's other discard warning, a consumer whose buffer is
 * full, is a real problem and passes untouched. Installed in {@code logback.xml}.
 */
public final class UnsubscribedDiscards extends TurboFilter {
    private static final String SOURCE = "io.vertx.core.eventbus.impl.MessageConsumerImpl";
    private static final String NOISE = "Discarding message since the consumer is not registered";
    private static final org.slf4j.Logger DEBUG = LoggerFactory.getLogger("dev.curveball.fanout.RoomFeed");

    @Override
    public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] params,
                              Throwable t) {
        if (level == Level.WARN && format != null && format.startsWith(NOISE) && SOURCE.equals(logger.getName())) {
            DEBUG.debug("an event queued for a subscription that just ended was dropped: {}", format);
            return FilterReply.DENY;
        }
        return FilterReply.NEUTRAL;
    }
}
