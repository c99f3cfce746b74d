package dev.curveball.store;

import dev.curveball.protocol.view.DocView;

/**
 * What {@link RoomStore#readDocument} found.
 *
 * @param roomExists whether the room is there at all
 * @param doc        the document as the viewer may read it; null when it is not theirs to read (or no room)
 */
public record DocRead(boolean roomExists, DocView doc) {
}
