package dev.curveball.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.curveball.testing.TestNode;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Two people, two real browsers: create a room, share the link, see each other, watch the same timer. Their
 * machines' clocks are five minutes slow and five minutes fast, and the timer still reads the same on both.
 */
class TwoBrowsersTest {
    private static final long CLOCK_SKEW_MS = 5 * 60_000;
    private static final Duration PATIENCE = Duration.ofSeconds(15);

    private TestNode node;
    private ChromeDriver ada;
    private ChromeDriver bo;

    @BeforeEach
    void start() {
        Chromium.requireInstalled();
        node = TestNode.start();
        ada = skewed(Chromium.launch(), -CLOCK_SKEW_MS);
        bo = skewed(Chromium.launch(), CLOCK_SKEW_MS);
    }

    @AfterEach
    void stop() throws Exception {
        for (WebDriver driver : new WebDriver[] {ada, bo}) {
            if (driver != null) {
                driver.quit();
            }
        }
        if (node != null) {
            node.close();
        }
    }

    @Test
    void aRoomCreatedOnTheLandingPageIsJoinedByInviteAndBothSeeTheSameTimer() {
        ada.get(node.baseUrl() + "/");
        ada.findElement(By.id("room-title")).sendKeys("Thursday practice");
        ada.findElement(By.id("create-button")).click();
        String invite = waitForValue(ada, "invite-link");
        String host = waitForValue(ada, "host-link");
        assertTrue(invite.startsWith(node.baseUrl() + "/r/") && invite.contains("#t="), invite);
        assertNotEquals(host, invite);

        ada.findElement(By.id("open-room")).click();
        enter(ada, "Ada");
        bo.get(invite);
        enter(bo, "Bo");

        for (ChromeDriver page : List.of(ada, bo)) {
            Awaitility.await().atMost(PATIENCE).until(() -> onlineNames(page),
                names -> names.containsAll(List.of("Ada", "Bo")));
            assertEquals("connected", page.findElement(By.id("connection")).getAttribute("data-state"));
        }
        assertTrue(bo.findElements(By.id("timer-start")).stream().noneMatch(WebElement::isDisplayed),
            "the candidate has no timer controls");

        int fullTime = seconds(ada); // the first phase of the prompt's plan, not yet started
        ada.findElement(By.id("timer-start")).click();
        for (ChromeDriver page : List.of(ada, bo)) {
            Awaitility.await().atMost(PATIENCE).until(() -> seconds(page) < fullTime);
        }
        assertSameSecondOnBothScreens();

        ada.findElement(By.id("timer-pause")).click();
        Awaitility.await().atMost(PATIENCE).until(() ->
            "paused".equals(bo.findElement(By.id("timer")).getAttribute("data-status")));
        int paused = seconds(ada);
        assertEquals(paused, seconds(bo), "a paused timer reads the same everywhere");
        assertTrue(paused < fullTime && paused > fullTime - 60, "it ran for a few seconds: " + paused);
    }

    /** Reads Ada, Bo, Ada; when Ada did not change in between, Bo was read within the same second and must match. */
    private void assertSameSecondOnBothScreens() {
        Optional<int[]> sameMoment = Awaitility.await().atMost(PATIENCE).until(() -> {
            int before = seconds(ada);
            int other = seconds(bo);
            int after = seconds(ada);
            return before == after ? Optional.of(new int[] {before, other}) : Optional.<int[]>empty();
        }, Optional::isPresent);
        int[] reading = sameMoment.orElseThrow();
        assertEquals(reading[0], reading[1], "both screens show the same remaining seconds");
    }

    private static void enter(ChromeDriver page, String name) {
        Awaitility.await().atMost(PATIENCE).until(() -> page.findElement(By.id("display-name")).isDisplayed());
        WebElement field = page.findElement(By.id("display-name"));
        field.clear();
        field.sendKeys(name);
        page.findElement(By.id("join-button")).click();
    }

    private static String waitForValue(ChromeDriver page, String id) {
        return Awaitility.await().atMost(PATIENCE)
            .until(() -> page.findElement(By.id(id)).getAttribute("value"), v -> v != null && !v.isBlank());
    }

    private static List<String> onlineNames(ChromeDriver page) {
        return page.findElements(By.cssSelector("#participants li[data-online='true']")).stream()
            .map(WebElement::getText)
            .map(text -> text.split("\\R")[0].replace(" (you)", "").trim())
            .toList();
    }

    private static int seconds(ChromeDriver page) {
        return Integer.parseInt(page.findElement(By.id("timer")).getAttribute("data-seconds"));
    }

    /** Sets the page's clock off by {@code skewMs}, as a machine whose clock is wrong, before any page script runs. */
    private static ChromeDriver skewed(ChromeDriver driver, long skewMs) {
        driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", java.util.Map.of("source",
            "{ const real = Date.now; Date.now = () => real() + (" + skewMs + "); }"));
        return driver;
    }
}
