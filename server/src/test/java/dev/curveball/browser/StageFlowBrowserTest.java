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
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The screen follows the round: after each step of a pair's round, what each person's screen shows (where the
 * focus is, what is on screen, what was said to a screen reader), and that nothing shared changes by accident.
 */
class StageFlowBrowserTest {
    private TestNode node;
    private CreatedRoom room;
    private final List<RoomPage> pages = new ArrayList<>();

    @BeforeEach
    void start() {
        Chromium.requireInstalled();
        node = TestNode.start();
        room = node.createRoom(
            "{\"title\":\"Thursday mock\",\"mode\":\"pair\",\"creatorSeat\":\"interviewer\",\"promptId\":\"card-fraud-detection\"}");
    }

    @AfterEach
    void stop(TestInfo test) throws Exception {
        RoomPage.keepAndClose(test, pages);
        if (node != null) {
            node.close();
        }
    }

    private RoomPage enter(String link, String name) {
        RoomPage page = RoomPage.enter(link, name);
        pages.add(page);
        return page;
    }

    @Test
    void eachStepBringsWhoeverMovedItToTheNextActionWhileSomeoneTypingKeepsTheirPlace() {
        RoomPage ada = enter(room.hostLink(), "Ada");
        RoomPage bo = enter(room.inviteLink(), "Bo");
        Screen.listen(bo);

        // The round starts: both are brought to the prompt, and Bo hears it once, in one sentence.
        Screen.scrollToBottom(ada);
        ada.click("timer-start");
        bo.awaitStage("running");
        Awaitility.await().atMost(RoomPage.PATIENCE).until(() -> "running".equals(
            bo.driver.findElement(By.id("timer")).getAttribute("data-status")));
        Screen.settle(bo);
        for (RoomPage page : List.of(ada, bo)) {
            Awaitility.await().atMost(RoomPage.PATIENCE).until(() -> Screen.focus(page), "prompt-heading"::equals);
            assertTrue(Screen.onScreen(page, "prompt-heading"), page.name + " sees the prompt");
        }
        List<String> started = Screen.said(bo).stream().filter(s -> s.contains("start")).toList();
        assertEquals(1, started.size(), "the round's start is said once: " + Screen.said(bo));
        assertTrue(started.get(0).startsWith("Round 1 started by Ada."), started.get(0));

        // Bo types in the notes while Ada, far down the page, ends the round.
        bo.click("notes-shared");
        Screen.type(bo, "Labels arrive late");
        Screen.scrollToBottom(ada);
        ada.click("btn-end-round");
        ada.awaitStage("feedback");
        Awaitility.await().atMost(RoomPage.PATIENCE).until(() -> Screen.focus(ada), "feedback-heading"::equals);
        assertTrue(Screen.onScreen(ada, "feedback-heading"), "Ada sees the feedback screen's heading");
        assertTrue(Screen.onScreen(ada, "btn-share-feedback"), "and its next action, Share feedback");

        bo.awaitStage("feedback");
        Awaitility.await().atMost(RoomPage.PATIENCE).until(() -> bo.text("toasts").contains("Round 1 ended"));
        assertEquals("notes-shared", Screen.focus(bo), "Bo, typing, keeps the focus in the notes");
        Screen.type(bo, ", so we wait");
        Awaitility.await().atMost(RoomPage.PATIENCE).until(() -> String.valueOf(bo.driver.executeScript(
            "return document.getElementById('notes-shared').value")).contains("Labels arrive late, so we wait"));
        Awaitility.await().atMost(RoomPage.PATIENCE).until(() -> Screen.said(bo).contains(
            "Round 1 ended. Time for feedback."));

        bo.click(By.xpath("//div[@id='toasts']//button[normalize-space()='Go there']"));
        assertEquals("feedback-heading", Screen.focus(bo));
        assertTrue(Screen.onScreen(bo, "btn-share-feedback"), "Bo sees Share feedback");

        // After the round the clock is no time left, and the candidate shares a rating, not an empty form.
        for (RoomPage page : List.of(ada, bo)) {
            Awaitility.await().atMost(RoomPage.PATIENCE).until(() -> page.text("timer"), "Round over"::equals);
            assertTrue(page.text("timer-phase").matches("\\d+ MIN"), page.text("timer-phase"));
        }
        assertFalse(bo.driver.findElement(By.id("btn-share-feedback")).isEnabled(), "no sharing without a rating");
        assertTrue(bo.text("share-feedback-hint").contains("Pick a rating"), bo.text("share-feedback-hint"));
        Screen.listen(ada);
        bo.click("feedback-level-4");
        bo.click("btn-share-feedback");
        Awaitility.await().atMost(RoomPage.PATIENCE).until(() -> Screen.said(ada).contains(
            "Bo shared feedback for the interviewer."));
        Screen.listen(bo);
        ada.click("btn-share-feedback");
        Awaitility.await().atMost(RoomPage.PATIENCE).until(() -> Screen.said(bo).contains("Ada shared the scorecard."));

        // Ada closes feedback: both land on the finished round; Ada's next step, Swap roles, is on screen.
        Screen.scrollToBottom(ada);
        ada.click("btn-close-round");
        for (RoomPage page : List.of(ada, bo)) {
            page.awaitStage("done");
            Awaitility.await().atMost(RoomPage.PATIENCE).until(() -> Screen.focus(page), "done-heading"::equals);
            assertTrue(Screen.onScreen(page, "done-heading"), page.name + " sees the finished round");
        }
        assertTrue(Screen.onScreen(ada, "btn-next-round"), "Swap roles is on Ada's screen");

        ada.click("btn-next-round");
        ada.awaitStage("lobby");
        Awaitility.await().atMost(RoomPage.PATIENCE).until(() -> Screen.focus(ada), "lobby-heading"::equals);
        assertTrue(Screen.onScreen(ada, "timer-start"), "the lobby's Start round is on Ada's screen");
    }

    @Test
    void aSentenceTypedOutsideATextBoxChangesNothingWhileAltNSkipsAPhaseForEveryoneWithUndo() {
        RoomPage ada = enter(room.hostLink(), "Ada");
        RoomPage bo = enter(room.inviteLink(), "Bo");
        ada.click("timer-start");
        bo.awaitStage("running");
        String first = bo.text("phase-name");

        Screen.blur(ada);
        Screen.type(ada, "now move on");
        // Alt+N goes out after every key above: had any of them changed the timer, Bo would see it first.
        ada.driver.findElement(By.tagName("body")).sendKeys(Keys.chord(Keys.ALT, "n"));
        Awaitility.await().atMost(RoomPage.PATIENCE).until(() -> bo.text("toasts").contains("Phase skipped by Ada"));
        String second = bo.text("phase-name");
        assertFalse(second.equals(first), "Alt+N moved on");
        assertEquals("Phase 2 of", phaseNumberOn(bo), "one phase, not the two n's of the sentence");
        assertEquals("running", bo.driver.findElement(By.id("timer")).getAttribute("data-status"),
            "the spaces did not pause the timer");
        assertTrue(bo.driver.findElements(By.xpath("//div[@id='toasts']//button[normalize-space()='Undo']")).isEmpty(),
            "the candidate sees who did it, with no Undo");

        Awaitility.await().atMost(RoomPage.PATIENCE).until(() -> ada.text("toasts").contains("Phase skipped by you"));
        ada.click(By.xpath("//div[@id='toasts']//button[normalize-space()='Undo']"));
        Awaitility.await().atMost(RoomPage.PATIENCE).until(() -> bo.text("phase-name"), first::equals);
        assertTrue(bo.text("toasts").contains("Back to the previous phase by Ada"), bo.text("toasts"));

        Screen.blur(ada);
        Screen.type(ada, "?");
        Awaitility.await().atMost(RoomPage.PATIENCE).until(() -> ada.visible("shortcuts-dialog"));
        String keys = ada.text("shortcuts-list");
        for (String key : List.of("Alt+N", "Alt+P", "Alt+K")) {
            assertTrue(keys.contains(key), "the ? list names " + key + ": " + keys);
        }
    }

    /** "Phase 2 of" from the phase bar's current segment, as a screen reader reads it. */
    private static String phaseNumberOn(RoomPage page) {
        String said = page.driver.findElement(By.cssSelector("#phase-bar [aria-current='step'] .visually-hidden"))
            .getAttribute("textContent");
        return said.replaceAll("^(Phase \\d+).*", "$1 of");
    }

    @Test
    void aTwistNeverCoversTheNotesSkipsWhoPlayedItReachesAPhoneOnAnyPaneAndLeavesWithItsRound() {
        RoomPage ada = enter(room.hostLink(), "Ada");
        RoomPage bo = enter(room.inviteLink(), "Bo");
        RoomPage cy = enter(room.inviteLink(), "Cy");
        cy.driver.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
        ada.click("timer-start");
        bo.awaitStage("running");
        cy.awaitStage("running");
        String pill = (String) cy.driver.executeScript("""
            const pill = document.getElementById('round-stage').getBoundingClientRect();
            const heading = document.getElementById('room-heading-block').getBoundingClientRect();
            const whole = pill.width > 0 && pill.left >= heading.left && pill.right <= heading.right + 0.5
                && pill.right <= window.innerWidth;
            return whole ? 'whole' : 'pill ' + pill.left + '-' + pill.right + ' in ' + heading.left + '-' + heading.right;""");
        assertEquals("whole", pill, "on a phone the header shows the stage pill whole");
        cy.click(By.cssSelector("#narrow-tabs [data-tab='prompt']"));

        bo.click("notes-shared");
        Screen.type(bo, "Score each payment");
        Screen.listen(ada);
        String card = ada.driver.findElement(By.cssSelector("[data-card-id=\"t1\"] .card-title")).getText();
        ada.click(By.cssSelector("[data-card-id=\"t1\"] button[data-action=\"play\"]"));

        Awaitility.await().atMost(RoomPage.PATIENCE).until(() -> bo.text("twist-banner").contains(card));
        assertEquals("notes-shared", Screen.focus(bo), "Bo keeps typing where he was");
        assertTrue((Boolean) bo.driver.executeScript("""
            const banner = document.getElementById('twist-banner').getBoundingClientRect();
            const notes = document.getElementById('notes-shared').getBoundingClientRect();
            return banner.bottom <= notes.top || banner.top >= notes.bottom;"""), "the banner never covers the notes");
        Awaitility.await().atMost(RoomPage.PATIENCE).until(() -> Screen.said(ada).stream()
            .anyMatch(s -> s.contains(card)));
        assertFalse(ada.visible("twist-banner"), "Ada played it: no banner over her own notes");

        // Cy, on a phone, is reading the prompt pane: the twist reaches him there.
        WebElement toast = Awaitility.await().atMost(RoomPage.PATIENCE).until(() -> cy.driver
            .findElements(By.cssSelector("#toasts .toast.twist")).stream().findFirst().orElse(null), t -> t != null);
        assertTrue(toast.getText().contains(card), toast.getText());
        assertTrue((Boolean) cy.driver.executeScript(
            "const b = arguments[0].getBoundingClientRect(); return b.top >= 0 && b.bottom <= innerHeight && b.right <= innerWidth;",
            toast), "the toast is on the phone's screen");
        cy.click(By.xpath("//div[@id='toasts']//button[normalize-space()='Read it']"));
        Awaitility.await().atMost(RoomPage.PATIENCE).until(() -> cy.visible("twist-banner"));

        // A few seconds later the banner folds into one line, and gives the notes their room back.
        Awaitility.await().atMost(RoomPage.PATIENCE).until(() -> "chip".equals(
            bo.driver.findElement(By.id("twist-banner")).getAttribute("data-state")));
        long height = ((Number) bo.driver.executeScript(
            "return document.getElementById('twist-banner').getBoundingClientRect().height")).longValue();
        assertTrue(height <= 56, "one line: " + height + " px");
        assertTrue(bo.text("twist-banner").contains(card), "the chip still names the twist");

        // The round ends: Cy's phone brings him to the feedback step (his focus was on the toast, now gone).
        ada.click("btn-end-round");
        cy.awaitStage("feedback");
        Awaitility.await().atMost(RoomPage.PATIENCE).until(() -> Screen.focus(cy), "feedback-heading"::equals);
        assertTrue(Screen.onScreen(cy, "feedback-heading"), "the feedback step is on the phone's screen");

        // The next round begins: the old twist leaves with its round.
        ada.click("btn-close-round");
        ada.click("btn-next-round");
        bo.awaitStage("lobby");
        Awaitility.await().atMost(RoomPage.PATIENCE).until(() -> !bo.visible("twist-banner") && !cy.visible("twist-banner"));
    }

    @Test
    void oneStartAsksWhenTheSeatIsEmptyTheColumnScrollsOnItsOwnAndPillsReadInBothThemes() {
        RoomPage ada = enter(room.hostLink(), "Ada");
        ada.driver.executeScript("window.__asked = []; window.confirm = (m) => { window.__asked.push(m); return false; }");
        List<WebElement> starts = ada.driver.findElements(By.xpath("//button[starts-with(normalize-space(), 'Start')]"))
            .stream().filter(WebElement::isDisplayed).toList();
        assertEquals(1, starts.size(), "one Start button");
        ada.click("timer-start");
        assertTrue(String.valueOf(ada.driver.executeScript("return window.__asked.join()")).contains("candidate"),
            "Ada is asked before starting with nobody in the candidate's seat");
        assertEquals("lobby", ada.stage(), "and saying no starts nothing");

        RoomPage bo = enter(room.inviteLink(), "Bo");
        assertContrast(ada, "lobby");
        ada.driver.executeScript("window.confirm = () => true");
        ada.click("timer-start");
        bo.awaitStage("running");
        assertContrast(ada, "running");

        // The interviewer's column: its own scroll, folded guidance, jump links; the file input is no Tab stop.
        Boolean ownScroll = (Boolean) ada.driver.executeScript("""
            const c = document.getElementById('interviewer-column');
            const box = c.getBoundingClientRect();
            return getComputedStyle(c).overflowY === 'auto' && c.scrollHeight > c.clientHeight
              && box.bottom <= innerHeight + 1;""");
        assertTrue(ownScroll, "the column scrolls on its own and ends within the screen");
        assertFalse(ada.driver.findElement(By.cssSelector("[data-card-id='t1'] .card-guidance")).isDisplayed(),
            "guidance is folded until asked for");
        WebElement jump = ada.driver.findElement(By.cssSelector(".jump-link[data-target='scorecard-heading']"));
        ada.driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", jump);
        Object pageScroll = ada.driver.executeScript("return window.scrollY");
        jump.click();
        assertEquals("scorecard-heading", Screen.focus(ada));
        assertEquals(pageScroll, ada.driver.executeScript("return window.scrollY"), "only the column moved");
        assertTrue((Boolean) ada.driver.executeScript("""
            const h = document.getElementById('scorecard-heading').getBoundingClientRect();
            const c = document.getElementById('interviewer-column').getBoundingClientRect();
            return h.top >= c.top - 1 && h.bottom <= c.bottom + 1 && h.bottom <= innerHeight;"""),
            "the scorecard's heading is in view, inside the column");
        ada.driver.executeScript("document.getElementById('btn-export-deck').focus()");
        new org.openqa.selenium.interactions.Actions(ada.driver).sendKeys(Keys.TAB).perform();
        assertFalse("deck-import-file".equals(Screen.focus(ada)), "Tab never lands on the hidden file input");

        ada.click("btn-end-round");
        bo.awaitStage("feedback");
        assertContrast(ada, "feedback");
    }

    /** The stage pill and the timer's status read at 4.5:1 or more, light and dark. */
    private static void assertContrast(RoomPage page, String when) {
        for (String scheme : List.of("light", "dark")) {
            Screen.colorScheme(page, scheme);
            for (String id : List.of("round-stage", "timer-phase")) {
                double ratio = Screen.contrast(page, id);
                assertTrue(ratio >= 4.5, id + " in the " + when + ", " + scheme + " theme: " + ratio + ":1");
            }
        }
        Screen.colorScheme(page, "light");
    }
}
