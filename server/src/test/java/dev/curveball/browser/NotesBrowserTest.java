package dev.curveball.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.curveball.testing.CreatedRoom;
import dev.curveball.testing.TestNode;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Predicate;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/** An interviewer and a candidate, two real browsers, writing the same notes at the same time. */
class NotesBrowserTest {
    private static final Duration PATIENCE = Duration.ofSeconds(20);
    private static final String SHARED = "notes-shared";

    private TestNode node;
    private ChromeDriver ada; // interviewer and host
    private ChromeDriver bo; // candidate

    @BeforeEach
    void start() {
        Chromium.requireInstalled();
        node = TestNode.start();
        ada = Chromium.launch();
        bo = Chromium.launch();
        CreatedRoom room = node.createRoom("{\"title\":\"Notes practice\",\"mode\":\"pair\",\"creatorSeat\":\"interviewer\"}");
        enter(ada, room.hostLink(), "Ada");
        enter(bo, room.inviteLink(), "Bo");
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
    void twoPeopleTypingAtOnceAtTheSameSpotEndWithTheSameTextHoldingEachCharacterOnceInOrder() {
        // Disjoint alphabets: whatever the interleaving, each person's characters read back as exactly what they typed.
        String adaTyped = "+IVW+ALPHA+BRAVO+CHARLIE+DELTA+ECHO+FOXTROT+GOLF+HOTEL+INDIA+";
        String boTyped = "-cand-one-two-three-four-five-six-seven-eight-nine-ten-";

        CompletableFuture<Void> adaTyping = CompletableFuture.runAsync(() -> typeKeyByKey(ada, adaTyped));
        CompletableFuture<Void> boTyping = CompletableFuture.runAsync(() -> typeKeyByKey(bo, boTyped));
        adaTyping.join();
        boTyping.join();

        String text = awaitSameSavedText(t -> t.length() == adaTyped.length() + boTyped.length());
        assertEquals(adaTyped, text.replaceAll("[^A-Z+]", ""), "the interviewer's characters, once each, in order");
        assertEquals(boTyped, text.replaceAll("[^a-z-]", ""), "the candidate's characters, once each, in order");
    }

    @Test
    void theCandidatesCaretStaysInItsParagraphWhileTheInterviewerTypesAboveIt() {
        String start = "Alpha: the requirements.\n\nBravo: the design.";
        typeKeyByKey(ada, start);
        awaitSameSavedText(start::equals);
        placeCaret(bo, start.length()); // the end of paragraph B
        placeCaret(ada, "Alpha: the requirements.".length()); // the end of paragraph A

        String above = " 8k payments/s at peak, p99 under 50 ms.";
        typeKeyByKey(ada, above);
        String expanded = "Alpha: the requirements." + above + "\n\nBravo: the design.";
        awaitSameSavedText(expanded::equals);
        Number caret = (Number) bo.executeScript("return document.getElementById(arguments[0]).selectionStart", SHARED);
        assertEquals(expanded.length(), caret.intValue(), "the candidate's caret moved along with the text above it");

        bo.findElement(By.id(SHARED)).sendKeys(" [bo]");
        awaitSameSavedText((expanded + " [bo]")::equals);
    }

    @Test
    void theInterviewersPrivateNotesNeverReachTheCandidatesPage() {
        String secret = "Private: candidate skipped label delay, probe feedback loops";
        assertTrue(bo.findElements(By.id("notes-private")).isEmpty(), "no private notes editor for the candidate");
        assertTrue(bo.findElements(By.cssSelector(".interviewer-panel")).isEmpty(), "no interviewer column at all");

        WebElement privateNotes = ada.findElement(By.id("notes-private"));
        privateNotes.sendKeys(secret);
        Awaitility.await().atMost(PATIENCE).until(() -> "saved".equals(
            ada.findElement(By.id("notes-private-status")).getAttribute("data-state")));
        // Events reach a socket in order: once Bo has the shared edit made after the private one, any private
        // event for Bo would have arrived too.
        typeKeyByKey(ada, "after");
        awaitSameSavedText("after"::equals);

        assertEquals(secret, ada.executeScript("return document.getElementById('notes-private').value"));
        String page = (String) bo.executeScript("return document.documentElement.outerHTML");
        assertFalse(page.contains("label delay"), "the private notes are nowhere in the candidate's page");
        assertTrue(bo.findElements(By.id("notes-private")).isEmpty());
    }

    /** Opens a link, gives the name, and waits until the shared notes are loaded and saved. */
    private static void enter(ChromeDriver page, String link, String name) {
        page.get(link);
        Awaitility.await().atMost(PATIENCE).until(() -> page.findElement(By.id("display-name")).isDisplayed());
        WebElement field = page.findElement(By.id("display-name"));
        field.clear();
        field.sendKeys(name);
        page.findElement(By.id("join-button")).click();
        Awaitility.await().atMost(PATIENCE).until(() -> "saved".equals(status(page)));
    }

    /** One key at a time, as a person types, so that edits cross the other person's on the way. */
    private static void typeKeyByKey(ChromeDriver page, String text) {
        WebElement notes = page.findElement(By.id(SHARED));
        for (char key : text.toCharArray()) {
            notes.sendKeys(String.valueOf(key));
        }
    }

    /** Focuses the shared notes with the caret at {@code index}; sendKeys keeps a focused element's caret. */
    private static void placeCaret(ChromeDriver page, int index) {
        page.executeScript("const t = document.getElementById(arguments[0]); t.focus(); t.setSelectionRange(arguments[1], "
            + "arguments[1]);", SHARED, index);
    }

    /** Waits until both pages have saved the same text, which passes {@code check}; returns it. */
    private String awaitSameSavedText(Predicate<String> check) {
        return Awaitility.await().atMost(PATIENCE).until(() -> {
            List<String> texts = List.of(text(ada), text(bo));
            boolean saved = "saved".equals(status(ada)) && "saved".equals(status(bo));
            return saved && texts.get(0).equals(texts.get(1)) ? texts.get(0) : null;
        }, text -> text != null && check.test(text));
    }

    private static String text(ChromeDriver page) {
        return (String) page.executeScript("return document.getElementById(arguments[0]).value", SHARED);
    }

    private static String status(ChromeDriver page) {
        return page.findElement(By.id("notes-shared-status")).getAttribute("data-state");
    }
}
