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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * A pair runs a mock interview in two real browsers: the interviewer plays twists and reveals facts the candidate
 * has never seen before, they give each other feedback, download the report, swap roles and run a second round.
 */
class InterviewBrowserTest {
    private TestNode node;
    private RoomPage ada; // host; interviewer in round 1
    private RoomPage bo; // candidate in round 1

    @BeforeEach
    void start() {
        Chromium.requireInstalled();
        node = TestNode.start();
        CreatedRoom room = node.createRoom(
            "{\"title\":\"Thursday mock\",\"mode\":\"pair\",\"creatorSeat\":\"interviewer\",\"promptId\":\"card-fraud-detection\"}");
        ada = RoomPage.enter(room.hostLink(), "Ada");
        bo = RoomPage.enter(room.inviteLink(), "Bo");
    }

    @AfterEach
    void stop(org.junit.jupiter.api.TestInfo test) throws Exception {
        RoomPage.keepAndClose(test, ada, bo);
        if (node != null) {
            node.close();
        }
    }

    @Test
    void aPlayedTwistReachesTheCandidateWithinASecondAndTheirPageNeverHeldItBefore() {
        List<String[]> deck = deckOn(ada);
        assertTrue(deck.size() >= 8, "the interviewer sees the whole deck");
        assertFalse(bo.present("interviewer-column"), "the candidate's page has no interviewer column at all");
        ada.click("timer-start");
        bo.awaitStage("running");

        String[] played = deck.get(2);
        ada.driver.executeScript("document.addEventListener('click', (e) => { if (e.target.closest("
            + "'[data-action=\"play\"]')) window.__playedAt = Date.now(); }, true)");
        for (String[] card : deck) {
            assertFalse(bo.everHeld(card[1]), "before it is played, the candidate's page never held: " + card[1]);
        }
        ada.click(By.cssSelector("[data-card-id=\"" + played[0] + "\"] button[data-action=\"play\"]"));

        Awaitility.await().atMost(RoomPage.PATIENCE).until(() -> bo.text("twist-banner").contains(played[1]));
        long clickedAt = ((Number) ada.driver.executeScript("return window.__playedAt")).longValue();
        long shownAt = bo.firstSeen(played[1]);
        assertTrue(shownAt - clickedAt < 1_000, "announced " + (shownAt - clickedAt) + " ms after the click");
        assertTrue(bo.text("timeline").contains(played[1]), "the card joins the candidate's timeline");
        for (String[] card : deck) {
            assertFalse(bo.everHeld(card[2]), "guidance is for the interviewer only: " + card[2]);
            if (card != played) {
                assertFalse(bo.everHeld(card[1]), "an unplayed card stays off the candidate's page: " + card[1]);
            }
        }
    }

    @Test
    void aPairRunsARoundGivesFeedbackDownloadsTheReportSwapsAndRunsASecond() {
        // Round 1: Ada interviews.
        ada.click("timer-start");
        bo.awaitStage("running");
        WebElement question = ada.driver.findElement(By.cssSelector("[data-clarification-id=\"q1\"]"));
        String answer = question.findElement(By.className("clarification-answer")).getText().replace("→", "").strip();
        assertFalse(bo.everHeld(answer), "an answer stays with the interviewer until revealed");
        ada.click(By.cssSelector("[data-clarification-id=\"q1\"] button[data-action=\"reveal\"]"));
        Awaitility.await().atMost(RoomPage.PATIENCE).until(() -> bo.text("timeline").contains(answer));

        String firstPhase = bo.text("phase-name");
        ada.click("timer-next");
        Awaitility.await().atMost(RoomPage.PATIENCE).until(() -> !bo.text("phase-name").equals(firstPhase));
        String secondPhase = bo.text("phase-name");
        Awaitility.await().atMost(RoomPage.PATIENCE).until(() -> bo.domRecord().stream()
            .anyMatch(e -> String.valueOf(e.get(1)).equals("Phase 2 of 4: " + secondPhase + ".")));
        assertEquals("polite", bo.driver.findElement(By.id("announcer")).getAttribute("aria-live"),
            "the phase change is said to screen readers");

        String[] twist = deckOn(ada).get(0);
        ada.click(By.cssSelector("[data-card-id=\"" + twist[0] + "\"] button[data-action=\"play\"]"));
        Awaitility.await().atMost(RoomPage.PATIENCE).until(() -> bo.text("twist-banner").contains(twist[1]));

        rate(ada, "data", "3", "Asked how chargebacks arrive");
        ada.click("btn-end-round");
        bo.awaitStage("feedback");
        bo.click("feedback-level-4");
        bo.driver.findElement(By.id("feedback-comment")).sendKeys("Good pacing");
        bo.click("btn-share-feedback");
        ada.click("btn-share-feedback");
        Awaitility.await().atMost(RoomPage.PATIENCE).until(() -> bo.driver.getPageSource()
            .contains("Asked how chargebacks arrive"));
        ada.click("btn-close-round");
        bo.awaitStage("done");

        bo.click("btn-download-report");
        Awaitility.await().atMost(RoomPage.PATIENCE).until(() -> !bo.downloads().isEmpty());
        String report = bo.downloads().get(0);
        assertTrue(report.startsWith("# Round 1"), report);
        assertTrue(report.contains(twist[1]), "the report has the played twist");
        assertTrue(report.contains(answer), "and the revealed fact");
        assertTrue(report.contains("Asked how chargebacks arrive"), "and the shared scorecard");
        assertFalse(report.contains(twist[2]), "but never a card's guidance");

        // Round 2: one click swaps the seats.
        ada.click("btn-next-round");
        Awaitility.await().atMost(RoomPage.PATIENCE).until(() -> bo.present("interviewer-column"));
        Awaitility.await().atMost(RoomPage.PATIENCE).until(() -> !ada.present("interviewer-column"));
        ada.awaitStage("lobby");
        assertEquals("Round 2", ada.text("round-number"));
        List<String[]> secondDeck = deckOn(bo);
        bo.click("timer-start");
        ada.awaitStage("running");
        String[] secondTwist = secondDeck.get(1);
        assertFalse(ada.everHeld(secondTwist[1]), "the new candidate never saw the new interviewer's cards");
        bo.click(By.cssSelector("[data-card-id=\"" + secondTwist[0] + "\"] button[data-action=\"play\"]"));
        Awaitility.await().atMost(RoomPage.PATIENCE).until(() -> ada.text("twist-banner").contains(secondTwist[1]));
        bo.click("btn-end-round");
        bo.click("btn-close-round");
        ada.awaitStage("done");
        ada.click("btn-download-report");
        Awaitility.await().atMost(RoomPage.PATIENCE).until(() -> !ada.downloads().isEmpty());
        assertTrue(ada.downloads().get(0).startsWith("# Round 2"), ada.downloads().get(0));
    }

    /** The interviewer's deck as {id, text, guidance}, read from their page. */
    private static List<String[]> deckOn(RoomPage interviewer) {
        Awaitility.await().atMost(RoomPage.PATIENCE).until(() -> !interviewer.driver
            .findElements(By.cssSelector("[data-card-id]")).isEmpty());
        List<String[]> cards = new ArrayList<>();
        for (WebElement card : interviewer.driver.findElements(By.cssSelector("[data-card-id]"))) {
            // Guidance is folded by default (read its text, not what is drawn): it must still never reach the candidate.
            String guidance = card.findElement(By.className("card-guidance")).getAttribute("textContent")
                .replace("Look for:", "").strip();
            cards.add(new String[] {card.getAttribute("data-card-id"),
                card.findElement(By.className("card-text")).getText(), guidance});
        }
        return cards;
    }

    private static void rate(RoomPage interviewer, String dimension, String level, String evidence) {
        WebElement row = interviewer.driver.findElements(By.cssSelector("[data-dimension=\"" + dimension + "\"]"))
            .stream().filter(WebElement::isDisplayed).findFirst().orElseThrow();
        new Select(row.findElement(By.tagName("select"))).selectByValue(level);
        row.findElement(By.tagName("textarea")).sendKeys(evidence);
        row.findElement(By.tagName("select")).click(); // leaving the evidence field sends it
    }
}
