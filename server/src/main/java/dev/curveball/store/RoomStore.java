package dev.curveball.store;

import dev.curveball.protocol.DocName;
import dev.curveball.room.Command;
import dev.curveball.room.Viewer;
import dev.curveball.room.LinkCheck;
import dev.curveball.room.RoomState;
import dev.curveball.room.RoomSummary;
import io.vertx.core.Future;
import dev.curveball.room.LoggedEvent;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Where rooms live. Commands on one room are applied one at a time, in the order the store receives them. */
public interface RoomStore {

    /** Stores a new room; fails if the id is taken. */
    Future<Void> create(RoomState room);

    /** Applies a command at {@code now}: {@link Result.Applied} or {@link Result.Refused}. */
    Future<Result> apply(String roomId, Command command, long now);

    /** Applies a join at {@code now}: {@link Result.Joined}, with the room as it is after it, or a refusal. */
    Future<Result> join(String roomId, Command.Join join, long now);

    /** What a viewer who last saw {@code afterSeq} needs to catch up. */
    Future<Catchup> catchUp(String roomId, long afterSeq);

    /**
     * Applies a command to every room (a rare, cluster-wide sweep, such as dropping a dead node's sockets) and
     * answers the events it produced, by room.
     */
    Future<Map<String, String>> applyEverywhere(Command command, long now);

    /**
     * What a link would open, read on the room's partition without changing it; {@code resumeSecretHash} may be
     * null. An unknown room answers {@link LinkCheck.Refused} with {@code unknown-room}.
     */
    Future<LinkCheck> checkLink(String roomId, String tokenHash, String resumeSecretHash);

    /** One notes document as {@code viewer} may read it, read on the room's partition. */
    Future<DocRead> readDocument(String roomId, DocName doc, Viewer viewer);

    /** The whole room, for reads that are rare enough not to need their own processor. */
    Future<Optional<RoomState>> read(String roomId);

    /** The board's summary of each room of {@code roomIds} that still exists, by room id. */
    Future<Map<String, RoomSummary>> summaries(Set<String> roomIds);

    /** Number of rooms held, cluster-wide. */
    Future<Integer> roomCount();
}
