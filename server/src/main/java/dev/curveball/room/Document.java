package dev.curveball.room;

import dev.curveball.protocol.ot.TextOperation;
import dev.curveball.protocol.view.DocView;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A notes document with the server as OT sequencer: its text at revision {@code rev}, the most recent operations
 * (the last one made {@code rev}), and the last edit seen from each client, so that a resent edit applies once.
 *
 * @param history  at most the room's notes history limit; {@code history.get(i)} made revision
 *                 {@code rev - history.size() + i + 1}
 * @param clients  client id to the last edit applied from it, oldest client first
 */
public record Document(String text, long rev, List<TextOperation> history, Map<String, ClientMark> clients) {
    /** Clients remembered per document: well above the tabs a room has, small enough to never matter. */
    static final int REMEMBERED_CLIENTS = 64;

    public static final Document EMPTY = new Document("", 0, List.of(), Map.of());

    public Document {
        history = Window.of(history);
        clients = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(clients));
    }

    /** The last edit applied from one client: its sequence number and the revision it made. */
    public record ClientMark(long clientSeq, long rev) {
    }

    public Optional<ClientMark> seen(String client) {
        return Optional.ofNullable(clients.get(client));
    }

    /** The operations applied after {@code baseRev}, or empty when some have left the history. */
    Optional<List<TextOperation>> since(long baseRev) {
        long oldestBase = rev - history.size();
        if (baseRev < oldestBase) {
            return Optional.empty();
        }
        return Optional.of(history.subList((int) (baseRev - oldestBase), history.size()));
    }

    Document apply(TextOperation op, String newText, String client, long clientSeq, int historyLimit) {
        List<TextOperation> kept = ((Window<TextOperation>) history).append(List.of(op), historyLimit);
        Map<String, ClientMark> marks = new LinkedHashMap<>(clients);
        marks.remove(client);
        marks.put(client, new ClientMark(clientSeq, rev + 1));
        while (marks.size() > REMEMBERED_CLIENTS) {
            marks.remove(marks.keySet().iterator().next());
        }
        return new Document(newText, rev + 1, kept, marks);
    }

    public DocView view() {
        Map<String, Long> seen = new LinkedHashMap<>();
        clients.forEach((client, mark) -> seen.put(client, mark.clientSeq()));
        return new DocView(rev, text, seen);
    }
}
