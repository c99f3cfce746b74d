package dev.curveball.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.curveball.testing.CreatedRoom;
import dev.curveball.testing.TestNode;
import java.util.ArrayList;
import java.util.List;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The interviewer's guide in real browsers: the interviewer (desktop) sees what a complete answer covers and ticks
 * points off with one click or the space bar, and sees each card's core mark and follow-up question; the candidate,
 * on a phone-size screen, never holds a scope point, the strong answer or a probe in their page while the round runs.
 */
class GuideBrowserTest {
    private TestNode node;
    private RoomPage ada; // host, interviewer
    private RoomPage bo; // candidate, on a phone

    @BeforeEach
    void start() {
        Chromium.requireInstalled();
        node = TestNode.start();
        CreatedRoom room = node.createRoom(
            "{\"title\":\"Guide practice\",\"mode\":\"pair\",\"creatorSeat\":\"interviewer\",\"promptId\":\"card-fraud-detection\"}");
        ada = RoomPage.enter(room.hostLink(), "Ada");
        bo = RoomPage.enter(room.inviteLink(), "Bo");
        bo.driver.manage().window().setSize(new Dimension(390, 844));
    }

    @AfterEach
    void stop(org.junit.jupiter.api.TestInfo test) throws Exception {
        RoomPage.keepAndClose(test, ada, bo);
        if (node != null) {
            node.close();
        }
    }

    @Test
    void theInterviewerTicksScopePointsAndTheCandidatesPageNeverHoldsThemWhileTheRoundRuns() {
        Awaitility.await().atMost(RoomPage.PATIENCE).until(() -> ada.driver.findElements(
            By.cssSelector("#scope-list .scope-point")).size() >= 6);
        @SuppressWarnings("unchecked")
        List<String> points = new ArrayList<>((List<String>) ada.driver.executeScript("return [...document"
            + ".querySelectorAll('#scope-list .scope-point label')].map((l) => l.lastChild.textContent)"));
        int total = points.size();
        assertEquals("0 of " + total + " covered", ada.text("scope-count"));
        assertTrue(ada.text("guide-calibration").startsWith("medium · L4–L6"), ada.text("guide-calibration"));
        String strong = (String) ada.driver.executeScript(
            "return document.getElementById('guide-strong').textContent");
        assertTrue(strong.length() > 200, "the strong answer is there, folded away: " + strong);
        WebElement firstCard = ada.driver.findElements(By.cssSelector("[data-card-id]")).get(0);
        assertTrue(firstCard.getText().contains("Core"), "core cards come first: " + firstCard.getText());
        List<String> probes = new ArrayList<>();
        for (WebElement probe : ada.driver.findElements(By.cssSelector("[data-card-id] .card-probe"))) {
            probes.add(probe.getText().replace("Then ask:", "").strip());
        }
        assertEquals(ada.driver.findElements(By.cssSelector("[data-card-id]")).size(), probes.size(),
            "every card says what to ask after it");
        assertTrue(ada.driver.findElements(By.cssSelector("#scope-list input")).stream().allMatch(
            b -> !b.isEnabled()), "nothing to tick before the round starts");

        ada.click("timer-start");
        bo.awaitStage("running");
        ada.click(By.cssSelector("label[for=\"scope-s1\"]"));
        Awaitility.await().atMost(RoomPage.PATIENCE).until(() -> ada.text("scope-count"),
            ("1 of " + total + " covered")::equals);
        assertTrue(ada.driver.findElement(By.id("scope-s1")).isSelected());
        assertEquals("polite", ada.driver.findElement(By.id("scope-count")).getAttribute("aria-live"),
            "the count is announced");

        WebElement third = ada.driver.findElement(By.id("scope-s3"));
        ada.driver.executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].focus()", third);
        third.sendKeys(Keys.SPACE);
        Awaitility.await().atMost(RoomPage.PATIENCE).until(() -> ada.text("scope-count"),
            ("2 of " + total + " covered")::equals);
        assertEquals("scope-s3", ada.driver.executeScript("return document.activeElement.id"),
            "focus stays on the point just ticked when the server's answer re-renders the list");
        ada.click(By.cssSelector("label[for=\"scope-s1\"]"));
        Awaitility.await().atMost(RoomPage.PATIENCE).until(() -> ada.text("scope-count"),
            ("1 of " + total + " covered")::equals);
        assertFalse(ada.driver.findElement(By.id("scope-s1")).isSelected(), "a tick can be taken back");

        assertEquals(Boolean.TRUE, ada.driver.executeScript("const c = document.getElementById('interviewer-column');"
                + " return c.scrollWidth <= c.clientWidth + 1"),
            "long scope points wrap inside the interviewer's column instead of widening it");

        assertFalse(bo.present("guide"), "the candidate's page has no guide at all");
        assertFalse(bo.present("interviewer-column"));
        for (String point : points) {
            assertFalse(bo.everHeld(point), "the candidate's page held a scope point: " + point);
        }
        assertFalse(bo.everHeld(strong.substring(0, 60)), "the candidate's page held the strong answer");
        for (String probe : probes) {
            assertFalse(bo.everHeld(probe), "the candidate's page held a probe: " + probe);
        }
    }
}
