package dev.curveball.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.curveball.config.Setting;
import dev.curveball.testing.CreatedRoom;
import dev.curveball.testing.TestNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/** A browser whose node shuts down moves to another node by itself and keeps its notes. */
class FailoverBrowserTest {
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private final List<TestNode> running = new ArrayList<>();
    private ChromeDriver page;

    @BeforeEach
    void start() {
        Chromium.requireInstalled();
        running.addAll(TestNode.cluster(2, Map.of(Setting.EVENT_LOOPS, "1")));
        page = Chromium.launch();
    }

    @AfterEach
    void stop() throws Exception {
        if (page != null) {
            page.quit();
        }
        for (TestNode node : running) {
            node.close();
        }
    }

    @Test
    void whenItsNodeShutsDownThePageReconnectsToAnotherNodeAndKeepsTyping() throws Exception {
        TestNode first = running.get(0);
        CreatedRoom room = first.createRoom("{}");
        page.get(room.hostLink());
        WebElement name = Awaitility.await().atMost(PATIENCE)
            .until(() -> page.findElement(By.id("display-name")), WebElement::isDisplayed);
        name.sendKeys("Ada");
        page.findElement(By.id("join-button")).click();
        Awaitility.await().atMost(PATIENCE).until(() -> "connected".equals(connection()));
        WebElement notes = page.findElement(By.id("notes-shared"));
        notes.sendKeys("before ");
        Awaitility.await().atMost(PATIENCE).until(() -> "saved".equals(notesState()));

        running.remove(first);
        first.close();

        Awaitility.await().atMost(PATIENCE).until(() -> "connected".equals(connection()));
        notes.sendKeys("after");
        Awaitility.await().atMost(PATIENCE).until(() -> "saved".equals(notesState()));
        assertEquals("before after", notes.getAttribute("value"));
        try (var late = dev.curveball.testing.WsClient.join(io.vertx.core.Vertx.vertx(), running.get(0).port(),
            room.id(), room.inviteToken(), "Bo")) {
            assertEquals("before after", late.welcome().at("/room/notes/shared/text").asText(),
                "the surviving node holds both halves");
        }
    }

    private String connection() {
        return page.findElement(By.id("connection")).getAttribute("data-state");
    }

    private String notesState() {
        return page.findElement(By.id("notes-shared-status")).getAttribute("data-state");
    }
}
