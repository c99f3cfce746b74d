package dev.curveball.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.curveball.config.Setting;
import dev.curveball.testing.CreatedRoom;
import dev.curveball.testing.PausableProxy;
import dev.curveball.testing.TestNode;
import java.time.Duration;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * A network that drops without closing anything (Wi-Fi gone, a half-open TCP connection): Ada's browser reaches the
 * node through a proxy that stops forwarding, Bo's reaches it directly. Ada's badge must stop claiming "Connected"
 * within one ping interval and its grace (connection.js: {@code PING_EVERY_MS + PONG_GRACE_MS}, 3.5 s), her typing
 * must be kept, and once the network is back she is connected again and Bo reads what she typed meanwhile.
 */
class ConnectionBadgeBrowserTest {
    /** connection.js: a ping every 2 s, a pong at most 1.5 s late. */
    private static final Duration PING_INTERVAL_AND_GRACE = Duration.ofMillis(2_000 + 1_500);
    /** For a loaded machine (timers fire late), on top of what the client promises. */
    private static final Duration MARGIN = Duration.ofMillis(1_000);
    private static final Duration KEY_PAUSE = Duration.ofMillis(120);

    private TestNode node;
    private PausableProxy network;
    private RoomPage ada;
    private RoomPage bo;

    @BeforeEach
    void start() {
        Chromium.requireInstalled();
        int port = TestNode.freePort();
        network = PausableProxy.to(port);
        // The node names the proxy as its public address, so the page's list of nodes to fail over to (from
        // /api/cluster) holds only the route that drops: no way around the broken network.
        node = TestNode.start(Map.of(Setting.PORT, String.valueOf(port), Setting.PUBLIC_URL, network.baseUrl()));
    }

    @AfterEach
    void stop() throws Exception {
        for (RoomPage page : new RoomPage[] {ada, bo}) {
            if (page != null) {
                page.close();
            }
        }
        if (node != null) {
            node.close();
        }
        if (network != null) {
            network.close();
        }
    }

    @Test
    void whenTheNetworkDropsWithoutACloseTheBadgeSaysReconnectingWithinAPingIntervalAndTypingIsKept() {
        CreatedRoom room = node.createRoom("{}");
        assertTrue(room.hostLink().startsWith(network.baseUrl()), room.hostLink());
        ada = RoomPage.enter(room.hostLink(), "Ada");
        ada.driver.manage().window().setSize(new Dimension(390, 844)); // a phone
        bo = RoomPage.enter(room.inviteLink().replace(network.baseUrl(), node.baseUrl()), "Bo");
        typeKeyByKey(ada, "before ");
        Awaitility.await().atMost(RoomPage.PATIENCE).until(() -> "before ".equals(notes(bo)));
        assertBadge(ada, "connected", "Connected");

        long droppedAt = System.currentTimeMillis();
        network.pause();
        // Waits long enough for a slow client to get there too, so that its failure says how slow it was.
        Awaitility.await().atMost(Duration.ofSeconds(40)).until(() -> "reconnecting".equals(badgeState(ada)));
        // When the page changed the badge, by its own record of its DOM (same machine clock), so a slow poll from
        // here on a loaded machine cannot blur the measure.
        Duration noticed = Duration.ofMillis(ada.domRecord().stream()
            .filter(e -> "Reconnecting…".equals(String.valueOf(e.get(1))))
            .mapToLong(e -> ((Number) e.get(0)).longValue()).filter(at -> at >= droppedAt)
            .min().orElseThrow() - droppedAt);
        assertTrue(noticed.compareTo(PING_INTERVAL_AND_GRACE.plus(MARGIN)) <= 0, "noticed after " + noticed);
        assertBadge(ada, "reconnecting", "Reconnecting…");
        assertBadge(bo, "connected", "Connected"); // Bo's network is his own

        typeKeyByKey(ada, "offline");
        assertEquals("before offline", notes(ada), "what Ada types while cut off stays on her screen");
        assertEquals("reconnecting", badgeState(ada), "the badge does not claim the edits were saved");
        assertEquals("before ", notes(bo));

        network.resume();
        Awaitility.await().atMost(RoomPage.PATIENCE).until(() -> "connected".equals(badgeState(ada)));
        assertBadge(ada, "connected", "Connected");
        Awaitility.await().atMost(RoomPage.PATIENCE).until(() -> "before offline".equals(notes(bo)));
        Awaitility.await().atMost(RoomPage.PATIENCE).until(() -> "saved".equals(notesState(ada)));
        assertEquals("before offline", notes(ada));
    }

    /** The badge as a person sees it: on screen, its words, and the state its colour comes from. */
    private static void assertBadge(RoomPage page, String state, String label) {
        WebElement badge = page.driver.findElement(By.id("connection"));
        assertTrue(badge.isDisplayed(), page.name + "'s badge is on screen");
        assertEquals("status", badge.getAttribute("role"), "the badge is announced as it changes");
        assertEquals(state, badge.getAttribute("data-state"), page.name);
        assertEquals(label, badge.findElement(By.className("connection-label")).getText(), page.name);
    }

    private static String badgeState(RoomPage page) {
        return page.driver.findElement(By.id("connection")).getAttribute("data-state");
    }

    private static String notes(RoomPage page) {
        return page.driver.findElement(By.id("notes-shared")).getAttribute("value");
    }

    private static String notesState(RoomPage page) {
        return page.driver.findElement(By.id("notes-shared-status")).getAttribute("data-state");
    }

    /** Types as a person does, one key every {@link #KEY_PAUSE}; the browser keeps the pace, not a sleep here. */
    private static void typeKeyByKey(RoomPage page, String text) {
        WebElement notes = page.driver.findElement(By.id("notes-shared"));
        page.driver.executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].focus();"
            + " arguments[0].setSelectionRange(arguments[0].value.length, arguments[0].value.length);", notes);
        Actions keys = new Actions(page.driver);
        for (char key : text.toCharArray()) {
            keys.sendKeys(String.valueOf(key)).pause(KEY_PAUSE);
        }
        keys.perform();
    }
}
