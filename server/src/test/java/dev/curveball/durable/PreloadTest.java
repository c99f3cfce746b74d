package dev.curveball.durable;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.curveball.config.Setting;
import dev.curveball.store.HazelcastRoomStore;
import dev.curveball.testing.CreatedRoom;
import dev.curveball.testing.TestNode;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * After a restart a node reads rooms from the database when someone first opens them; with {@code --store-preload}
 * it reads every room before it says it is ready, so nobody's first open waits for the database.
 */
class PreloadTest {
    private static final String ROOM = "{\"title\":\"Preloaded\",\"creatorSeat\":\"interviewer\"}";

    @TempDir
    Path dataDir;

    @Test
    void aRestartedNodeHoldsNoRoomUntilOneIsOpened() throws Exception {
        createTwoRooms();

        try (TestNode node = TestNode.start(durable("false"))) {
            assertEquals(Set.of(), roomsInMemory(node));
        }
    }

    @Test
    void withPreloadingEveryRoomIsInMemoryOnceTheNodeIsReady() throws Exception {
        Set<String> created = createTwoRooms();

        try (TestNode node = TestNode.start(durable("true"))) {
            assertEquals(created, roomsInMemory(node));
        }
    }

    private Set<String> createTwoRooms() throws Exception {
        try (TestNode node = TestNode.start(durable("false"))) {
            return Stream.of(node.createRoom(ROOM), node.createRoom(ROOM)).map(CreatedRoom::id)
                .collect(Collectors.toSet());
        }
    }

    private Map<Setting, String> durable(String preload) {
        return Map.of(Setting.STORE, "database", Setting.DATA_DIR, dataDir.toString(), Setting.STORE_PRELOAD, preload);
    }

    private static Set<String> roomsInMemory(TestNode node) {
        return Set.copyOf(node.node().hazelcast().getMap(HazelcastRoomStore.MAP_NAME).localKeySet().stream()
            .map(String::valueOf).toList());
    }
}
