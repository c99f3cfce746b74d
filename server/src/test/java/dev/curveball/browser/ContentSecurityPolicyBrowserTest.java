package dev.curveball.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.curveball.testing.CreatedRoom;
import dev.curveball.testing.LogCapture;
import dev.curveball.testing.TestNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The pages work under their Content-Security-Policy, and the policy bites: real Chromium loads the landing page
 * and a room for two people who run the timer, write notes and preview them as Markdown (a worker), and reports every
 * violation to the server. Then each page tries an inline script, which must be refused and reported. The only
 * reports the server gets are those three refusals, so the pages themselves broke no rule.
 */
class ContentSecurityPolicyBrowserTest {
    private static final String CONTROL = "window.__inlineRan = true";

    private TestNode node;
    private LogCapture log;
    private ChromeDriver landing;
    private final List<RoomPage> pages = new ArrayList<>();

    @BeforeEach
    void start() {
        Chromium.requireInstalled();
        node = TestNode.start();
        log = LogCapture.start();
    }

    @AfterEach
    void stop(org.junit.jupiter.api.TestInfo test) throws Exception {
        if (landing != null) {
            landing.quit();
        }
        RoomPage.keepAndClose(test, pages);
        if (log != null) {
            log.close();
        }
        if (node != null) {
            node.close();
        }
    }

    @Test
    void everyPageWorksUnderItsPolicyAndTheOnlyViolationsAreTheInlineScriptsATestForced() {
        HttpResponse<String> page = node.get("/");
        String policy = page.headers().firstValue("Content-Security-Policy").orElse("");
        assertTrue(policy.contains("script-src 'self'") && !policy.contains("unsafe-inline"), policy);

        landing = Chromium.launch();
        landing.get(node.baseUrl() + "/");
        Awaitility.await().atMost(RoomPage.PATIENCE).until(() -> !landing.findElements(
            By.cssSelector("#prompt-list > :not(#prompt-list-message)")).isEmpty());

        CreatedRoom room = node.createRoom("{\"title\":\"CSP\",\"mode\":\"pair\",\"creatorSeat\":\"interviewer\","
            + "\"promptId\":\"card-fraud-detection\"}");
        RoomPage ada = add(RoomPage.enter(room.hostLink(), "Ada"));
        RoomPage bo = add(RoomPage.enter(room.inviteLink(), "Bo"));
        ada.click("timer-start");
        bo.awaitStage("running");
        bo.driver.findElement(By.id("notes-shared")).sendKeys("# Plan\n\n- features\n- **labels** late\n");
        Awaitility.await().atMost(RoomPage.PATIENCE).until(() -> ada.driver.executeScript(
            "return document.getElementById('notes-shared').value").toString().contains("labels"));
        bo.click("notes-shared-preview-button");
        Awaitility.await().atMost(RoomPage.PATIENCE).until(() -> !bo.driver.findElements(
            By.cssSelector("#notes-shared-preview strong")).isEmpty());
        assertTrue(ada.text("timer").matches("\\d\\d:\\d\\d"), "the timer is drawn: " + ada.text("timer"));

        for (JavascriptExecutor browser : List.of(landing, ada.driver, bo.driver)) {
            browser.executeScript("const s = document.createElement('script'); s.textContent = '" + CONTROL + "';"
                + " document.head.appendChild(s);");
            assertNull(browser.executeScript("return window.__inlineRan"), "an inline script never runs");
        }
        Awaitility.await().atMost(RoomPage.PATIENCE).until(() -> reports().size() >= 3);
        List<String> reports = reports();
        assertEquals(3, reports.size(), "only the forced inline scripts were reported: " + reports);
        reports.forEach(report -> assertTrue(report.contains("__inlineRan"), report));
    }

    private List<String> reports() {
        return log.mentioning("Content-Security-Policy violation");
    }

    private RoomPage add(RoomPage page) {
        pages.add(page);
        return page;
    }
}
