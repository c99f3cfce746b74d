package dev.curveball.protocol.view;

import java.util.Map;

/**
 * A notes document at a revision: {@code rev} counts the operations applied to it so far.
 *
 * @param seen for each recent editor instance ({@code client} of {@code notes.op}), the last {@code clientSeq}
 *             applied; an editor that reconnects into a snapshot learns from it whether its edit in flight landed
 */
public record DocView(long rev, String text, Map<String, Long> seen) {
    public DocView {
        seen = seen == null ? Map.of() : Map.copyOf(seen);
    }
}
