package dev.curveball.transport;

import dev.curveball.metrics.NodeMetrics;
import dev.curveball.protocol.Codec;
import dev.curveball.protocol.ErrorCode;
import dev.curveball.protocol.ServerMessage;
import io.netty.handler.codec.http.websocketx.CorruptedWebSocketFrameException;
import io.vertx.core.http.ServerWebSocket;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The writing side of one socket: messages out, refusals counted, and the close, after which nothing more is
 * written. A client that stops reading is closed rather than buffered for without bound, and so is a socket whose
 * transport fails, with the reason it failed.
 */
final class SocketOutput {
    private static final Logger LOG = LoggerFactory.getLogger(SocketOutput.class);

    /** WebSocket close codes (RFC 6455) this server uses. */
    static final short CLOSE_GOING_AWAY = 1001;
    static final short CLOSE_POLICY = 1008;
    static final short CLOSE_TOO_BIG = 1009;
    static final short CLOSE_INTERNAL = 1011;
    static final short CLOSE_TRY_AGAIN = 1013;

    private final ServerWebSocket socket;
    private final String connection;
    private final NodeMetrics metrics;
    /** Set once this server decided to close the socket: nothing more is written to it after the close frame. */
    private boolean closing;
    /** Set once the socket's close handler ran. */
    private boolean closed;

    SocketOutput(ServerWebSocket socket, String connection, NodeMetrics metrics) {
        this.socket = socket;
        this.connection = connection;
        this.metrics = metrics;
    }

    void send(ServerMessage message) {
        frame(Codec.encode(message));
    }

    void error(Long id, ErrorCode code, String message) {
        metrics.refused(code);
        send(new ServerMessage.Error(id, code, message));
    }

    void frame(String frame) {
        // A socket can close before its close handler runs; asking a closed one about its queue would throw.
        if (closed || closing || socket.isClosed()) {
            return;
        }
        if (socket.writeQueueFull()) {
            // A client that stopped reading must not make the server buffer without bound; it can resume later.
            close(CLOSE_TRY_AGAIN, "client is not reading; reconnect to catch up");
            return;
        }
        socket.writeTextMessage(frame).onFailure(e -> LOG.debug("write to {} failed", connection, e));
    }

    void close(short code, String reason) {
        closing = true;
        if (!closed && !socket.isClosed()) {
            socket.close(code, reason).onFailure(e -> LOG.debug("close of {} failed", connection, e));
        }
    }

    /** Closes the socket for what its transport reported: a corrupted frame, a message too large, or anything else. */
    void closeFor(Throwable error, int maxFrameBytes) {
        if (error instanceof CorruptedWebSocketFrameException corrupted) {
            close((short) corrupted.closeStatus().code(), corrupted.closeStatus().reasonText());
        } else if (tooLarge(error)) {
            close(CLOSE_TOO_BIG, "message larger than " + maxFrameBytes + " bytes");
        } else {
            LOG.debug("socket error on {}", connection, error);
            close(CLOSE_INTERNAL, "transport error");
        }
    }

    /**
     * Vert.x reports an oversized message only in its exception's text: one frame over the limit "exceeds the max
     * size"; fragments that together pass it "would cause message buffer ... to overflow max message size"
     * ({@code BadInputTest} pins both, so a Vert.x upgrade that rewords them fails a test, not a client).
     */
    private static boolean tooLarge(Throwable error) {
        String message = String.valueOf(error.getMessage());
        return message.contains("exceeds the max size") || message.contains("overflow max message size");
    }

    /** The socket's close handler ran. */
    void closed() {
        closed = true;
    }

    /** Whether what was written has not been read yet, past the socket's write queue limit. */
    boolean backedUp() {
        return !closed && !socket.isClosed() && socket.writeQueueFull();
    }
}
