package dev.curveball.transport;

import static dev.curveball.transport.SocketOutput.CLOSE_GOING_AWAY;
import static dev.curveball.transport.SocketOutput.CLOSE_INTERNAL;
import static dev.curveball.transport.SocketOutput.CLOSE_POLICY;

import dev.curveball.access.Secrets;
import dev.curveball.apply.Rooms;
import dev.curveball.config.Config;
import dev.curveball.events.FeedEvent;
import dev.curveball.fanout.RoomFeeds;
import dev.curveball.fanout.RoomListener;
import dev.curveball.metrics.NodeMetrics;
import dev.curveball.protocol.ClientMessage;
import dev.curveball.protocol.Codec;
import dev.curveball.protocol.ErrorCode;
import dev.curveball.protocol.NotesMessages;
import dev.curveball.protocol.Protocol;
import dev.curveball.protocol.ProtocolException;
import dev.curveball.protocol.RoundMessages;
import dev.curveball.protocol.ServerMessage;
import dev.curveball.room.Audience;
import dev.curveball.room.Command;
import dev.curveball.room.LoggedEvent;
import dev.curveball.room.Redaction;
import dev.curveball.room.RoomState;
import dev.curveball.room.Viewer;
import dev.curveball.store.Result;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.ServerWebSocket;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One WebSocket. Decodes each frame, checks it, dispatches it, and passes the room's events (which its feed hands
 * over in {@code seq} order) to the socket, each only if the socket's participant may see it. Runs on one event
 * loop; never blocks.
 */
final class Session implements RoomListener {
    private static final Logger LOG = LoggerFactory.getLogger(Session.class);

    /** The close reason a removed participant's sockets get, on every node. */
    static final String REMOVED = "removed from the room by the host";

    private enum Phase { AWAITING_HELLO, JOINING, JOINED, CLOSED }

    private final ServerWebSocket socket;
    private final SocketOutput out;
    private final String connection;
    private final Vertx vertx;
    private final Config.Limits limits;
    private final Rooms rooms;
    private final RoomFeeds feeds;
    private final NextRounds nextRounds;
    private final InputRules rules;
    private final Config.Guard guard;
    private final SocketAllowance allowance;
    private final NodeMetrics metrics;
    /** Closed for flooding: whatever still arrives is ignored. */
    private boolean flooded;
    private Phase phase = Phase.AWAITING_HELLO;
    private String roomId;
    /** Who this socket is now: its seat follows the room's, as delivered. */
    private Viewer viewer;
    /** The last event this socket has been given or withheld from; later ones are new to it. */
    private long since;
    private final HeldDuringJoin held = new HeldDuringJoin();

    Session(ServerWebSocket socket, String connection, Vertx vertx, Config config, Rooms rooms,
            RoomFeeds feeds, NextRounds nextRounds, NodeMetrics metrics, Throttles throttles, String address) {
        this.socket = socket;
        this.out = new SocketOutput(socket, connection, metrics);
        this.connection = connection;
        this.vertx = vertx;
        this.limits = config.limits();
        this.guard = config.guard();
        this.rooms = rooms;
        this.feeds = feeds;
        this.nextRounds = nextRounds;
        this.rules = new InputRules(limits);
        this.metrics = metrics;
        this.allowance = new SocketAllowance(throttles, config, address, rooms.now());
    }

    void open() {
        metrics.socketOpened();
        socket.textMessageHandler(this::onFrame);
        socket.binaryMessageHandler(b -> out.error(null, ErrorCode.BAD_MESSAGE, "frames must be JSON text"));
        socket.exceptionHandler(error -> out.closeFor(error, limits.maxFrameBytes()));
        socket.closeHandler(v -> onClosed());
        socket.shutdownHandler(v -> out.close(CLOSE_GOING_AWAY, "the server is shutting down; reconnect"));
        vertx.setTimer(limits.helloTimeoutMs(), id -> {
            if (phase == Phase.AWAITING_HELLO) {
                refused("no hello within " + limits.helloTimeoutMs() + " ms");
                out.close(CLOSE_POLICY, "no hello received");
            }
        });
    }

    private void onFrame(String frame) {
        if (phase == Phase.CLOSED || flooded) {
            return;
        }
        if (!allowance.admits(rooms.now())) {
            dropped(frame);
            return;
        }
        try {
            dispatch(Codec.decodeClient(frame));
        } catch (ProtocolException refused) {
            if (phase == Phase.AWAITING_HELLO) {
                refused(refused.code().code() + ": " + refused.getMessage());
            }
            out.error(refused.id(), refused.code(), refused.getMessage());
        }
    }

    /**
     * A dropped message is answered with {@code rate-limited}, so the client knows and can slow down; a socket that
     * keeps sending regardless is closed, with the reason, once its drops outrun what its rate forgives.
     */
    private void dropped(String frame) {
        if (allowance.dropped(rooms.now()) == SocketAllowance.Drop.CLOSE) {
            flooded = true;
            LOG.info("closing {}: it kept sending past its rate ({} messages dropped beyond the allowance)",
                connection, guard.maxDroppedMessages());
            out.close(CLOSE_POLICY, "flooding: over " + guard.maxDroppedMessages() + " messages dropped for rate ("
                + limits.maxMessagesPerSecond() + "/s); slow down, then reconnect");
            return;
        }
        if (out.backedUp()) {
            return; // the flooder is not reading its answers: it goes unanswered, but not closed for not reading
        }
        out.error(Codec.peekId(frame), ErrorCode.RATE_LIMITED, "too many messages; this one was dropped");
    }

    private void dispatch(ClientMessage message) throws ProtocolException {
        if (message instanceof ClientMessage.Hello hello) {
            onHello(hello);
        } else if (message instanceof ClientMessage.Ping ping) {
            out.send(new ServerMessage.Pong(ping.t(), rooms.now()));
        } else if (message instanceof NotesMessages.NotesCursor cursor) {
            onCursor(cursor);
        } else if (message instanceof NotesMessages.NotesFetch fetch) {
            onFetch(fetch);
        } else if (message instanceof RoundMessages.RoundNext next) {
            onCommand(next, nextRounds.prepare(roomId, viewerId(next.id()), next));
        } else if (message instanceof RoundMessages.ParticipantRemove remove) {
            onRevoke(remove, remove.participant());
        } else if (message instanceof RoundMessages.InviteReset reset) {
            onRevoke(reset, null);
        } else if (message instanceof ClientMessage.RoomCommand command) {
            rules.check(command);
            onCommand(command, Future.succeededFuture(Command.by(viewerId(command.id()), command)));
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
        String newSecret = Secrets.token();
        String resumeSecret = hello.resume() == null ? null : hello.resume().secret();
        Command.Join join = new Command.Join(connection, Secrets.hash(hello.token()), name, Secrets.participantId(),
            Secrets.hash(newSecret), resumeSecret == null ? null : Secrets.hash(resumeSecret));
        // Subscribe before joining, so that no event after the join's snapshot can slip past this socket.
        feeds.attach(roomId, this)
            .compose(v -> rooms.join(roomId, join))
            .onSuccess(result -> {
                if (result instanceof Result.Joined joined) {
                    if (!countSocket(joined.actor())) {
                        return;
                    }
                    // Resumed: the participant kept the secret this socket sent. A newcomer, or someone who came
                    // back by their personal link, holds the new one from now on.
                    boolean resumed = joined.state().participant(joined.actor())
                        .map(p -> !join.newSecretHash().equals(p.secretHash())).orElse(false);
                    welcome(joined, resumed ? resumeSecret : newSecret, resumed ? hello.resume().lastSeq() : null);
                } else if (result instanceof Result.Refused refused) {
                    abandonJoin();
                    refused("room " + roomId + ": " + refused.code().code() + ": " + refused.message());
                    out.error(null, refused.code(), refused.message());
                }
            })
            .onFailure(e -> {
                LOG.warn("join of room {} failed", roomId, e);
                refused("room " + roomId + ": the room could not be reached");
                abandonJoin();
                out.error(null, ErrorCode.UNAVAILABLE, "the room could not be reached; try again");
            });
    }

    /**
     * Counts this socket against its participant's maximum; past it, refuses the socket: the join has already
     * marked this connection online, so it is taken out again, and the socket closes (1008) with the reason.
     */
    private boolean countSocket(String participantId) {
        if (phase != Phase.JOINING) {
            return false; // closed while joining; onClosed already disconnected this connection
        }
        if (allowance.joined(roomId, participantId)) {
            return true;
        }
        out.error(null, ErrorCode.TOO_MANY_SOCKETS, "you already have " + guard.maxSocketsPerParticipant()
            + " connections to this room open (other tabs or devices); close one and reload");
        phase = Phase.CLOSED;
        feeds.detach(roomId, this);
        held.clear();
        rooms.apply(roomId, new Command.Disconnect(participantId, connection))
            .onFailure(e -> LOG.warn("could not mark {} offline in room {}", connection, roomId, e));
        out.close(CLOSE_POLICY,
            "too many connections for one participant (max " + guard.maxSocketsPerParticipant() + ")");
        return false;
    }

    /**
     * Sends the room as this participant may see it: the events missed since {@code lastSeq} when the room's log
     * still has them all, a snapshot otherwise. Then what the feed handed over meanwhile, from where that left off.
     */
    private void welcome(Result.Joined joined, String secret, Long lastSeq) {
        if (phase != Phase.JOINING) {
            return; // closed while joining; onClosed already disconnected this connection
        }
        RoomState state = joined.state();
        var participant = state.participant(joined.actor()).orElseThrow();
        viewer = new Viewer(participant.id(), participant.role(), participant.host());
        var you = new ServerMessage.You(participant.id(), participant.role(), participant.host());
        List<LoggedEvent> missed = lastSeq == null ? null : state.eventsAfter(lastSeq).orElse(null);
        phase = Phase.JOINED;
        metrics.online(roomId, viewer.participantId());
        if (missed == null && lastSeq != null) {
            metrics.resynced(); // it came back past the room's log: a snapshot instead of what it missed
        }
        if (missed == null) {
            out.send(new ServerMessage.Welcome(Protocol.VERSION, you, secret, state.seq(), rooms.now(),
                Redaction.snapshot(state, viewer), limits.announced(state.limits())));
            since = state.seq();
        } else {
            // The viewer is who the participant is now; events that seated them otherwise are already behind them.
            out.send(new ServerMessage.Welcome(Protocol.VERSION, you, secret, lastSeq, rooms.now(), null,
                limits.announced(state.limits())));
            since = lastSeq;
            onEvents(missed.stream().map(FeedEvent::of).toList());
        }
        feeds.welcomed(state);
        HeldDuringJoin.Held meanwhile = held.release();
        if (meanwhile.snapshot() != null && meanwhile.snapshot().seq() > since) {
            onSnapshot(meanwhile.snapshot());
        }
        onEvents(meanwhile.events());
    }

    private void abandonJoin() {
        if (phase == Phase.JOINING) {
            feeds.detach(roomId, this);
            held.clear();
            phase = Phase.AWAITING_HELLO;
        }
    }

    private String viewerId(Long id) throws ProtocolException {
        if (phase != Phase.JOINED) {
            throw new ProtocolException(ErrorCode.NOT_JOINED, "say hello and join a room first", id);
        }
        return viewer.participantId();
    }

    private void onCommand(ClientMessage.Command command, Future<Command> prepared) {
        prepared.compose(roomCommand -> rooms.apply(roomId, roomCommand))
            .onSuccess(result -> {
                if (result instanceof Result.Applied applied) {
                    long seq = applied.seq() == null ? since : applied.seq();
                    out.send(new ServerMessage.Ack(command.id(), seq, applied.revision()));
                } else if (result instanceof Result.Refused refused) {
                    out.error(command.id(), refused.code(), refused.message());
                }
            })
            .onFailure(e -> {
                if (e instanceof ProtocolException refused) {
                    out.error(refused.id(), refused.code(), refused.getMessage());
                    return;
                }
                LOG.warn("command on room {} failed", roomId, e);
                out.error(command.id(), ErrorCode.UNAVAILABLE, "the command could not be applied; try again");
            });
    }

    /**
     * Removes a participant (or nobody) and resets the invite link. The new link's token is drawn here, at the edge;
     * the room keeps only its hash, so only this socket, the host's, ever learns the token: the answer carries it.
     */
    private void onRevoke(ClientMessage.Command command, String participant) throws ProtocolException {
        String by = viewerId(command.id());
        String newInvite = Secrets.token();
        rooms.apply(roomId, new Command.Revoke(by, participant, Secrets.hash(newInvite)))
            .onSuccess(result -> {
                if (result instanceof Result.Applied applied) {
                    out.send(new ServerMessage.Invite(command.id(), applied.seq() == null ? since : applied.seq(),
                        newInvite));
                } else if (result instanceof Result.Refused refused) {
                    out.error(command.id(), refused.code(), refused.message());
                }
            })
            .onFailure(e -> {
                LOG.warn("revocation in room {} failed", roomId, e);
                out.error(command.id(), ErrorCode.UNAVAILABLE, "the command could not be applied; try again");
            });
    }

    private void onCursor(NotesMessages.NotesCursor cursor) throws ProtocolException {
        viewerId(null);
        rules.check(cursor);
        NotesRequests.cursor(feeds, roomId, viewer, cursor);
    }

    private void onFetch(NotesMessages.NotesFetch fetch) throws ProtocolException {
        viewerId(fetch.id());
        NotesRequests.fetch(rooms.store(), roomId, viewer, fetch).onSuccess(out::send);
    }

    @Override
    public void onEvents(List<FeedEvent> events) {
        if (phase == Phase.JOINING) {
            held.events(events);
            return;
        }
        if (phase != Phase.JOINED) {
            return;
        }
        for (FeedEvent event : events) {
            if (event.seq() <= since) {
                continue; // already in the welcome
            }
            since = event.seq();
            viewer = viewer.seated(event.seatOf(viewer.participantId(), viewer.role()));
            if (Redaction.mayReceive(event.audience(), viewer)) {
                out.frame(event.frame());
            }
            if (viewer.participantId().equals(event.removes())) {
                out.close(CLOSE_POLICY, REMOVED);
                return;
            }
        }
    }

    @Override
    public void onSnapshot(RoomState state) {
        if (phase == Phase.JOINING) {
            held.snapshot(state);
            return;
        }
        if (phase != Phase.JOINED) {
            return;
        }
        if (state.participant(viewer.participantId()).isEmpty()) {
            out.close(CLOSE_POLICY, REMOVED); // removed by an event this socket never saw: the snapshot skipped past it
            return;
        }
        state.participant(viewer.participantId()).ifPresent(p -> viewer = viewer.seated(p.role()));
        since = state.seq();
        out.send(new ServerMessage.Snapshot(state.seq(), rooms.now(), Redaction.snapshot(state, viewer)));
    }

    @Override
    public void onTransient(Audience audience, String frame) {
        if (phase == Phase.JOINED && audience.admits(viewer)) {
            out.frame(frame);
        }
    }

    @Override
    public void roomGone() {
        out.close(CLOSE_POLICY, "the room no longer exists");
    }

    @Override
    public void failed(RuntimeException error) {
        // Events counted as delivered may not have reached the socket: the client resumes from what it really saw.
        out.close(CLOSE_INTERNAL, "delivery failed; reconnect to resume");
    }

    private void onClosed() {
        Phase before = phase;
        phase = Phase.CLOSED;
        out.closed();
        metrics.socketClosed();
        allowance.release();
        if (before == Phase.JOINING || before == Phase.JOINED) {
            feeds.detach(roomId, this);
        }
        if (before == Phase.JOINED) {
            metrics.offline(roomId, viewer.participantId());
            rooms.apply(roomId, new Command.Disconnect(viewer.participantId(), connection))
                .onFailure(e -> LOG.warn("could not mark {} offline in room {}", connection, roomId, e));
        }
    }

    /**
     * One INFO line per connection turned away, with why. Only what the server itself chose to say: never the
     * hello's token, secret or name.
     */
    private void refused(String why) {
        LOG.info("refused connection {} from {}: {}", connection, socket.remoteAddress(), why);
    }
}
