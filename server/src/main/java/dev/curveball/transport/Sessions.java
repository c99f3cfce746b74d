package dev.curveball.transport;

import dev.curveball.apply.Rooms;
import dev.curveball.catalog.CatalogRounds;
import dev.curveball.config.Config;
import dev.curveball.fanout.RoomFeeds;
import dev.curveball.metrics.NodeMetrics;
import io.vertx.core.Vertx;
import io.vertx.core.http.ServerWebSocket;

/**
 * The sockets of one event loop: opens a {@link Session} for each accepted WebSocket, gives each connection a unique
 * id, and ticks the running rooms they are in.
 */
public final class Sessions {
    private final Vertx vertx;
    private final Config config;
    private final Rooms rooms;
    private final RoomFeeds feeds;
    private final NextRounds nextRounds;
    private final String connectionPrefix;
    private final NodeMetrics metrics;
    private final Throttles throttles;
    private long opened;

    /**
     * Call on the event loop the sockets will live on.
     *
     * @param connectionPrefix unique per node and event loop; presence uses it to tell whose sockets a node held
     * @param metrics          the node's meters: sockets, participants online, refusals, fan-out
     * @param throttles        the node's allowances per participant and address, shared by its event loops
     */
    public Sessions(Vertx vertx, Config config, Rooms rooms, CatalogRounds rounds, String connectionPrefix,
                    NodeMetrics metrics, Throttles throttles) {
        this.vertx = vertx;
        this.config = config;
        this.rooms = rooms;
        this.feeds = new RoomFeeds(vertx, rooms.store(), config.rooms().gapRepairMs(), metrics);
        this.metrics = metrics;
        this.nextRounds = new NextRounds(rounds, config, rooms.store());
        this.connectionPrefix = connectionPrefix;
        this.throttles = throttles;
        Ticker.start(vertx, rooms, feeds, config.rooms().tickMs());
    }

    /** Draws next rounds' prompts, for the cohort board's {@code next-round} as for {@code round.next}. */
    public NextRounds nextRounds() {
        return nextRounds;
    }

    public void open(ServerWebSocket socket) {
        String connection = connectionPrefix + "/" + (++opened);
        String address = ClientAddress.of(socket.remoteAddress(), socket.headers(), config.guard().trustProxy());
        new Session(socket, connection, vertx, config, rooms, feeds, nextRounds, metrics, throttles, address).open();
    }
}
