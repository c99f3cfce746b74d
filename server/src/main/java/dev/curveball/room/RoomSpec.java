package dev.curveball.room;

import dev.curveball.protocol.Mode;
import dev.curveball.protocol.Role;
import java.util.List;

/**
 * What the creator asks for when opening a room.
 *
 * @param material the first round's prompt, phases, deck and clarifications
 * @param rubric   the scorecard's dimension ids, in order
 */
public record RoomSpec(String title, Mode mode, Role creatorSeat, RoundMaterial material, List<String> rubric) {
}
