package dev.curveball.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.LongStream;

/** The "never lose a keystroke" check, shared by every test that types into the notes. */
public final class EditHistory {
    private EditHistory() {
    }

    /**
     * {@code history} is every edit as one socket that never disconnected saw it. Passes when the revisions run
     * 1..n, no (client, clientSeq) appears twice, every typer's edits arrived without a gap in their sequence
     * numbers, and replaying the edits from an empty document gives exactly {@code text}.
     */
    public static void assertEveryEditAppliedExactlyOnce(List<NotesTyper.SeenEdit> history, String text,
                                                         List<NotesTyper> typers) {
        assertEquals(LongStream.rangeClosed(1, history.size()).boxed().toList(),
            history.stream().map(NotesTyper.SeenEdit::rev).toList(), "revisions are consecutive");
        Set<String> ids = new HashSet<>();
        for (NotesTyper.SeenEdit edit : history) {
            assertTrue(ids.add(edit.client() + "#" + edit.clientSeq()), "applied twice: " + edit);
        }
        for (NotesTyper typer : typers) {
            List<Long> seqs = history.stream().filter(e -> e.client().equals(typer.clientId()))
                .map(NotesTyper.SeenEdit::clientSeq).toList();
            assertEquals(LongStream.rangeClosed(1, seqs.size()).boxed().toList(), seqs, typer.clientId());
        }
        String replayed = "";
        for (NotesTyper.SeenEdit edit : history) {
            replayed = edit.op().apply(replayed);
        }
        assertEquals(text, replayed, "replaying every edit gives the final text");
    }
}
