package dev.curveball.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.curveball.testing.CreatedRoom;
import dev.curveball.testing.TestNode;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.locks.LockSupport;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * The notes, the prompt and the report read as Markdown: a candidate on a phone writes Markdown with hostile bits
 * in it, previews it while the interviewer keeps writing, goes back to editing where they were, and after the round
 * reads the report rendered; nothing they typed ever becomes an image or a javascript: link on anyone's page.
 */
class MarkdownBrowserTest {
    /** A person's pause between keys; with the driver's own round trip that makes 100-150 ms a key. */
    private static final Duration KEY_PAUSE = Duration.ofMillis(100);
    private static final String HEADING = "Serving plan";
    private static final String NOTES = "# " + HEADING + "\n- features from Redis\n- model: GBDT\n\n"
        + "See [the paper](https://example.org/fraud) and [this](javascript:alert(1)) <img src=x onerror=alert(1)>";
    private static final String ABOVE = "Owner: Ada\n\n";

    /**
     * Counts every img element and every javascript: address that ever enters the page, and every alert, from the
     * moment it is installed: the page must never hold one even for an instant.
     */
    private static final String PROBE = """
        window.__hostile = [];
        window.alert = (m) => window.__hostile.push('alert ' + m);
        const check = (node) => {
          if (node.nodeType !== 1) return;
          for (const e of [node, ...node.querySelectorAll('*')]) {
            if (e.tagName === 'IMG') window.__hostile.push('img');
            for (const a of e.attributes) {
              if (/^\\s*javascript:/i.test(a.value) || /^on/i.test(a.name)) window.__hostile.push(a.name + '=' + a.value);
            }
          }
        };
        new MutationObserver((records) => records.forEach((r) => {
          if (r.type === 'attributes') check(r.target); else r.addedNodes.forEach(check);
        })).observe(document, { subtree: true, childList: true, attributes: true });
        """;

    private TestNode node;
    private RoomPage ada; // host and interviewer, on a laptop
    private RoomPage bo; // candidate, on a phone

    @BeforeEach
    void start() {
        Chromium.requireInstalled();
        node = TestNode.start();
        CreatedRoom room = node.createRoom("{\"title\":\"Markdown mock\",\"mode\":\"pair\",\"creatorSeat\":\"interviewer\","
            + "\"promptId\":\"card-fraud-detection\"}");
        ada = RoomPage.enter(room.hostLink(), "Ada");
        bo = RoomPage.enter(room.inviteLink(), "Bo");
        bo.driver.manage().window().setSize(new Dimension(390, 844));
        for (RoomPage page : List.of(ada, bo)) {
            page.driver.executeScript(PROBE);
        }
    }

    @AfterEach
    void stop(TestInfo test) throws Exception {
        RoomPage.keepAndClose(test, ada, bo);
        if (node != null) {
            node.close();
        }
    }

    @Test
    void aCandidatePreviewsMarkdownNotesWhileTheInterviewerWritesAndReadsThePromptAndTheReportRendered() {
        ada.click("timer-start");
        bo.awaitStage("running");

        // The prompt: the catalog's constraints are a list, not lines that start with "- ".
        bo.click(By.cssSelector("#narrow-tabs [data-tab=\"prompt\"]"));
        Awaitility.await().atMost(RoomPage.PATIENCE).until(() -> bo.visible("prompt-text")
            && bo.driver.findElements(By.cssSelector("#prompt-text ul > li")).size() >= 3);
        List<WebElement> constraints = bo.driver.findElements(By.cssSelector("#prompt-text ul > li"));
        assertTrue(constraints.get(0).isDisplayed());
        assertFalse(constraints.get(0).getText().startsWith("- "), constraints.get(0).getText());

        // The notes: Bo writes Markdown, as a person types, with a hostile link and image tag in it.
        bo.click(By.cssSelector("#narrow-tabs [data-tab=\"notes\"]"));
        typeAtHumanPace(bo, "notes-shared", NOTES);
        Awaitility.await().atMost(RoomPage.PATIENCE).until(() -> NOTES.equals(notesText(ada)) && saved(bo));

        // The caret after the heading, then by keyboard: Shift+Tab reaches Preview, Enter shows it.
        int caret = ("# " + HEADING).length();
        bo.driver.executeScript("const t = document.getElementById('notes-shared'); t.focus(); "
            + "t.setSelectionRange(arguments[0], arguments[0]);", caret);
        new Actions(bo.driver).keyDown(Keys.SHIFT).sendKeys(Keys.TAB).keyUp(Keys.SHIFT).perform();
        assertEquals("notes-shared-preview-button", focusedId(bo), "Preview is the stop before the editor");
        new Actions(bo.driver).sendKeys(Keys.ENTER).perform();

        assertEquals("true", attribute(bo, "notes-shared-preview-button", "aria-pressed"));
        assertEquals("false", attribute(bo, "notes-shared-edit-button", "aria-pressed"));
        assertTrue(bo.visible("notes-shared-preview"), "the rendered notes are on screen");
        assertFalse(bo.visible("notes-shared"), "in place of the editor");
        WebElement preview = bo.driver.findElement(By.id("notes-shared-preview"));
        Awaitility.await().atMost(RoomPage.PATIENCE).until(() -> preview.findElements(By.cssSelector("h3")).stream()
            .anyMatch(h -> h.getText().equals(HEADING))); // the heading is a heading
        assertEquals(List.of("features from Redis", "model: GBDT"),
            preview.findElements(By.cssSelector("ul > li")).stream().map(WebElement::getText).toList());
        WebElement link = preview.findElement(By.linkText("the paper"));
        assertEquals("https://example.org/fraud", link.getAttribute("href"));
        assertEquals("_blank", link.getAttribute("target"));
        assertTrue(link.getAttribute("rel").contains("noopener"));
        assertTrue(preview.getText().contains("[this](javascript:alert(1))"), "the javascript: link is shown as typed");
        assertTrue(preview.getText().contains("<img src=x onerror=alert(1)>"), "and the tag as text");
        assertEquals(1, preview.findElements(By.tagName("a")).size(), "one link: the safe one");

        // The preview follows the live text: Ada writes a line above everything.
        ada.driver.executeScript("const t = document.getElementById('notes-shared'); t.focus(); t.setSelectionRange(0, 0);");
        typeAtHumanPace(ada, "notes-shared", ABOVE);
        Awaitility.await().atMost(RoomPage.PATIENCE).until(() -> bo.driver
            .findElements(By.cssSelector("#notes-shared-preview > p")).stream().findFirst()
            .map(p -> p.getText().equals("Owner: Ada")).orElse(false));
        assertEquals(HEADING, preview.findElement(By.cssSelector("h3")).getText());

        // Edit, by keyboard from Preview: the editor comes back focused, the caret still after the heading.
        new Actions(bo.driver).keyDown(Keys.SHIFT).sendKeys(Keys.TAB).keyUp(Keys.SHIFT).perform();
        assertEquals("notes-shared-edit-button", focusedId(bo));
        new Actions(bo.driver).sendKeys(Keys.ENTER).perform();
        assertEquals("notes-shared", focusedId(bo), "Edit puts the focus back in the notes");
        assertTrue(bo.visible("notes-shared"));
        assertFalse(bo.visible("notes-shared-preview"));
        Number at = (Number) bo.driver.executeScript("return document.getElementById('notes-shared').selectionStart");
        assertEquals(ABOVE.length() + caret, at.intValue(), "the caret is where Bo left it, moved along by Ada's line");

        // The interviewer's private notes preview the same way.
        typeAtHumanPace(ada, "notes-private", "**probe** label delay");
        ada.click("notes-private-preview-button");
        Awaitility.await().atMost(RoomPage.PATIENCE).until(() -> ada.driver
            .findElements(By.cssSelector("#notes-private-preview strong")).stream()
            .anyMatch(s -> s.getText().equals("probe")));

        // The report: rendered, with the notes in it as the text they are.
        ada.click("btn-end-round");
        bo.awaitStage("feedback");
        ada.click("btn-close-round");
        bo.awaitStage("done");
        bo.click("btn-preview-report");
        Awaitility.await().atMost(RoomPage.PATIENCE).until(() -> bo.driver
            .findElements(By.cssSelector("#report-preview h3")).stream()
            .anyMatch(h -> h.isDisplayed() && h.getText().startsWith("Round 1")));
        WebElement report = bo.driver.findElement(By.id("report-preview"));
        assertFalse(report.findElements(By.cssSelector("table th")).isEmpty(), "the phases are a table");
        String notesInReport = report.findElements(By.cssSelector("pre code")).stream().map(WebElement::getText)
            .filter(t -> t.contains(HEADING)).findFirst().orElse("");
        assertTrue(notesInReport.contains("<img src=x onerror=alert(1)>"), "the notes, as written: " + notesInReport);
        assertTrue(notesInReport.contains("[this](javascript:alert(1))"));

        for (RoomPage page : List.of(ada, bo)) {
            assertEquals(List.of(), page.driver.executeScript("return window.__hostile"),
                page.name + "'s page never held an image, a javascript: address or a handler, and never alerted");
            assertEquals(0L, page.driver.executeScript("return document.querySelectorAll('img, script:not([src]), "
                + "[onerror], [href^=\"javascript\" i]').length"));
        }
    }

    @Test
    void pastedMarkdownThatIsTooSlowToParseShowsAsPlainTextAndNeverFreezesTheInterviewersPage() {
        ada.click("notes-shared-preview-button");
        Awaitility.await().atMost(RoomPage.PATIENCE).until(() -> previewText(ada).equals("Nothing to preview yet."));
        // The longest the page's own thread goes without running a timer, from here on.
        ada.driver.executeScript("window.__gap = 0; let last = performance.now(); setInterval(() => { "
            + "const now = performance.now(); window.__gap = Math.max(window.__gap, now - last); last = now; }, 50);");

        // Bo pastes 36,000 characters that marked parses in time that grows much faster than the text (tens of
        // seconds here); each paste is one edit under the server's limit on one edit.
        String chunk = "*_a ".repeat(2_250);
        for (int pasted = 1; pasted <= 4; pasted++) {
            paste(bo, chunk);
            int length = chunk.length() * pasted;
            Awaitility.await().atMost(RoomPage.PATIENCE).until(() -> notesText(ada).length() == length && saved(bo));
        }
        Awaitility.await().atMost(RoomPage.PATIENCE).until(() -> "plain".equals(attribute(ada, "notes-shared-preview",
            "data-rendered")) && previewText(ada).length() > 4 * chunk.length());
        assertTrue(previewText(ada).startsWith("Too intricate to render in time: shown as plain text."), "said why");

        // Still live: what Bo types next reaches Ada's preview, and Edit works at once.
        typeAtHumanPace(bo, "notes-shared", " marker");
        Awaitility.await().atMost(RoomPage.PATIENCE).until(() -> previewText(ada).endsWith("*_a  marker"));
        Number gap = (Number) ada.driver.executeScript("return window.__gap");
        assertTrue(gap.doubleValue() < 3_000, "Ada's page stalled for " + gap + " ms");
        ada.click("notes-shared-edit-button");
        assertEquals("notes-shared", focusedId(ada));
    }

    /** Puts {@code text} at the end of the shared notes as a paste does: one insertion, one input event. */
    private static void paste(RoomPage page, String text) {
        page.driver.executeScript("const t = document.getElementById('notes-shared'); t.focus(); "
            + "t.setRangeText(arguments[0], t.value.length, t.value.length, 'end'); "
            + "t.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));", text);
    }

    private static String previewText(RoomPage page) {
        return (String) page.driver.executeScript("return document.getElementById('notes-shared-preview').textContent");
    }

    /** One key at a time with a person's pause between keys; a newline is the Enter key. */
    private static void typeAtHumanPace(RoomPage page, String id, String text) {
        WebElement field = page.driver.findElement(By.id(id));
        for (char key : text.toCharArray()) {
            field.sendKeys(key == '\n' ? Keys.ENTER : String.valueOf(key));
            LockSupport.parkNanos(KEY_PAUSE.toNanos()); // typing speed, not synchronisation
        }
    }

    private static String notesText(RoomPage page) {
        return (String) page.driver.executeScript("return document.getElementById('notes-shared').value");
    }

    private static boolean saved(RoomPage page) {
        return "saved".equals(attribute(page, "notes-shared-status", "data-state"));
    }

    private static String focusedId(RoomPage page) {
        return (String) page.driver.executeScript("return document.activeElement && document.activeElement.id");
    }

    private static String attribute(RoomPage page, String id, String name) {
        return page.driver.findElement(By.id(id)).getAttribute(name);
    }
}
