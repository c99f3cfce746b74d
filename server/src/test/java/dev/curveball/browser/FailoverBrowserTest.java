package dev.curveball.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.curveball.testing.CreatedRoom;
import dev.curveball.testing.ProcessNode;
import dev.curveball.testing.TestNode;
import dev.curveball.testing.WsClient;
import io.vertx.core.Vertx;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;

/**
 * Two nodes in their own JVMs. Ada's node is killed with SIGKILL while she types; her page moves to the other node by
 * itself and what she typed, saved or not, reaches Bo and the room. When every node is gone, the page retries with a
 * growing, jittered backoff (connection.js), as its own sockets show.
 */
class FailoverBrowserTest {
    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final Duration KEY_PAUSE = Duration.ofMillis(120);
    /** connection.js: the first retry waits between half of and the whole base delay, each later one twice that. */
    private static final long BACKOFF_BASE_MS = 500;
    /** Retries to watch once every node is gone: the gaps between them are 0.5–1 s, 1–2 s, 2–4 s, 4–8 s. */
    private static final int RETRIES = 5;

    /** Runs before the page's scripts: notes when the page opens each WebSocket, and to where, and the badge. */
    private static final String SOCKET_RECORDER = """
        window.__badge = [];
        new MutationObserver((records) => {
          for (const r of records) if (r.target.id === 'connection') window.__badge.push(r.target.dataset.state);
        }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-state'] });
        window.__sockets = [];
        const NativeWebSocket = window.WebSocket;
        window.WebSocket = class extends NativeWebSocket {
          constructor(url, protocols) {
            super(url, protocols);
            window.__sockets.push([performance.now(), String(url)]);
          }
        };
        """;

    private final List<ProcessNode> nodes = new ArrayList<>();
    private final List<ChromeDriver> browsers = new ArrayList<>();

    @BeforeEach
    void start() {
        Chromium.requireInstalled();
        String cluster = "failover-" + UUID.randomUUID();
        List<Integer> hazelcastPorts = List.of(TestNode.freePort(), TestNode.freePort());
        String members = String.join(",", hazelcastPorts.stream().map(p -> "127.0.0.1:" + p).toList());
        for (int hazelcastPort : hazelcastPorts) {
            nodes.add(ProcessNode.launch(cluster, TestNode.freePort(), hazelcastPort, members, List.of()));
        }
        nodes.forEach(ProcessNode::awaitReady);
    }

    @AfterEach
    void stop() {
        browsers.forEach(ChromeDriver::quit);
        nodes.forEach(ProcessNode::close);
    }

    @Test
    void whenItsNodeIsKilledMidSentenceThePageMovesToAnotherNodeAndNothingTypedIsLost() throws Exception {
        ProcessNode doomed = nodes.get(0);
        ProcessNode survivor = nodes.get(1);
        CreatedRoom room = doomed.createRoom("{}");
        ChromeDriver ada = enter(room.hostLink(), "Ada");
        ChromeDriver bo = enter(room.inviteLink().replace(doomed.baseUrl(), survivor.baseUrl()), "Bo");
        awaitNodesLearnt(ada);

        typeKeyByKey(ada, "before the crash, ");
        Awaitility.await().atMost(PATIENCE).until(() -> "before the crash, ".equals(notes(bo)));

        typeKeyByKey(ada, "mid ");
        int badgeBefore = badge(ada).size();
        doomed.kill(); // SIGKILL, mid-sentence: no goodbye, no 1001
        // The first keys land while the page has no socket: a retry waits at least a quarter second.
        typeKeyByKey(ada, "sentence");
        String typed = "before the crash, mid sentence";
        assertEquals(typed, notes(ada), "the page keeps every key while its node is gone");

        Awaitility.await().atMost(PATIENCE).until(() -> "connected".equals(connection(ada)));
        assertTrue(lastSocketUrl(ada).contains(":" + survivor.port() + "/"), "Ada is on the survivor now");
        assertEquals(List.of("reconnecting", "connected"), badge(ada).subList(badgeBefore, badge(ada).size()),
            "Ada saw her badge say so while the page moved");
        Awaitility.await().atMost(PATIENCE).until(() -> "saved".equals(notesState(ada)));
        Awaitility.await().atMost(PATIENCE).until(() -> typed.equals(notes(bo)));
        assertEquals(typed, notes(ada));
        Vertx vertx = Vertx.vertx();
        try (WsClient late = WsClient.join(vertx, survivor.port(), room.id(), room.inviteToken(), "Cy")) {
            assertEquals(typed, late.welcome().at("/room/notes/shared/text").asText(), "the room holds every key");
        } finally {
            vertx.close();
        }

        int before = sockets(ada).size(); // the socket on the survivor is the last one
        survivor.kill(); // now no node is left: every retry is refused at once
        Awaitility.await().atMost(PATIENCE).until(() -> sockets(ada).size() >= before + RETRIES);
        assertEquals("reconnecting", connection(ada), "the network is fine: the page says it is reconnecting");
        List<Double> opened = sockets(ada).subList(before, before + RETRIES).stream()
            .map(s -> ((Number) s.get(0)).doubleValue()).toList();
        List<Long> gaps = new ArrayList<>();
        for (int i = 1; i < opened.size(); i++) {
            gaps.add(Math.round(opened.get(i) - opened.get(i - 1)));
        }
        // The first retry's wait starts when the survivor's socket closes, which the page alone sees; from the
        // second retry on, each gap is the backoff (half to all of BASE * 2^n) plus the time a refused connection
        // takes to fail on loopback (a few ms, more on a loaded machine).
        for (int i = 0; i < gaps.size(); i++) {
            long ceiling = BACKOFF_BASE_MS << (i + 1);
            assertTrue(gaps.get(i) >= ceiling / 2 && gaps.get(i) <= ceiling + 500,
                "retry " + (i + 2) + " came " + gaps.get(i) + " ms after the one before; gaps " + gaps);
        }
        assertTrue(gaps.get(gaps.size() - 1) > 2 * gaps.get(0), "the backoff grows: " + gaps);
        boolean jittered = false;
        for (int i = 1; i < gaps.size(); i++) {
            jittered |= Math.abs(gaps.get(i) - 2 * gaps.get(i - 1)) > 20;
        }
        assertTrue(jittered, "the retries are not an exact doubling, so many pages do not retry in step: " + gaps);
    }

    private ChromeDriver enter(String link, String name) {
        ChromeDriver page = Chromium.launch();
        browsers.add(page);
        page.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", SOCKET_RECORDER));
        page.get(link);
        WebElement field = Awaitility.await().atMost(PATIENCE)
            .until(() -> page.findElement(By.id("display-name")), WebElement::isDisplayed);
        field.clear();
        field.sendKeys(name);
        page.findElement(By.id("join-button")).click();
        Awaitility.await().atMost(PATIENCE).until(() -> "connected".equals(connection(page)));
        Awaitility.await().atMost(PATIENCE).until(() -> "saved".equals(notesState(page)));
        return page;
    }

    /** The page asks /api/cluster after joining; a failover before the answer would have nowhere else to go. */
    private void awaitNodesLearnt(ChromeDriver page) {
        Awaitility.await().atMost(PATIENCE).until(() -> Boolean.TRUE.equals(page.executeScript(
            "return performance.getEntriesByType('resource').some((e) => e.name.endsWith('/api/cluster')"
                + " && e.responseEnd > 0)")));
    }

    /** Types as a person does, one key every {@link #KEY_PAUSE}, at the end of the notes. */
    private static void typeKeyByKey(ChromeDriver page, String text) {
        WebElement notes = page.findElement(By.id("notes-shared"));
        page.executeScript("arguments[0].focus();"
            + " arguments[0].setSelectionRange(arguments[0].value.length, arguments[0].value.length);", notes);
        Actions keys = new Actions(page);
        for (char key : text.toCharArray()) {
            keys.sendKeys(String.valueOf(key)).pause(KEY_PAUSE);
        }
        keys.perform();
    }

    @SuppressWarnings("unchecked")
    private static List<List<Object>> sockets(ChromeDriver page) {
        return new ArrayList<>((List<List<Object>>) page.executeScript("return window.__sockets"));
    }

    @SuppressWarnings("unchecked")
    private static List<String> badge(ChromeDriver page) {
        return new ArrayList<>((List<String>) page.executeScript("return window.__badge"));
    }

    private static String lastSocketUrl(ChromeDriver page) {
        List<List<Object>> opened = sockets(page);
        return String.valueOf(opened.get(opened.size() - 1).get(1));
    }

    private static String connection(ChromeDriver page) {
        return page.findElement(By.id("connection")).getAttribute("data-state");
    }

    private static String notes(ChromeDriver page) {
        return page.findElement(By.id("notes-shared")).getAttribute("value");
    }

    private static String notesState(ChromeDriver page) {
        return page.findElement(By.id("notes-shared-status")).getAttribute("data-state");
    }
}
