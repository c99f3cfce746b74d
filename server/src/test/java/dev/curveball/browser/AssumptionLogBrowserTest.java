package dev.curveball.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.curveball.testing.CreatedRoom;
import dev.curveball.testing.TestNode;
import java.util.List;
import java.util.regex.Pattern;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * Issue 15 in two real browsers: the candidate states two assumptions (one with Alt+A from the notes), the
 * interviewer plays a card that breaks one, the candidate is asked about it and marks it broken, and both screens
 * show it overturned; the interviewer alone saw the server's suggestion. Then the same log on a phone-size screen,
 * and the candidate's question dismissed with Escape. After each step: where the focus is, what is on screen and
 * what the live regions said.
 */
class AssumptionLogBrowserTest {
    private static final String LABELS = "Fraud labels arrive within a day";
    private static final String TRAFFIC = "Peak traffic is 2k payments per second";
    private static final String LABEL_CARD = "Only chargebacks remain as labels";

    private TestNode node;
    private RoomPage ada; // host, interviewer
    private RoomPage bo; // candidate

    @BeforeEach
    void start() {
        Chromium.requireInstalled();
        node = TestNode.start();
        CreatedRoom room = node.createRoom(
            "{\"title\":\"Assumption practice\",\"mode\":\"pair\",\"creatorSeat\":\"interviewer\",\"promptId\":\"card-fraud-detection\"}");
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
    void aTwistTiesToTheAssumptionItBreaksOnBothScreens() {
        ada.click("timer-start");
        bo.awaitStage("running");
        Screen.listen(ada);
        Screen.listen(bo);
        assertTrue(Screen.onScreen(bo, "assumptions-heading"), "the log sits beside the notes, in view");

        // 1. The form: typed, added, announced; the field is empty and keeps the focus for the next one.
        WebElement field = bo.driver.findElement(By.id("assumption-text"));
        field.click();
        Screen.type(bo, LABELS);
        bo.click("btn-add-assumption");
        String a1 = awaitEntry(bo, LABELS);
        awaitEntry(ada, LABELS);
        awaitSaid(bo, "You added an assumption: " + LABELS);
        awaitSaid(ada, "Bo added an assumption: " + LABELS);
        assertEquals("", field.getAttribute("value"));

        // 2. Alt+A in the notes: the line under the caret, without its list marker; the notes keep the focus.
        WebElement notes = bo.driver.findElement(By.id("notes-shared"));
        notes.click();
        Screen.type(bo, "- " + TRAFFIC);
        notes.sendKeys(Keys.chord(Keys.ALT, "a"));
        String a2 = awaitEntry(bo, TRAFFIC);
        awaitEntry(ada, TRAFFIC);
        awaitSaid(bo, "You added an assumption: " + TRAFFIC);
        assertEquals("notes-shared", Screen.focus(bo), "Alt+A leaves the candidate typing where they were");
        assertEquals("- " + TRAFFIC, notes.getAttribute("value"), "Alt+A typed nothing into the notes");
        assertEquals("open", status(ada, a1));
        assertEquals("open", status(ada, a2));

        // 3. The interviewer plays the label card while the candidate is typing in the notes.
        ada.click(By.xpath("//li[@data-card-id][.//h4[normalize-space()='" + LABEL_CARD + "']]//button[@data-action='play']"));
        Awaitility.await().atMost(RoomPage.PATIENCE).until(() -> bo.visible("assumption-check"));
        assertTrue(bo.text("assumption-check").contains(LABEL_CARD));
        assertTrue(bo.text("assumption-check").contains(LABELS) && bo.text("assumption-check").contains(TRAFFIC),
            "both open assumptions are offered");
        assertTrue(Screen.onScreen(bo, "assumption-check-heading"), "the question is in view, beside the notes");
        assertEquals("notes-shared", Screen.focus(bo), "a twist in mid-sentence does not take the candidate's caret");
        awaitSaid(bo, "Does “" + LABEL_CARD + "” break one of your assumptions? 2 to check.");

        // The interviewer alone saw which assumptions the card may break.
        By suggestion = By.xpath("//li[@data-card-id][.//h4[normalize-space()='" + LABEL_CARD + "']]"
            + "//li[@data-assumption='" + a1 + "']");
        Awaitility.await().atMost(RoomPage.PATIENCE).until(() -> !ada.driver.findElements(suggestion).isEmpty());
        assertTrue(ada.driver.findElement(suggestion).getText().contains(LABELS));
        awaitSaid(ada, "“" + LABEL_CARD + "” may break");
        assertFalse(bo.everHeld("May break"), "the candidate's page never holds the suggestions");

        // 4. The candidate ticks the broken one and marks it; the focus goes back to the notes.
        bo.click(By.cssSelector("label[for=\"assumption-check-" + a1 + "\"]"));
        bo.click("btn-mark-broken");
        Awaitility.await().atMost(RoomPage.PATIENCE).until(() -> !bo.visible("assumption-check"));
        assertEquals("notes-shared", Screen.focus(bo), "after answering, the candidate is back in the notes");
        for (RoomPage page : List.of(ada, bo)) {
            Awaitility.await().atMost(RoomPage.PATIENCE).until(() -> "overturned".equals(status(page, a1)));
            String entry = entryText(page, a1);
            assertTrue(entry.contains("Overturned") && entry.contains("Broken by “" + LABEL_CARD + "” · noticed after 0:"),
                page.name + " sees it overturned and noticed: " + entry);
            assertEquals("open", status(page, a2));
        }
        awaitSaid(ada, "Bo marked “" + LABELS + "” as broken by “" + LABEL_CARD + "”.");
        awaitSaid(bo, "You marked “" + LABELS + "” as broken by “" + LABEL_CARD + "”.");
        Awaitility.await().atMost(RoomPage.PATIENCE).until(() -> ada.driver.findElement(suggestion).getText()
            .contains("Overturned ✓"));

        // The scorecard's "adapting to twists" shows it as evidence next to its level; nothing is rated.
        WebElement adapting = ada.driver.findElement(By.cssSelector("#interviewer-column [data-dimension=\"adapting-to-twists\"]"));
        Awaitility.await().atMost(RoomPage.PATIENCE).until(() -> adapting.findElement(By.className("assumption-evidence"))
            .getAttribute("textContent").contains("“" + LABELS + "”: broken by “" + LABEL_CARD + "”"));
        assertEquals("", adapting.findElement(By.tagName("select")).getAttribute("value"), "nothing scored automatically");

        // 5. Another card, with the candidate not typing: the question takes the focus, and Escape dismisses it
        // (and only it: the twist banner stays).
        Screen.blur(bo);
        String second = "Chargebacks may now take 180 days";
        ada.click(By.xpath("//li[@data-card-id][.//h4[normalize-space()='" + second + "']]//button[@data-action='play']"));
        Awaitility.await().atMost(RoomPage.PATIENCE).until(() -> bo.text("assumption-check").contains(second));
        Awaitility.await().atMost(RoomPage.PATIENCE).until(() -> "assumption-check-heading".equals(Screen.focus(bo)));
        assertFalse(bo.text("assumption-check").contains(LABELS), "an assumption already noticed is not offered again");
        new Actions(bo.driver).sendKeys(Keys.ESCAPE).perform(); // to the focused question
        Awaitility.await().atMost(RoomPage.PATIENCE).until(() -> !bo.visible("assumption-check"));
        assertTrue(bo.visible("twist-banner"), "Escape in the question leaves the twist banner");
        assertEquals("open", status(bo, a2), "dismissing changes nothing");

        // 6. The interviewer states one too, reveals a fact and marks their assumption held by it.
        String retrain = "The model retrains every week";
        ada.driver.findElement(By.id("assumption-text")).sendKeys(retrain);
        ada.click("btn-add-assumption");
        String a3 = awaitEntry(ada, retrain);
        awaitEntry(bo, retrain);
        awaitSaid(bo, "Ada added an assumption: " + retrain);
        String question = ada.driver.findElement(By.cssSelector("[data-clarification-id=\"q1\"] .clarification-question"))
            .getText();
        ada.click(By.cssSelector("[data-clarification-id=\"q1\"] button[data-action=\"reveal\"]"));
        ada.click(By.cssSelector("[data-assumption-id=\"" + a3 + "\"] [data-action=\"hold\"]"));
        Awaitility.await().atMost(RoomPage.PATIENCE).until(() -> Screen.focus(ada).equals("assumption-hold-" + a3));
        ada.click(By.xpath("//li[@data-assumption-id='" + a3 + "']//button[normalize-space()='Mark held']"));
        for (RoomPage page : List.of(ada, bo)) {
            Awaitility.await().atMost(RoomPage.PATIENCE).until(() -> "held".equals(status(page, a3)));
            assertTrue(entryText(page, a3).contains("Held by “" + question + "”"), page.name + ": " + entryText(page, a3));
        }
        assertTrue(ada.driver.findElements(By.cssSelector("[data-assumption-id=\"" + a3 + "\"] .assumption-picker")).isEmpty(),
            "the picker closed");
        Awaitility.await().atMost(RoomPage.PATIENCE).until(() -> "SPAN".equals(Screen.focus(ada)));
        assertEquals(retrain, ada.driver.switchTo().activeElement().getText(),
            "the focus stays on the entry (its Held by… button is gone once it is held)");
        awaitSaid(bo, "Ada marked “" + retrain + "” as held by a revealed fact.");

        // 7. A phone: the log is below the notes in the Notes pane, nothing is wider than the screen, the question
        // after a twist comes into view there, and the author can still withdraw an assumption.
        bo.driver.manage().window().setSize(new Dimension(390, 844));
        Awaitility.await().atMost(RoomPage.PATIENCE).until(() -> bo.visible("narrow-tabs"));
        bo.click(By.cssSelector("#narrow-tabs [data-tab=\"notes\"]"));
        assertEquals(Boolean.TRUE, bo.driver.executeScript("const n = document.querySelector('.notes-panel')"
            + ".getBoundingClientRect(); const a = document.getElementById('assumptions-panel').getBoundingClientRect();"
            + " return a.top >= n.bottom && a.width > 300"), "the log goes below the notes, full width");
        assertEquals(Boolean.TRUE, bo.driver.executeScript(
            "return document.documentElement.scrollWidth <= window.innerWidth"), "no sideways scrolling on a phone");
        Screen.blur(bo);
        String third = "Review capacity is halved";
        ada.click(By.xpath("//li[@data-card-id][.//h4[normalize-space()='" + third + "']]//button[@data-action='play']"));
        Awaitility.await().atMost(RoomPage.PATIENCE).until(() -> "assumption-check-heading".equals(Screen.focus(bo)));
        Awaitility.await().atMost(RoomPage.PATIENCE).until(() -> Screen.onScreen(bo, "assumption-check-heading"));
        assertTrue(Screen.onScreen(bo, "btn-none-broken"), "its answers are on the phone's screen too");
        bo.click("btn-none-broken");
        Awaitility.await().atMost(RoomPage.PATIENCE).until(() -> !bo.visible("assumption-check"));
        awaitSaid(bo, "No assumption marked broken.");
        assertEquals("open", status(bo, a2));
        bo.click(By.cssSelector("[data-assumption-id=\"" + a2 + "\"] [data-action=\"withdraw\"]"));
        for (RoomPage page : List.of(ada, bo)) {
            Awaitility.await().atMost(RoomPage.PATIENCE).until(() -> "withdrawn".equals(status(page, a2)));
        }
        Awaitility.await().atMost(RoomPage.PATIENCE).until(() -> Screen.focus(bo).equals("SPAN"));
        assertTrue(bo.driver.switchTo().activeElement().getText().contains(TRAFFIC),
            "the withdrawn entry keeps the focus, on its words (the buttons it had are gone)");
        awaitSaid(ada, "Bo withdrew the assumption “" + TRAFFIC + "”.");

        // 8. The round ends; the report's Assumptions table agrees with both screens, downloaded and shown.
        ada.click("btn-end-round");
        bo.awaitStage("feedback");
        ada.click("btn-close-round");
        bo.awaitStage("done");
        bo.click("btn-download-report");
        Awaitility.await().atMost(RoomPage.PATIENCE).until(() -> !bo.downloads().isEmpty());
        String report = bo.downloads().get(0);
        String stated = " \\| \\d\\d:\\d\\d · [^|]+ \\| ";
        for (String row : List.of(
                "\\| " + Pattern.quote(LABELS) + stated + "overturned \\| " + Pattern.quote(LABEL_CARD) + " \\| 0:\\d\\d \\|",
                "\\| " + Pattern.quote(TRAFFIC) + stated + "withdrawn \\| — \\| — \\|",
                "\\| " + Pattern.quote(retrain) + stated + "held \\(" + Pattern.quote(question) + "\\) \\| — \\| — \\|")) {
            assertTrue(Pattern.compile(row).matcher(report).find(), "the report has " + row + ":\n" + report);
        }
        assertTrue(report.contains("## Assumptions\n\n| Assumption | Stated | Status | Broken by | Noticed after |"), report);
        bo.click("btn-preview-report");
        Awaitility.await().atMost(RoomPage.PATIENCE).until(() -> bo.driver.findElements(
            By.xpath("//*[@id='report-preview']//td[normalize-space()='" + LABELS + "']")).size() == 1);
        assertTrue(bo.visible("assumptions-panel"), "the finished round keeps its log on screen");
        assertEquals("overturned", status(bo, a1));
    }

    /** Waits for an entry with this text in the page's log and answers its id. */
    private static String awaitEntry(RoomPage page, String text) {
        By entry = By.xpath("//ol[contains(@class,'assumptions')]/li[.//span[@class='assumption-words' and normalize-space()='"
            + text + "']]");
        Awaitility.await().atMost(RoomPage.PATIENCE).until(() -> !page.driver.findElements(entry).isEmpty());
        return page.driver.findElement(entry).getAttribute("data-assumption-id");
    }

    private static String status(RoomPage page, String id) {
        return page.driver.findElements(By.cssSelector("[data-assumption-id=\"" + id + "\"]")).stream().findFirst()
            .map(e -> e.getAttribute("data-status")).orElse("");
    }

    private static String entryText(RoomPage page, String id) {
        return page.driver.findElement(By.cssSelector("[data-assumption-id=\"" + id + "\"]")).getText();
    }

    private static void awaitSaid(RoomPage page, String start) {
        Awaitility.await().atMost(RoomPage.PATIENCE).until(() -> Screen.said(page).stream().anyMatch(s -> s.startsWith(start)));
    }
}
