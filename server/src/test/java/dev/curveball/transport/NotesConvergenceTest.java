package dev.curveball.transport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.curveball.config.Setting;
import dev.curveball.testing.CreatedRoom;
import dev.curveball.testing.EditHistory;
import dev.curveball.testing.NotesTyper;
import dev.curveball.testing.RunningNode;
import dev.curveball.testing.WsClient;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Three editors type into the shared notes at once, one of them dropping its connection half-way. */
class NotesConvergenceTest {
    private static final int EDITS_EACH = 700;
    @RegisterExtension
    static final RunningNode node = new RunningNode(Map.of(
            Setting.MAX_MESSAGES_PER_SECOND, "5000",
            Setting.MESSAGE_BURST, "5000",
            Setting.EVENT_LOG_SIZE, "8192"));


    @Test
    void concurrentTypingThroughAReconnectConvergesWithEveryEditAppliedExactlyOnce() {
        CreatedRoom room = node.createRoom("{}");
        NotesTyper ada = new NotesTyper(node.vertx(), node.port(), room.id(), room.hostToken(), "ada", 1).join(null);
        NotesTyper bo = new NotesTyper(node.vertx(), node.port(), room.id(), room.inviteToken(), "bo", 2).join(null);
        // Bo's second tab: the same participant (same seat), its own editor.
        NotesTyper boTab = new NotesTyper(node.vertx(), node.port(), room.id(), room.inviteToken(), "bt", 3)
            .join(bo.secret());
        List<NotesTyper> typers = List.of(ada, bo, boTab);
        try {
            converge(room, ada, bo, boTab, typers);
        } finally {
            typers.forEach(NotesTyper::close);
        }
    }

    private static void converge(CreatedRoom room, NotesTyper ada, NotesTyper bo, NotesTyper boTab,
                                 List<NotesTyper> typers) {        ada.type(EDITS_EACH, 4, 0);
        bo.type(EDITS_EACH, 4, 0);
        boTab.type(EDITS_EACH, 4, EDITS_EACH / 2);

        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() ->
            typers.stream().allMatch(t -> t.typed() == EDITS_EACH && t.synced())
                && typers.stream().map(NotesTyper::rev).distinct().count() == 1);
        typers.forEach(t -> assertTrue(t.errors().isEmpty(), t.clientId() + " got " + t.errors()));
        String text = ada.text();
        assertEquals(text, bo.text());
        assertEquals(text, boTab.text());
        try (WsClient late = WsClient.join(node.vertx(), node.port(), room.id(), room.inviteToken(), "late")) {
            assertEquals(text, late.welcome().at("/room/notes/shared/text").asText(), "the server has it too");
            assertEquals(ada.rev(), late.welcome().at("/room/notes/shared/rev").asLong());
        }

        // Ada never disconnected: she saw every edit, and each landed exactly once.
        List<NotesTyper.SeenEdit> history = ada.seen();
        EditHistory.assertEveryEditAppliedExactlyOnce(history, text, typers);
        assertTrue(history.size() > 100, "edits were batched but there were many: " + history.size());
    }
}
