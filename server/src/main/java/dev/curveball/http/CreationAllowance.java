package dev.curveball.http;

import dev.curveball.config.Config;
import dev.curveball.protocol.ErrorCode;
import dev.curveball.transport.ClientAddress;
import dev.curveball.transport.KeyedLimiters;
import io.vertx.ext.web.RoutingContext;

/**
 * Rooms and cohorts created per client address ({@code --rooms-per-minute-per-address}): one allowance for both,
 * since a cohort is one request however many rooms it makes.
 */
final class CreationAllowance {
    private final Config config;
    private final KeyedLimiters creations;

    CreationAllowance(Config config, KeyedLimiters creations) {
        this.config = config;
        this.creations = creations;
    }

    /** Takes one creation for the request's address; past the allowance answers {@code 429} and returns false. */
    boolean admit(RoutingContext ctx, long now) {
        String address = ClientAddress.of(ctx.request().remoteAddress(), ctx.request().headers(),
            config.guard().trustProxy());
        if (creations.tryAcquire(address, now)) {
            return true;
        }
        long seconds = Math.max(1, (creations.retryAfterMs(address, now) + 999) / 1000);
        ctx.response().putHeader("Retry-After", String.valueOf(seconds));
        HttpErrors.send(ctx, 429, ErrorCode.RATE_LIMITED, "this address may create "
            + config.guard().roomsPerMinutePerAddress() + " rooms or cohorts a minute; try again in " + seconds + " s");
        return false;
    }
}
