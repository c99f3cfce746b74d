package dev.curveball.store;

import com.hazelcast.map.IMap;
import dev.curveball.protocol.DocName;
import dev.curveball.room.Command;
import dev.curveball.room.Viewer;
import dev.curveball.room.LinkCheck;
import dev.curveball.room.RoomState;
import dev.curveball.room.RoomSummary;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import dev.curveball.room.LoggedEvent;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletionStage;

/** Rooms in the Hazelcast IMap {@value #MAP_NAME}; every change is an entry processor on the owning partition. */
public final class HazelcastRoomStore implements RoomStore {
    public static final String MAP_NAME = "rooms";

    private final IMap<String, RoomState> rooms;
    private final long unjoinedTtlMs;

    /** @param unjoinedTtlMs how long a room lives while nobody has joined it */
    public HazelcastRoomStore(IMap<String, RoomState> rooms, long unjoinedTtlMs) {
        this.rooms = rooms;
        this.unjoinedTtlMs = unjoinedTtlMs;
    }

    @Override
    public Future<Void> create(RoomState room) {
        // A room seated in advance (a cohort's) may wait days for its people, so it lives by the map's own expiry.
        long ttlMs = room.participants().isEmpty() ? unjoinedTtlMs : 0;
        return onCaller(rooms.submitToKey(room.id(), new CreateRoom(room, ttlMs))).compose(created -> created
            ? Future.succeededFuture()
            : Future.failedFuture(new IllegalStateException("room id " + room.id() + " is taken")));
    }

    @Override
    public Future<Result> apply(String roomId, Command command, long now) {
        return onCaller(rooms.submitToKey(roomId, new ApplyCommand(command, now)));
    }

    @Override
    public Future<Result> join(String roomId, Command.Join join, long now) {
        return onCaller(rooms.submitToKey(roomId, new JoinRoom(join, now)));
    }

    @Override
    public Future<Catchup> catchUp(String roomId, long afterSeq) {
        return onCaller(rooms.submitToKey(roomId, new ReadCatchup(afterSeq)));
    }

    @Override
    public Future<Map<String, String>> applyEverywhere(Command command, long now) {
        Callable<Map<String, String>> sweep = () -> {
            Map<String, String> changed = new HashMap<>();
            rooms.executeOnEntries(new ApplyCommand(command, now)).forEach((roomId, result) -> {
                if (result.batch() != null) {
                    changed.put(roomId, result.batch());
                }
            });
            return changed;
        };
        // executeOnEntries blocks until every partition answered: never on an event loop.
        Context context = Vertx.currentContext();
        if (context != null) {
            return context.executeBlocking(sweep);
        }
        try {
            return Future.succeededFuture(sweep.call());
        } catch (Exception e) {
            return Future.failedFuture(e);
        }
    }

    @Override
    public Future<LinkCheck> checkLink(String roomId, String tokenHash, String resumeSecretHash) {
        return onCaller(rooms.submitToKey(roomId, new CheckLink(tokenHash, resumeSecretHash)));
    }

    @Override
    public Future<DocRead> readDocument(String roomId, DocName doc, Viewer viewer) {
        return onCaller(rooms.submitToKey(roomId, new ReadDocument(doc, viewer)));
    }

    @Override
    public Future<Optional<RoomState>> read(String roomId) {
        return onCaller(rooms.getAsync(roomId)).map(Optional::ofNullable);
    }

    @Override
    public Future<Map<String, RoomSummary>> summaries(Set<String> roomIds) {
        return onCaller(rooms.submitToKeys(roomIds, new ReadSummary()));
    }

    @Override
    public Future<Integer> roomCount() {
        // size() asks every partition, possibly on other members: keep it off the event loop.
        Context context = Vertx.currentContext();
        return context == null ? Future.succeededFuture(rooms.size()) : context.executeBlocking(rooms::size);
    }

    /**
     * Completes on the calling Vert.x context, so handlers never run on a Hazelcast thread. The callback is handed
     * straight to the event loop: Hazelcast would otherwise run it through its default executor, which on a
     * 2-core machine (common pool parallelism 1) starts a new thread for every single command.
     */
    static <T> Future<T> onCaller(CompletionStage<T> stage) {
        Context context = Vertx.currentContext();
        if (context == null) {
            return Future.fromCompletionStage(stage);
        }
        Promise<T> promise = Promise.promise();
        stage.whenCompleteAsync((value, error) -> {
            if (error != null) {
                promise.fail(error);
            } else {
                promise.complete(value);
            }
        }, task -> context.runOnContext(v -> task.run()));
        return promise.future();
    }
}
