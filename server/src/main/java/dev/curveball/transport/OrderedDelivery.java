package dev.curveball.transport;

import dev.curveball.fanout.FeedEvent;
import dev.curveball.fanout.SeqGate;
import dev.curveball.protocol.ServerMessage;
import dev.curveball.protocol.RoomEvent;
import dev.curveball.room.Redaction;
import dev.curveball.room.RoomState;
import dev.curveball.room.Viewer;
import dev.curveball.store.Catchup;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A socket's view of its room's event stream: every event once, in {@code seq} order, and only if the socket's
 * participant may see it. A gap that does not close by itself within the configured time is repaired from the
 * room's log in the store, or with a fresh snapshot when the log no longer reaches back far enough.
 */
final class OrderedDelivery {
    private static final Logger LOG = LoggerFactory.getLogger(OrderedDelivery.class);

    /** Where deliveries go: the socket, through its session. */
    interface Outlet {
        void sendFrame(String frame);

        void send(ServerMessage message);

        /** The room is gone: nothing more will ever arrive. */
        void roomGone();
    }

    private final SeqGate<FeedEvent> gate = new SeqGate<>();
    private final Sessions sessions;
    private final String roomId;
    private final Outlet outlet;
    private Viewer viewer;
    private long gapTimer = -1;
    private boolean stopped;

    OrderedDelivery(Sessions sessions, String roomId, Outlet outlet) {
        this.sessions = sessions;
        this.roomId = roomId;
        this.outlet = outlet;
    }

    /** Starts delivering after {@code seq}, as {@code viewer}; events that arrived early go out now. */
    void start(long seq, Viewer newViewer) {
        viewer = newViewer;
        deliver(gate.start(seq));
    }

    /** Who the socket is, with the seat the events delivered so far gave it. */
    Viewer viewer() {
        return viewer;
    }

    /** The last event number let through (delivered or withheld from this viewer). */
    long last() {
        return gate.last();
    }

    void offer(List<FeedEvent> events) {
        if (stopped) {
            return;
        }
        for (FeedEvent event : events) {
            deliver(gate.offer(event.seq(), event));
        }
        if (gate.hasGap() && gapTimer < 0) {
            gapTimer = sessions.vertx().setTimer(sessions.config().rooms().gapRepairMs(), id -> repairGap());
        }
    }

    void stop() {
        stopped = true;
        if (gapTimer >= 0) {
            sessions.vertx().cancelTimer(gapTimer);
        }
    }

    private void deliver(List<FeedEvent> ready) {
        for (FeedEvent event : ready) {
            event.as(RoomEvent.SeatsChanged.class).ifPresent(seats ->
                viewer = viewer.seated(seats.seats().getOrDefault(viewer.participantId(), viewer.role())));
            if (Redaction.mayReceive(event.audience(), viewer)) {
                outlet.sendFrame(event.frame());
            }
        }
    }

    /** An event went missing on the way to this node: fetch what follows the last delivered one from the store. */
    private void repairGap() {
        gapTimer = -1;
        if (stopped || !gate.hasGap()) {
            return;
        }
        // Rare by design (an event lost between nodes, a node killed mid-publish): worth a line when it happens.
        LOG.info("room {}: gap after seq {} still open after {} ms; repairing it from the store", roomId, gate.last(),
            sessions.config().rooms().gapRepairMs());
        sessions.store().catchUp(roomId, gate.last()).onSuccess(catchup -> {
            if (catchup instanceof Catchup.Events missed) {
                offer(missed.events().stream().map(FeedEvent::new).toList());
            } else if (catchup instanceof Catchup.Snapshot snapshot) {
                RoomState state = snapshot.state();
                outlet.send(new ServerMessage.Snapshot(state.seq(), sessions.now(), Redaction.snapshot(state, viewer)));
                deliver(gate.start(state.seq()));
            } else {
                outlet.roomGone();
            }
        }).onFailure(e -> {
            LOG.warn("could not repair a gap in room {}", roomId, e);
            offer(List.of()); // try again after the same delay
        });
    }
}
