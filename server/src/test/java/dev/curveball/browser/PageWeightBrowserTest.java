package dev.curveball.browser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.curveball.testing.CreatedRoom;
import dev.curveball.testing.RunningNode;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * What opening the room page costs on the wire, read from the browser's own Navigation and Resource Timing
 * ({@code transferSize}: headers and body as they crossed the network; 0 when served from a cache without asking).
 * A first visit downloads the page compressed; a second visit (the same browser, a day later) only revalidates.
 * The figures it prints are the README's "Page weight".
 */
class PageWeightBrowserTest {
    private static final Duration PATIENCE = Duration.ofSeconds(20);
    /** A 304 is its status line and headers: a few hundred bytes. */
    private static final long REVALIDATION_BYTES = 1024;

    @RegisterExtension
    static final RunningNode node = new RunningNode();

    private static final String ENTRIES = """
        return [performance.getEntriesByType('navigation')[0], ...performance.getEntriesByType('resource')]
          .map(e => ({name: e.name, transfer: e.transferSize, encoded: e.encodedBodySize,
                      decoded: e.decodedBodySize}));
        """;

    /** One request as the browser saw it. */
    record Request(String name, long transfer, long encoded, long decoded) {
        static Request of(Object raw) {
            Map<?, ?> entry = (Map<?, ?>) raw;
            return new Request((String) entry.get("name"), number(entry, "transfer"), number(entry, "encoded"),
                number(entry, "decoded"));
        }

        private static long number(Map<?, ?> entry, String key) {
            return ((Number) entry.get(key)).longValue();
        }

        /** Files, and the catalog, which never changes while a node runs; not the live list of nodes. */
        boolean isCacheable() {
            return !name.contains("/api/cluster");
        }
    }

    /** A visit's requests and their totals. */
    record Visit(List<Request> requests) {
        long transferred() {
            return requests.stream().mapToLong(Request::transfer).sum();
        }

        long decoded() {
            return requests.stream().mapToLong(Request::decoded).sum();
        }

        @Override
        public String toString() {
            return requests.size() + " requests, " + kb(transferred()) + " transferred (" + kb(decoded())
                + " of content)";
        }

        private static String kb(long bytes) {
            return String.format("%.1f KB", bytes / 1024.0);
        }
    }

    @BeforeAll
    static void chromium() {
        Chromium.requireInstalled();
    }

    @Test
    void aFirstVisitDownloadsThePageCompressedAndASecondVisitOnlyRevalidatesIt() {
        CreatedRoom room = node.createRoom("{\"title\":\"Weighed\"}");
        ChromeDriver driver = Chromium.launch();
        try {
            Visit first = visit(driver, room.inviteLink());
            driver.get("about:blank");
            Visit second = visit(driver, room.inviteLink());
            System.out.println("Room page, first visit: " + first + "; second visit: " + second);

            for (Request request : first.requests()) {
                if (request.isCacheable() && request.decoded() > REVALIDATION_BYTES) {
                    assertTrue(request.encoded() < request.decoded() * 0.6,
                        "sent compressed: " + request);
                }
            }
            assertTrue(first.transferred() < first.decoded() / 2, "first visit: " + first);
            for (Request request : second.requests()) {
                if (request.isCacheable()) {
                    assertTrue(request.transfer() < REVALIDATION_BYTES, "revalidated, not sent again: " + request);
                }
            }
            assertTrue(second.transferred() < first.transferred() / 5,
                "a second visit transfers almost nothing: " + second + " after " + first);
        } finally {
            driver.quit();
        }
    }

    /** Opens the link, enters when asked, and waits for the room before reading what crossed the wire. */
    private static Visit visit(ChromeDriver driver, String link) {
        driver.get(link);
        Awaitility.await().atMost(PATIENCE).until(() -> driver.findElement(By.id("display-name")).isDisplayed()
            || "connected".equals(driver.findElement(By.id("connection")).getAttribute("data-state")));
        WebElement name = driver.findElement(By.id("display-name"));
        if (name.isDisplayed()) {
            name.clear();
            name.sendKeys("Weigher");
            driver.findElement(By.id("join-button")).click();
        }
        Awaitility.await().atMost(PATIENCE).until(() -> "connected".equals(
            driver.findElement(By.id("connection")).getAttribute("data-state")));
        Awaitility.await().atMost(PATIENCE).until(() -> "complete".equals(
            driver.executeScript("return document.readyState")));
        List<?> entries = (List<?>) driver.executeScript(ENTRIES);
        return new Visit(entries.stream().map(Request::of).toList());
    }
}
