package dev.curveball.transport;

import dev.curveball.catalog.CatalogRounds;
import dev.curveball.config.Config;
import dev.curveball.fanout.RoomFeeds;
import dev.curveball.apply.Rooms;
import dev.curveball.store.RoomStore;
import io.vertx.core.Vertx;
import io.vertx.core.http.ServerWebSocket;

/** Opens a {@link Session} for each accepted WebSocket on one event loop, and gives each connection a unique id. */
public final class Sessions {
    private final Vertx vertx;
    private final Config config;
    private final Rooms rooms;
    private final RoomFeeds feeds;
    private final String connectionPrefix;
    private final CatalogRounds rounds;
    private final Ticker ticker;
    private long opened;

    /**
     * @param connectionPrefix unique per node and event loop; presence uses it to tell whose sockets a node held
     */
    public Sessions(Vertx vertx, Config config, Rooms rooms, RoomFeeds feeds, String connectionPrefix,
                    CatalogRounds rounds) {
        this.vertx = vertx;
        this.config = config;
        this.rooms = rooms;
        this.feeds = feeds;
        this.connectionPrefix = connectionPrefix;
        this.rounds = rounds;
        this.ticker = new Ticker(this);
    }

    public void open(ServerWebSocket socket) {
        String connection = connectionPrefix + "/" + (++opened);
        new Session(socket, connection, this).open();
    }

    Vertx vertx() {
        return vertx;
    }

    Config config() {
        return config;
    }

    Rooms rooms() {
        return rooms;
    }

    RoomStore store() {
        return rooms.store();
    }

    RoomFeeds feeds() {
        return feeds;
    }

    CatalogRounds rounds() {
        return rounds;
    }

    Ticker ticker() {
        return ticker;
    }

    long now() {
        return rooms.now();
    }
}
