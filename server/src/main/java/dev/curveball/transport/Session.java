package dev.curveball.transport;

import dev.curveball.access.Secrets;
import dev.curveball.fanout.FeedEvent;
import dev.curveball.fanout.RoomListener;
import dev.curveball.protocol.ClientMessage;
import dev.curveball.protocol.RoomEvent;
import dev.curveball.protocol.Codec;
import dev.curveball.protocol.ErrorCode;
import dev.curveball.protocol.Protocol;
import dev.curveball.protocol.ProtocolException;
import dev.curveball.protocol.ServerMessage;
import dev.curveball.room.Audience;
import dev.curveball.room.Command;
import dev.curveball.room.LoggedEvent;
import dev.curveball.room.Outcome;
import dev.curveball.room.Redaction;
import dev.curveball.room.RoomState;
import dev.curveball.room.Viewer;
import io.netty.handler.codec.http.websocketx.CorruptedWebSocketFrameException;
import io.vertx.core.Future;
import io.vertx.core.http.ServerWebSocket;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One WebSocket. Decodes each frame, checks it, dispatches it, and sends the room's events to the socket in
 * {@code seq} order, each only if the socket's participant may see it. Runs on one event loop; never blocks.
 */
final class Session implements RoomListener, OrderedDelivery.Outlet {
    private static final Logger LOG = LoggerFactory.getLogger(Session.class);

    /** WebSocket close codes (RFC 6455) this server uses. */
    static final short CLOSE_GOING_AWAY = 1001;
    static final short CLOSE_POLICY = 1008;
    static final short CLOSE_TOO_BIG = 1009;
    static final short CLOSE_INTERNAL = 1011;
    static final short CLOSE_TRY_AGAIN = 1013;

    private enum Phase { AWAITING_HELLO, JOINING, JOINED, CLOSED }

    private final ServerWebSocket socket;
    private final String connection;
    private final Sessions sessions;
    private final InputRules rules;
    private final RateLimiter rate;
    private Phase phase = Phase.AWAITING_HELLO;
    private String roomId;
    private OrderedDelivery delivery;

    Session(ServerWebSocket socket, String connection, Sessions sessions) {
        this.socket = socket;
        this.connection = connection;
        this.sessions = sessions;
        this.rules = new InputRules(sessions.config().limits());
        this.rate = new RateLimiter(sessions.config().limits().maxMessagesPerSecond(),
            sessions.config().limits().messageBurst(), sessions.now());
    }

    void open() {
        socket.textMessageHandler(this::onFrame);
        socket.binaryMessageHandler(b -> sendError(null, ErrorCode.BAD_MESSAGE, "frames must be JSON text"));
        socket.exceptionHandler(this::onTransportError);
        socket.closeHandler(v -> onClosed());
        socket.shutdownHandler(v -> close(CLOSE_GOING_AWAY, "the server is shutting down; reconnect"));
        sessions.vertx().setTimer(sessions.config().limits().helloTimeoutMs(), id -> {
            if (phase == Phase.AWAITING_HELLO) {
                close(CLOSE_POLICY, "no hello received");
            }
        });
    }

    private void onFrame(String frame) {
        if (phase == Phase.CLOSED) {
            return;
        }
        if (!rate.tryAcquire(sessions.now())) {
            sendError(Codec.peekId(frame), ErrorCode.RATE_LIMITED, "too many messages; this one was dropped");
            return;
        }
        try {
            dispatch(Codec.decodeClient(frame));
        } catch (ProtocolException refused) {
            sendError(refused.id(), refused.code(), refused.getMessage());
        }
    }

    private void dispatch(ClientMessage message) throws ProtocolException {
        if (message instanceof ClientMessage.Hello hello) {
            onHello(hello);
        } else if (message instanceof ClientMessage.Ping ping) {
            send(new ServerMessage.Pong(ping.t(), sessions.now()));
        } else if (message instanceof ClientMessage.NotesCursor cursor) {
            onCursor(cursor);
        } else if (message instanceof ClientMessage.NotesFetch fetch) {
            onFetch(fetch);
        } else if (message instanceof ClientMessage.Command command) {
            onCommand(command);
        }
    }

    private void onHello(ClientMessage.Hello hello) throws ProtocolException {
        if (phase != Phase.AWAITING_HELLO) {
            throw new ProtocolException(ErrorCode.ALREADY_JOINED, "this socket has already said hello", null);
        }
        if (hello.protocol() != Protocol.VERSION) {
            throw new ProtocolException(ErrorCode.UNSUPPORTED_PROTOCOL, "this server speaks protocol "
                + Protocol.VERSION + ", not " + hello.protocol(), null);
        }
        String name = rules.name(hello.name());
        if (!Secrets.looksLikeRoomId(hello.room())) {
            throw new ProtocolException(ErrorCode.UNKNOWN_ROOM, "there is no room with this id", null);
        }
        phase = Phase.JOINING;
        roomId = hello.room();
        delivery = new OrderedDelivery(sessions, roomId, this);
        String newSecret = Secrets.token();
        String resumeSecret = hello.resume() == null ? null : hello.resume().secret();
        Command.Join join = new Command.Join(connection, Secrets.hash(hello.token()), name, Secrets.participantId(),
            Secrets.hash(newSecret), resumeSecret == null ? null : Secrets.hash(resumeSecret));
        // Subscribe before joining, so that no event after the join's snapshot can slip past this socket.
        sessions.feeds().attach(roomId, this)
            .compose(v -> sessions.store().apply(roomId, join, sessions.now(), true))
            .onSuccess(outcome -> {
                if (outcome instanceof Outcome.Applied applied) {
                    boolean resumed = !applied.actor().equals(join.newParticipantId());
                    welcome(applied, resumed ? resumeSecret : newSecret, resumed ? hello.resume().lastSeq() : null);
                } else if (outcome instanceof Outcome.Rejected rejected) {
                    abandonJoin();
                    sendError(null, rejected.code(), rejected.message());
                }
            })
            .onFailure(e -> {
                LOG.warn("join of room {} failed", roomId, e);
                abandonJoin();
                sendError(null, ErrorCode.UNAVAILABLE, "the room could not be reached; try again");
            });
    }

    private void welcome(Outcome.Applied applied, String secret, Long lastSeq) {
        if (phase != Phase.JOINING) {
            return; // closed while joining; onClosed already disconnected this connection
        }
        RoomState state = applied.state();
        var participant = state.participant(applied.actor()).orElseThrow();
        Viewer viewer = new Viewer(participant.id(), participant.role(), participant.host());
        sessions.ticker().joined(state);
        var you = new ServerMessage.You(participant.id(), participant.role(), participant.host());
        // A lastSeq beyond the room's (a client that saw a room of the same id before a cluster restart, or a bug)
        // cannot be caught up from: resumed there, the socket would wait for numbers the room already used.
        boolean canCatchUp = lastSeq != null && lastSeq <= state.seq();
        List<LoggedEvent> missed = canCatchUp ? state.eventsAfter(lastSeq).orElse(null) : null;
        phase = Phase.JOINED;
        if (missed == null) {
            send(new ServerMessage.Welcome(Protocol.VERSION, you, secret, state.seq(), sessions.now(),
                Redaction.snapshot(state, viewer)));
            delivery.start(state.seq(), viewer);
        } else {
            send(new ServerMessage.Welcome(Protocol.VERSION, you, secret, lastSeq, sessions.now(), null));
            delivery.start(lastSeq, viewer);
            delivery.offer(missed.stream().map(FeedEvent::new).toList());
        }
        sessions.feeds().publish(roomId, applied.events());
    }

    private void abandonJoin() {
        if (phase == Phase.JOINING) {
            sessions.feeds().detach(roomId, this);
            delivery.stop();
            phase = Phase.AWAITING_HELLO;
        }
    }

    private void requireJoined(Long id) throws ProtocolException {
        if (phase != Phase.JOINED) {
            throw new ProtocolException(ErrorCode.NOT_JOINED, "say hello and join a room first", id);
        }
    }

    private void onCommand(ClientMessage.Command command) throws ProtocolException {
        requireJoined(command.id());
        rules.check(command);
        String by = viewer().participantId();
        Future<Command> prepared = command instanceof ClientMessage.RoundNext next
            ? NextRounds.prepare(sessions, roomId, by, next)
            : Future.succeededFuture(RoomCommands.of(command, by));
        prepared.compose(roomCommand -> sessions.store().apply(roomId, roomCommand, sessions.now(), false))
            .onSuccess(outcome -> {
                if (outcome instanceof Outcome.Applied applied) {
                    sessions.feeds().publish(roomId, applied.events());
                    long seq = applied.events().isEmpty() ? delivery.last() : last(applied.events()).seq();
                    send(new ServerMessage.Ack(command.id(), seq, revisionMade(applied.events())));
                } else if (outcome instanceof Outcome.Rejected rejected) {
                    sendError(command.id(), rejected.code(), rejected.message());
                }
            })
            .onFailure(e -> {
                if (e instanceof ProtocolException refused) {
                    sendError(refused.id(), refused.code(), refused.getMessage());
                    return;
                }
                LOG.warn("command on room {} failed", roomId, e);
                sendError(command.id(), ErrorCode.UNAVAILABLE, "the command could not be applied; try again");
            });
    }

    private void onCursor(ClientMessage.NotesCursor cursor) throws ProtocolException {
        requireJoined(null);
        rules.check(cursor);
        NotesRequests.cursor(sessions, roomId, viewer(), cursor);
    }

    private void onFetch(ClientMessage.NotesFetch fetch) throws ProtocolException {
        requireJoined(fetch.id());
        NotesRequests.fetch(sessions, roomId, viewer(), fetch).onSuccess(this::send);
    }

    @Override
    public void onTransient(Audience audience, String frame) {
        if (phase == Phase.JOINED && audience.admits(viewer())) {
            sendFrame(frame);
        }
    }

    @Override
    public void onEvents(List<FeedEvent> events) {
        if (phase == Phase.JOINING || phase == Phase.JOINED) {
            delivery.offer(events);
        }
    }

    @Override
    public void failed(RuntimeException error) {
        close(CLOSE_INTERNAL, "delivery failed; reconnect to catch up");
    }

    private void onTransportError(Throwable error) {
        if (error instanceof CorruptedWebSocketFrameException corrupted) {
            close((short) corrupted.closeStatus().code(), corrupted.closeStatus().reasonText());
        } else if (String.valueOf(error.getMessage()).contains("exceeds the max size")) {
            close(CLOSE_TOO_BIG, "message larger than " + sessions.config().limits().maxFrameBytes() + " bytes");
        } else {
            LOG.debug("socket error on {}", connection, error);
            close(CLOSE_INTERNAL, "transport error");
        }
    }

    private void onClosed() {
        Phase before = phase;
        phase = Phase.CLOSED;
        if (delivery != null) {
            delivery.stop();
        }
        if (before == Phase.JOINING || before == Phase.JOINED) {
            sessions.feeds().detach(roomId, this);
        }
        if (before == Phase.JOINED) {
            sessions.store().apply(roomId, new Command.Disconnect(viewer().participantId(), connection), sessions.now(),
                    false)
                .onSuccess(outcome -> {
                    if (outcome instanceof Outcome.Applied applied) {
                        sessions.feeds().publish(roomId, applied.events());
                    }
                })
                .onFailure(e -> LOG.warn("could not mark {} offline in room {}", connection, roomId, e));
        }
    }

    /** Who this socket is now: its seat follows the room's, as delivered. */
    private Viewer viewer() {
        return delivery.viewer();
    }

    @Override
    public void roomGone() {
        close(CLOSE_POLICY, "the room no longer exists");
    }

    @Override
    public void send(ServerMessage message) {
        sendFrame(Codec.encode(message));
    }

    private void sendError(Long id, ErrorCode code, String message) {
        send(new ServerMessage.Error(id, code, message));
    }

    @Override
    public void sendFrame(String frame) {
        // The socket closes before its close handler runs (phase CLOSED); in between, asking a closed socket
        // whether its queue is full throws. Both are set on this event loop, so nothing changes between the
        // check and the write.
        if (phase == Phase.CLOSED || socket.isClosed()) {
            return;
        }
        if (socket.writeQueueFull()) {
            // A client that stopped reading must not make the server buffer without bound; it can resume later.
            close(CLOSE_TRY_AGAIN, "client is not reading; reconnect to catch up");
            return;
        }
        socket.writeTextMessage(frame).onFailure(e -> LOG.debug("write to {} failed", connection, e));
    }

    private void close(short code, String reason) {
        if (phase != Phase.CLOSED && !socket.isClosed()) {
            socket.close(code, reason).onFailure(e -> LOG.debug("close of {} failed", connection, e));
        }
    }

    /** The document revision a notes edit made, for its ack; absent for other commands and for resent edits. */
    private static Long revisionMade(List<LoggedEvent> events) {
        return events.stream()
            .map(LoggedEvent::event)
            .filter(RoomEvent.NotesEdited.class::isInstance)
            .map(e -> ((RoomEvent.NotesEdited) e).rev())
            .findFirst()
            .orElse(null);
    }

    private static LoggedEvent last(List<LoggedEvent> events) {
        return events.get(events.size() - 1);
    }
}
