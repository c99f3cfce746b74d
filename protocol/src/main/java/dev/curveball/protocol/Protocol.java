package dev.curveball.protocol;

/** Facts about the wire protocol that both ends must agree on. */
public final class Protocol {
    /** The protocol version this build speaks; a {@code hello} naming another version is refused. */
    public static final int VERSION = 1;

    /** Path of the WebSocket endpoint. */
    public static final String WEBSOCKET_PATH = "/ws";

    private Protocol() {
    }
}
