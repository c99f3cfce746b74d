package dev.curveball.browser;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.curveball.testing.CreatedRoom;
import dev.curveball.testing.TestNode;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;

/**
 * Two or three editors in real browsers with their carets at the same spot, each typing a sentence at a person's
 * pace (100 to 150 ms a key, about 10 s) at the same time: every sentence must come out whole, on every screen and
 * in the round's report, not interleaved letter by letter. Then the round is closed and the notes turn read-only.
 */
class SameSpotTypingBrowserTest {
    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final String SHARED = "notes-shared";
    private static final String ADA_SAYS =
        "Scoring must stay under 50 ms at p99, so features come from the online store only.";
    private static final String BO_SAYS =
        "Labels arrive weeks late, so we train on analyst reviews and chargebacks as proxies.";
    private static final String ADA_TAB_SAYS =
        "Open question: how do we backfill the feature store after an hour-long outage?";

    private TestNode node;
    private CreatedRoom room;
    private final List<ChromeDriver> browsers = new ArrayList<>();

    @BeforeEach
    void start() {
        Chromium.requireInstalled();
        node = TestNode.start();
        room = node.createRoom("{\"title\":\"Same spot\",\"mode\":\"pair\",\"creatorSeat\":\"interviewer\"}");
    }

    @AfterEach
    void stop() throws Exception {
        browsers.forEach(ChromeDriver::quit);
        if (node != null) {
            node.close();
        }
    }

    @Test
    void twoPeopleTypingAtTheEndOfTheNotesEachKeepTheirSentenceWhole() {
        ChromeDriver ada = enter(room.hostLink(), "Ada");
        ChromeDriver bo = enter(room.inviteLink(), "Bo");
        startRound(ada, bo);
        String before = "## Requirements\n- ";
        typeAtPace(ada, before, new Random(1));
        awaitSameSavedText(List.of(ada, bo), before::equals);

        typeTogether(List.of(new Typist(ada, ADA_SAYS), new Typist(bo, BO_SAYS)), before.length());

        assertWholeEverywhere(before, List.of(new Typist(ada, ADA_SAYS), new Typist(bo, BO_SAYS)), secretOf(ada));
    }

    @Test
    void twoPeopleTypingIntoEmptyNotesEachKeepTheirSentenceWhole() {
        ChromeDriver ada = enter(room.hostLink(), "Ada");
        ChromeDriver bo = enter(room.inviteLink(), "Bo");
        startRound(ada, bo);

        typeTogether(List.of(new Typist(ada, ADA_SAYS), new Typist(bo, BO_SAYS)), 0);

        assertWholeEverywhere("", List.of(new Typist(ada, ADA_SAYS), new Typist(bo, BO_SAYS)), secretOf(bo));
    }

    @Test
    void theInterviewerInTwoWindowsAndTheCandidateTypingAtOneSpotEachKeepTheirSentenceWhole() {
        ChromeDriver ada = enter(room.hostLink(), "Ada");
        ChromeDriver bo = enter(room.inviteLink(), "Bo");
        ChromeDriver adaAgain = sameParticipantElsewhere(ada, room.hostLink());
        startRound(ada, bo);
        awaitStage(adaAgain, "running");
        String before = "Notes: ";
        typeAtPace(bo, before, new Random(2));
        awaitSameSavedText(List.of(ada, bo, adaAgain), before::equals);
        List<Typist> typists = List.of(new Typist(ada, ADA_SAYS), new Typist(bo, BO_SAYS),
            new Typist(adaAgain, ADA_TAB_SAYS));

        typeTogether(typists, before.length());

        assertWholeEverywhere(before, typists, secretOf(adaAgain));
        assertEquals(secretOf(ada), secretOf(adaAgain), "both windows are the same participant");
    }

    @Test
    void onceTheRoundIsClosedTheNotesAreReadOnlyOnEveryScreenAndTheReportKeepsThem() {
        ChromeDriver ada = enter(room.hostLink(), "Ada");
        ChromeDriver bo = enter(room.inviteLink(), "Bo");
        startRound(ada, bo);
        String kept = "Decision: a rules fallback when the model is down.";
        typeAtPace(bo, kept, new Random(3));
        awaitSameSavedText(List.of(ada, bo), kept::equals);

        click(ada, "btn-end-round");
        confirm(ada);
        awaitStage(bo, "feedback");
        assertFalse(readOnly(bo), "the notes stay open while feedback is written");
        click(ada, "btn-close-round");
        confirm(ada);
        awaitStage(bo, "done");
        awaitStage(ada, "done");

        for (ChromeDriver page : List.of(ada, bo)) {
            Awaitility.await().atMost(PATIENCE).until(() -> readOnly(page));
            WebElement tag = page.findElement(By.id("notes-shared-readonly"));
            page.executeScript("arguments[0].scrollIntoView({block: 'center'})", tag);
            assertAll(
                () -> assertTrue(tag.isDisplayed(), "the read-only label is on screen"),
                () -> assertEquals("Read only · round closed", tag.getText()),
                () -> assertFalse(page.findElement(By.id("notes-shared-status")).isDisplayed(),
                    "no sync state promising that later text is saved"),
                () -> assertTrue(page.findElement(By.id("notes-shared-hint")).getText().contains("round is closed")));
        }
        WebElement notes = bo.findElement(By.id(SHARED));
        bo.executeScript("arguments[0].focus(); arguments[0].setSelectionRange(arguments[1], arguments[1])", notes,
            kept.length());
        new Actions(bo).sendKeys(" and lost").perform(); // to the focused element, as a person types
        assertEquals(kept, text(bo), "a read-only textarea takes no keys");
        String report = report(secretOf(bo));
        assertTrue(report.contains(kept), report);
        assertEquals(kept, text(ada));
    }

    /** One editor and the sentence it types. */
    private record Typist(ChromeDriver page, String sentence) {
    }

    /**
     * Puts every typist's caret at {@code caret}, then lets them all type at once, each key at its own pace, and
     * returns when everyone has finished.
     */
    private void typeTogether(List<Typist> typists, int caret) {
        for (Typist t : typists) {
            t.page().executeScript("const t = document.getElementById(arguments[0]); t.focus(); "
                + "t.setSelectionRange(arguments[1], arguments[1]);", SHARED, caret);
        }
        CyclicBarrier together = new CyclicBarrier(typists.size());
        List<CompletableFuture<Void>> typing = new ArrayList<>();
        for (int i = 0; i < typists.size(); i++) {
            Typist t = typists.get(i);
            Random pace = new Random(100 + i);
            typing.add(CompletableFuture.runAsync(() -> {
                try {
                    together.await(PATIENCE.toSeconds(), TimeUnit.SECONDS);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
                typeAtPace(t.page(), t.sentence(), pace);
            }));
        }
        typing.forEach(CompletableFuture::join);
    }

    /**
     * Real key events, one per character, 100 to 150 ms apart by this test's clock: a person's pace. The wait
     * between keys paces the typing; it synchronizes nothing. sendKeys keeps the caret of a focused textarea.
     */
    private static void typeAtPace(ChromeDriver page, String text, Random pace) {
        WebElement notes = page.findElement(By.id(SHARED));
        long next = System.nanoTime();
        for (char key : text.toCharArray()) {
            notes.sendKeys(String.valueOf(key));
            next += TimeUnit.MILLISECONDS.toNanos(100 + pace.nextInt(51));
            LockSupport.parkNanos(next - System.nanoTime());
        }
    }

    /**
     * Every screen shows the same saved text: what was there before, then each sentence whole; each editor still has
     * the focus with its caret right after its own sentence; and the round's report holds every sentence.
     */
    private void assertWholeEverywhere(String before, List<Typist> typists, String secret) {
        List<ChromeDriver> pages = typists.stream().map(Typist::page).distinct().toList();
        String text = awaitSameSavedText(pages, t -> t.length() == before.length()
            + typists.stream().mapToInt(x -> x.sentence().length()).sum());
        List<Executable> checks = new ArrayList<>();
        checks.add(() -> assertTrue(text.startsWith(before), text));
        for (Typist t : typists) {
            checks.add(() -> assertTrue(text.contains(t.sentence()), "not whole: " + t.sentence() + " in " + text));
            checks.add(() -> assertEquals(SHARED, t.page().executeScript("return document.activeElement.id")));
            checks.add(() -> assertTrue(((String) t.page().executeScript("const n = document.getElementById(arguments[0]);"
                + " return n.value.slice(0, n.selectionStart)", SHARED)).endsWith(t.sentence()),
                "the caret follows its own sentence: " + t.sentence()));
        }
        String report = report(secret);
        for (Typist t : typists) {
            checks.add(() -> assertTrue(report.contains(t.sentence()), "the report: " + report));
        }
        assertAll(checks);
    }

    private ChromeDriver enter(String link, String name) {
        ChromeDriver page = Chromium.launch();
        browsers.add(page);
        page.get(link);
        Awaitility.await().atMost(PATIENCE).until(() -> page.findElement(By.id("display-name")).isDisplayed());
        WebElement field = page.findElement(By.id("display-name"));
        field.clear();
        field.sendKeys(name);
        page.findElement(By.id("join-button")).click();
        Awaitility.await().atMost(PATIENCE).until(() -> "saved".equals(status(page)));
        return page;
    }

    /** A second browser for the participant of {@code first}: it comes back with the same resume secret and name. */
    private ChromeDriver sameParticipantElsewhere(ChromeDriver first, String link) {
        String secret = secretOf(first);
        ChromeDriver page = Chromium.launch();
        browsers.add(page);
        page.get(node.baseUrl() + "/");
        page.executeScript("sessionStorage.setItem('curveball.resume.' + arguments[0], arguments[1]);"
            + " localStorage.setItem('curveball.name', arguments[2]);", room.id(), secret, "Ada");
        page.get(link);
        Awaitility.await().atMost(PATIENCE).until(() -> "saved".equals(status(page)));
        return page;
    }

    private String secretOf(ChromeDriver page) {
        return (String) page.executeScript("return sessionStorage.getItem('curveball.resume.' + arguments[0])",
            room.id());
    }

    private static void startRound(ChromeDriver interviewer, ChromeDriver candidate) {
        click(interviewer, "timer-start");
        awaitStage(candidate, "running");
        awaitStage(interviewer, "running");
    }

    private static void click(ChromeDriver page, String id) {
        Awaitility.await().atMost(PATIENCE).until(() -> page.findElements(By.id(id)).stream()
            .anyMatch(e -> e.isDisplayed() && e.isEnabled()));
        WebElement button = page.findElement(By.id(id));
        page.executeScript("arguments[0].scrollIntoView({block: 'center'})", button);
        button.click();
    }

    /** Answers the page's "are you sure?" with OK, as the person who clicked would. */
    private static void confirm(ChromeDriver page) {
        Awaitility.await().atMost(PATIENCE).ignoreExceptions().until(() -> {
            page.switchTo().alert().accept();
            return true;
        });
    }

    private static void awaitStage(ChromeDriver page, String stage) {
        Awaitility.await().atMost(PATIENCE).until(
            () -> page.findElement(By.id("round-stage")).getAttribute("textContent").strip(), stage::equals);
    }

    /** Waits until every page has saved the same text, which passes {@code check}; returns it. */
    private static String awaitSameSavedText(List<ChromeDriver> pages, java.util.function.Predicate<String> check) {
        return Awaitility.await().atMost(PATIENCE).until(() -> {
            List<String> texts = pages.stream().map(SameSpotTypingBrowserTest::text).distinct().toList();
            boolean saved = pages.stream().allMatch(p -> "saved".equals(status(p)));
            return saved && texts.size() == 1 ? texts.get(0) : null;
        }, text -> text != null && check.test(text));
    }

    private static boolean readOnly(ChromeDriver page) {
        return Boolean.TRUE.equals(page.executeScript("return document.getElementById(arguments[0]).readOnly", SHARED));
    }

    private static String text(ChromeDriver page) {
        return (String) page.executeScript("return document.getElementById(arguments[0]).value", SHARED);
    }

    private static String status(ChromeDriver page) {
        return page.findElement(By.id("notes-shared-status")).getAttribute("data-state");
    }

    private String report(String secret) {
        HttpResponse<String> response =
            node.get("/api/rooms/" + room.id() + "/rounds/1/report.md", "Bearer " + secret);
        assertEquals(200, response.statusCode(), response.body());
        return response.body();
    }
}
