package dev.curveball.browser;

import static dev.curveball.browser.PersonAtThePage.PATIENCE;
import static dev.curveball.browser.PersonAtThePage.await;
import static dev.curveball.browser.PersonAtThePage.click;
import static dev.curveball.browser.PersonAtThePage.displayed;
import static dev.curveball.browser.PersonAtThePage.typeLikeAPerson;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.curveball.testing.RunningNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A bootcamp organizer runs a cohort from one page (issue 13): pastes a roster of six, sees three pairs in the
 * preview, reshuffles, creates, copies the personal links, and watches the board. The organizer opens one room as
 * an observer in a second browser; a member opens their personal link in a third and lands in their seat; neither
 * is asked a name; "Start all" (after a confirmation naming three rooms) starts every room and the board shows them
 * running within about a second; a broadcast reaches the member's room as a banner. Then the board on a phone.
 */
class CohortBrowserTest {
    private static final List<String> ROSTER = List.of("Ada Lovelace", "Bo", "Cy", "Di", "Ed", "Fay");
    private static final int PHONE_WIDTH = 390;
    /** The board asks once a second; the rooms' change must show within that and one round trip. */
    private static final Duration BOARD_FOLLOWS = Duration.ofMillis(1500);

    /**
     * Before any page script: what the page copies, and the text of every file it offers as a download; the room
     * page's yes-or-no questions (closing the feedback) are answered yes, as RoomPage does.
     */
    private static final String HOOKS = """
        window.confirm = () => true;
        window.__copied = [];
        window.__downloads = [];
        Object.defineProperty(navigator, 'clipboard', { configurable: true, value: {
          writeText: (text) => { window.__copied.push(String(text)); return Promise.resolve(); } } });
        const createObjectURL = URL.createObjectURL;
        URL.createObjectURL = (blob) => {
          blob.text().then((text) => window.__downloads.push(text));
          return createObjectURL(blob);
        };
        """;

    /** Every text the page puts in its live regions, in order, from the moment it runs. */
    private static final String LISTEN = """
        window.__said = [];
        for (const region of document.querySelectorAll('#announcer, #board-said, #alert-announcer')) {
          new MutationObserver(() => { if (region.textContent) window.__said.push(region.textContent); })
            .observe(region, { childList: true, characterData: true, subtree: true });
        }
        """;

    @RegisterExtension
    static final RunningNode node = new RunningNode();

    private final List<ChromeDriver> browsers = new ArrayList<>();
    private String testName;

    @BeforeEach
    void requireChromium(TestInfo info) {
        Chromium.requireInstalled();
        testName = info.getTestMethod().map(m -> m.getName()).orElse("test");
    }

    @AfterEach
    void closeBrowsers() {
        for (int i = 0; i < browsers.size(); i++) {
            keep(browsers.get(i), "end-" + i);
        }
        browsers.forEach(ChromeDriver::quit);
    }

    @Test
    void anOrganizerCreatesPairsFromARosterWatchesTheBoardAndStartsEveryRoom() throws Exception {
        ChromeDriver organizer = browser();
        organizer.get(node.baseUrl() + "/c");
        organizer.executeScript(LISTEN);

        // The roster, typed as a person pastes it: the preview follows, three pairs with their seats.
        WebElement roster = await(organizer, "roster");
        roster.click();
        typeLikeAPerson(roster, String.join("\n", ROSTER));
        assertEquals("Pairs", selected(organizer, "group-size"));
        Awaitility.await().atMost(PATIENCE).until(() -> text(organizer, "roster-status"), "6 people in 3 rooms."::equals);
        List<List<String>> groups = previewGroups(organizer);
        assertEquals(3, groups.size(), groups.toString());
        for (List<String> group : groups) {
            assertEquals(2, group.size(), groups.toString());
            assertTrue(group.get(0).endsWith(" interviewer") && group.get(1).endsWith(" candidate"), groups.toString());
        }
        assertEquals(Set.copyOf(ROSTER), names(groups));

        click(organizer, "reshuffle");
        Awaitility.await().atMost(PATIENCE).until(() -> said(organizer),
            s -> s.contains("Reshuffled: the groups below changed."));
        assertEquals("reshuffle", organizer.switchTo().activeElement().getAttribute("id"), "focus stays on the button");
        List<List<String>> shuffled = previewGroups(organizer);
        assertEquals(3, shuffled.size());
        assertEquals(Set.copyOf(ROSTER), names(shuffled), "a reshuffle keeps everyone");

        typeLikeAPerson(await(organizer, "cohort-title"), "Week 6 mock loop");
        assertTrue(organizer.findElement(By.id("prompt-surprise")).isSelected());
        click(organizer, "create-cohort");

        // The links: one row per person, in the preview's groups; the organizer's own link, private.
        await(organizer, "copy-csv");
        keep(organizer, "created");
        assertEquals("created-heading", organizer.switchTo().activeElement().getAttribute("id"));
        List<List<String>> rows = linkRows(organizer);
        assertEquals(6, rows.size(), rows.toString());
        List<String> previewOrder = shuffled.stream().flatMap(List::stream).map(s -> s.replaceAll(" \\w+$", "")).toList();
        assertEquals(previewOrder, rows.stream().map(r -> r.get(0)).toList(), "the rooms are the preview's groups");
        String organizerLink = organizer.findElement(By.id("organizer-link")).getAttribute("value");
        assertTrue(organizerLink.startsWith(node.baseUrl() + "/c/") && organizerLink.contains("#t="), organizerLink);
        assertEquals(organizerLink, organizer.getCurrentUrl(), "the page's address is now the board's");
        assertTrue(text(organizer, "organizer-link-hint").contains("do not send it to the class"));

        click(organizer, "copy-csv");
        Awaitility.await().atMost(PATIENCE).until(() -> copied(organizer).size() == 1);
        String csv = copied(organizer).get(0);
        List<String> lines = csv.lines().toList();
        assertEquals("name,room,seat,link", lines.get(0));
        assertEquals(7, lines.size(), csv);
        for (List<String> row : rows) {
            assertTrue(csv.contains(row.get(0) + "," + row.get(1) + "," + row.get(2).toLowerCase() + "," + row.get(3)),
                "the CSV has " + row);
        }
        assertEquals("Copied", organizer.findElement(By.id("copy-csv")).getText());
        click(organizer, "download-csv");
        Awaitility.await().atMost(PATIENCE).until(() -> downloads(organizer), d -> d.contains(csv));
        click(organizer, "copy-organizer");
        Awaitility.await().atMost(PATIENCE).until(() -> copied(organizer), c -> c.contains(organizerLink));

        // The board: three rooms in the lobby, nobody there yet.
        Awaitility.await().atMost(PATIENCE).until(() -> tiles(organizer).size() == 3
            && tiles(organizer).stream().allMatch(t -> t.contains("Lobby") && t.contains("Nobody online")));
        assertEquals("Week 6 mock loop", text(organizer, "board-heading"));
        assertEquals("3 rooms · 0 running · 3 in the lobby · 3 need a look", text(organizer, "board-count"));
        keep(organizer, "board");

        // The organizer opens the first room as an observer, in a second browser. The server reserves the
        // organizer's place in every room under the name "Organizer", so, like a personal link, it asks no name.
        WebElement open = organizer.findElement(By.cssSelector("#board-rooms li:first-child a.board-open"));
        String roomId = open.getAttribute("data-room");
        assertEquals("_blank", open.getAttribute("target"), "it opens in a new tab");
        String observerLink = open.getAttribute("href");
        assertTrue(observerLink.endsWith("/r/" + roomId + organizerLink.substring(organizerLink.indexOf('#'))),
            observerLink);
        ChromeDriver watcher = browser();
        watcher.get(observerLink);
        awaitConnected(watcher);
        assertFalse(displayed(watcher, "display-name"), "the organizer's link asks no name");
        Awaitility.await().atMost(PATIENCE).until(() -> text(watcher, "you-chip"), "You: Observer · host"::equals);

        // The candidate of that room opens their personal link in a third browser: no name form, their seat.
        List<String> candidateRow = rows.stream().filter(r -> r.get(3).contains("/r/" + roomId + "#"))
            .filter(r -> r.get(2).equals("Candidate")).findFirst().orElseThrow();
        ChromeDriver member = browser();
        member.get(candidateRow.get(3));
        awaitConnected(member);
        assertFalse(displayed(member, "display-name"), "a personal link asks no name");
        Awaitility.await().atMost(PATIENCE).until(() -> text(member, "you-chip"), "You: Candidate"::equals);
        Awaitility.await().atMost(PATIENCE).until(() -> member.findElement(By.cssSelector(
            "#participants li[data-you='true']")).getText().contains(candidateRow.get(0)));

        // The board sees both: that room has nobody missing any more, the two others still nobody online.
        Awaitility.await().atMost(PATIENCE).until(() -> tile(organizer, roomId), t -> !t.contains("Nobody online")
            && !t.contains("Candidate missing"));
        WebElement candidate = organizer.findElement(By.cssSelector("li.board-room[data-room='" + roomId
            + "'] .board-member[data-seat='candidate']"));
        assertEquals("true", candidate.getAttribute("data-online"));
        assertEquals(candidateRow.get(0) + " Candidate, online", candidate.getAttribute("textContent").strip(),
            "what a screen reader hears");
        assertEquals(2, tiles(organizer).stream().filter(t -> t.contains("Nobody online")).count());

        // No round has finished: the reports' button says so rather than handing over an empty zip.
        click(organizer, "download-reports");
        Awaitility.await().atMost(PATIENCE).until(() -> text(organizer, "board-said"),
            t -> t.startsWith("No round has finished yet"));
        assertTrue(downloads(organizer).stream().noneMatch(d -> d.startsWith("PK")), "no zip was offered");

        // Start all, after a confirmation that names the three rooms; the keyboard's safe answer comes first.
        WebElement startAll = organizer.findElement(By.id("action-start"));
        organizer.executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].focus()", startAll);
        startAll.sendKeys(Keys.ENTER);
        Awaitility.await().atMost(PATIENCE).until(() -> dialogOpen(organizer));
        assertEquals("Start every room in the lobby?", text(organizer, "confirm-heading"));
        assertTrue(text(organizer, "confirm-text").contains("3 rooms"), text(organizer, "confirm-text"));
        assertEquals("Start 3 rooms", text(organizer, "confirm-ok"));
        assertEquals("confirm-cancel", organizer.switchTo().activeElement().getAttribute("id"));
        organizer.switchTo().activeElement().sendKeys(Keys.TAB);
        assertEquals("confirm-ok", organizer.switchTo().activeElement().getAttribute("id"));
        organizer.switchTo().activeElement().sendKeys(Keys.ENTER);

        Awaitility.await().atMost(PATIENCE).until(() -> said(organizer), s -> s.contains("Started 3 rooms."));
        long announced = System.nanoTime();
        assertEquals("action-start", organizer.switchTo().activeElement().getAttribute("id"), "focus is back");
        Awaitility.await().atMost(BOARD_FOLLOWS).until(() -> tiles(organizer).stream()
            .filter(t -> t.contains("Running")).count() == 3);
        System.out.println("Board showed 3 rooms running " + (System.nanoTime() - announced) / 1_000_000
            + " ms after the action's answer");
        assertEquals("3 rooms · 3 running · 0 in the lobby · 2 need a look", text(organizer, "board-count"));
        Awaitility.await().atMost(PATIENCE).until(() -> member.findElement(By.id("round-stage"))
            .getAttribute("textContent").strip(), "running"::equalsIgnoreCase);
        String clock = organizer.findElement(By.cssSelector("li.board-room[data-room='" + roomId + "'] .board-clock"))
            .getText();
        assertTrue(clock.matches("\\d\\d:\\d\\d"), clock);
        Awaitility.await().atMost(PATIENCE).until(() -> !organizer.findElement(By.cssSelector(
            "li.board-room[data-room='" + roomId + "'] .board-clock")).getText().equals(clock));
        keep(organizer, "running");

        // A broadcast, typed and sent with Enter: every room gets it as a banner over the notes, said at once.
        member.executeScript(LISTEN);
        WebElement message = organizer.findElement(By.id("broadcast-message"));
        organizer.executeScript("arguments[0].scrollIntoView({block: 'center'})", message);
        message.click();
        typeLikeAPerson(message, "Ten minutes left");
        message.sendKeys(Keys.ENTER);
        Awaitility.await().atMost(PATIENCE).until(() -> dialogOpen(organizer));
        assertEquals("Send to 3 rooms", text(organizer, "confirm-ok"));
        assertTrue(text(organizer, "confirm-text").contains("“Ten minutes left”"), text(organizer, "confirm-text"));
        organizer.switchTo().activeElement().sendKeys(Keys.TAB);
        organizer.switchTo().activeElement().sendKeys(Keys.ENTER);
        Awaitility.await().atMost(PATIENCE).until(() -> said(organizer),
            s -> s.contains("Sent the message to 3 rooms."));
        assertEquals("broadcast-message", organizer.switchTo().activeElement().getAttribute("id"), "focus is back");
        assertEquals("", message.getAttribute("value"), "the field is ready for the next message");
        Awaitility.await().atMost(PATIENCE).until(() -> displayed(member, "twist-banner")
            && text(member, "twist-banner").contains("Ten minutes left"));
        assertEquals("✉ BROADCAST", member.findElement(By.cssSelector("#twist-banner .twist-banner-kicker")).getText());
        assertEquals("Message from the organizer", member.findElement(By.id("twist-banner")).getAttribute("aria-label"));
        Awaitility.await().atMost(PATIENCE).until(() -> said(member),
            s -> s.stream().anyMatch(t -> t.contains("Ten minutes left")));
        WebElement entry = member.findElement(By.cssSelector("#timeline .timeline-entry[data-kind='broadcast']"));
        assertEquals("✉", entry.findElement(By.cssSelector(".timeline-icon")).getAttribute("textContent"));
        assertTrue(entry.getAttribute("textContent").contains("Ten minutes left"));
        keep(member, "broadcast");

        // End all: every room moves to feedback. The organizer, host in the room they watch, closes its feedback;
        // that room's round is done, its report is in the zip, and "Next round" fits it alone.
        confirmAction(organizer, "action-end", "End 3 rooms");
        Awaitility.await().atMost(PATIENCE).until(() -> said(organizer), s -> s.contains("Ended the round in 3 rooms."));
        Awaitility.await().atMost(BOARD_FOLLOWS).until(() -> tiles(organizer).stream()
            .filter(t -> t.contains("Feedback")).count() == 3);
        click(watcher, "btn-close-round");
        Awaitility.await().atMost(PATIENCE).until(() -> tile(organizer, roomId), t -> t.contains("Done"));
        click(organizer, "download-reports");
        Awaitility.await().atMost(PATIENCE).until(() -> said(organizer),
            s -> s.contains("The reports of every finished round are downloading as one zip."));
        Awaitility.await().atMost(PATIENCE).until(() -> downloads(organizer).stream().anyMatch(d -> d.startsWith("PK")));
        confirmAction(organizer, "action-next-round", "Next round in 1 room");
        String closedTitle = organizer.findElement(By.cssSelector("li.board-room[data-room='" + roomId
            + "'] .board-room-title")).getText();
        Awaitility.await().atMost(PATIENCE).until(() -> said(organizer), s -> s.stream().anyMatch(t ->
            t.startsWith("Opened the next round in 1 room; 2 skipped: ") && !t.contains(closedTitle + " — ")));
        Awaitility.await().atMost(BOARD_FOLLOWS).until(() -> tile(organizer, roomId),
            t -> t.contains("Round 2") && t.contains("Lobby"));

        // The board on a phone: one column, nothing wider than the screen, the actions and the news in reach.
        phone(organizer);
        Awaitility.await().atMost(PATIENCE).until(() -> ((Number) organizer.executeScript(
            "return document.documentElement.scrollWidth")).intValue() <= PHONE_WIDTH);
        List<Long> lefts = tileLefts(organizer);
        assertEquals(1, Set.copyOf(lefts).size(), "one column of tiles: " + lefts);
        for (String id : List.of("action-start", "action-broadcast", "board-said", "board-filter")) {
            WebElement element = organizer.findElement(By.id(id));
            organizer.executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
            assertTrue(inViewport(organizer, element), id + " is on the phone's screen");
        }
        assertTrue(text(organizer, "board-said").startsWith("Opened the next round in 1 room;"));
        keep(organizer, "phone");

        for (ChromeDriver page : List.of(organizer, watcher, member)) {
            List<String> errors = page.manage().logs().get("browser").getAll().stream()
                .map(Object::toString)
                .filter(line -> line.contains("Uncaught") || line.contains("Content Security Policy"))
                .toList();
            assertEquals(List.of(), errors, "no script error and nothing the page's policy refused");
        }
    }

    @Test
    void aCsvFileIsReadIntoTheRosterAndPreviewedAsGroupsOfThreeOnAPhone() throws Exception {
        java.nio.file.Path csv = java.nio.file.Files.createTempFile("roster", ".csv");
        java.nio.file.Files.writeString(csv, "email,Name,track\n"
            + "ada@x.org,Ada Lovelace,ml\nbo@x.org,Bo,ml\ncy@x.org,\"Cy, Jr.\",infra\ndi@x.org,Di,ml\n"
            + "ed@x.org,Ed,infra\nfay@x.org,Fay,ml\ngus@x.org,Gus,ml\n");
        ChromeDriver organizer = browser();
        phone(organizer);
        organizer.get(node.baseUrl() + "/c");
        organizer.executeScript(LISTEN);
        await(organizer, "roster-file").sendKeys(csv.toAbsolutePath().toString());
        Awaitility.await().atMost(PATIENCE).until(() -> organizer.findElement(By.id("roster")).getAttribute("value"),
            v -> v.contains("Gus"));
        Awaitility.await().atMost(PATIENCE).until(() -> said(organizer),
            s -> s.stream().anyMatch(t -> t.startsWith("Read " + csv.getFileName() + ". 7 people in 3 rooms.")));

        WebElement size = organizer.findElement(By.id("group-size"));
        organizer.executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].focus()", size);
        size.sendKeys(Keys.ARROW_DOWN); // pairs → groups of 3, from the keyboard
        assertEquals("Groups of 3", selected(organizer, "group-size"));
        Awaitility.await().atMost(PATIENCE).until(() -> text(organizer, "roster-status"), "7 people in 2 rooms."::equals);
        assertEquals(List.of(
            List.of("Ada Lovelace interviewer", "Bo candidate", "Cy, Jr. observer", "Di observer"),
            List.of("Ed interviewer", "Fay candidate", "Gus observer")), previewGroups(organizer),
            "the name column, in the file's order, cut as the server cuts it");
        assertTrue(((Number) organizer.executeScript("return document.documentElement.scrollWidth")).intValue()
            <= PHONE_WIDTH, "the form fits the phone");
        keep(organizer, "csv");
    }

    @Test
    void aWrongKeyAMissingKeyAndAnUnknownCohortSaySoInsteadOfABlankBoard() throws Exception {
        var created = node.post("/api/cohorts",
            "{\"title\":\"Keys\",\"people\":[{\"name\":\"A\"},{\"name\":\"B\"}],\"groupSize\":2,\"surprise\":true}");
        assertEquals(201, created.statusCode(), created.body());
        String id = dev.curveball.protocol.Codec.mapper().readTree(created.body()).path("cohort").asText();
        ChromeDriver organizer = browser();

        organizer.get(node.baseUrl() + "/c/" + id + "#t=" + "x".repeat(43));
        awaitMessage(organizer, "This organizer link does not open the board");
        assertTrue(text(organizer, "cohort-message-text").contains("Open the whole organizer link"));
        assertFalse(displayed(organizer, "board"), "no empty board behind the message");

        organizer.get(node.baseUrl() + "/c/" + id);
        awaitMessage(organizer, "This organizer link is missing its key");

        organizer.get(node.baseUrl() + "/c/nosuchcohort#t=" + "x".repeat(43));
        awaitMessage(organizer, "This cohort cannot be found");
    }

    /** Presses an action's button from the keyboard and confirms it; the dialog's OK button names the rooms. */
    private static void confirmAction(ChromeDriver page, String id, String ok) {
        WebElement button = page.findElement(By.id(id));
        page.executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].focus()", button);
        button.sendKeys(Keys.ENTER);
        Awaitility.await().atMost(PATIENCE).until(() -> dialogOpen(page));
        assertEquals(ok, text(page, "confirm-ok"));
        page.switchTo().activeElement().sendKeys(Keys.TAB);
        page.switchTo().activeElement().sendKeys(Keys.ENTER);
        Awaitility.await().atMost(PATIENCE).until(() -> !dialogOpen(page));
    }

    private static void awaitMessage(ChromeDriver page, String title) {
        Awaitility.await().atMost(PATIENCE).until(() -> displayed(page, "cohort-message")
            && title.equals(text(page, "cohort-message-title")));
        assertEquals("alert", page.findElement(By.id("cohort-message")).getAttribute("role"));
    }

    private ChromeDriver browser() {
        ChromeDriver driver = Chromium.launch();
        browsers.add(driver);
        driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", HOOKS));
        return driver;
    }

    private static void awaitConnected(ChromeDriver page) {
        Awaitility.await().atMost(PATIENCE).until(() -> displayed(page, "connection")
            && "connected".equals(page.findElement(By.id("connection")).getAttribute("data-state")));
    }

    private static void phone(ChromeDriver driver) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
            Map.of("width", PHONE_WIDTH, "height", 844, "deviceScaleFactor", 2, "mobile", true));
    }

    private static String text(ChromeDriver page, String id) {
        return page.findElements(By.id(id)).stream().findFirst().map(WebElement::getText).orElse("");
    }

    private static String selected(ChromeDriver page, String id) {
        return String.valueOf(page.executeScript(
            "const s = document.getElementById(arguments[0]); return s.options[s.selectedIndex].text", id));
    }

    /** The preview's groups, each member as "name seat". */
    @SuppressWarnings("unchecked")
    private static List<List<String>> previewGroups(ChromeDriver page) {
        return (List<List<String>>) page.executeScript("""
            return [...document.querySelectorAll('#preview-groups > li')].map((g) =>
              [...g.querySelectorAll('.preview-members li')].map((m) => m.textContent.trim()));
            """);
    }

    private static Set<String> names(List<List<String>> groups) {
        return groups.stream().flatMap(List::stream).map(s -> s.replaceAll(" \\w+$", "")).collect(Collectors.toSet());
    }

    /** The links table's rows: name, room, seat, link. */
    @SuppressWarnings("unchecked")
    private static List<List<String>> linkRows(ChromeDriver page) {
        return (List<List<String>>) page.executeScript("""
            return [...document.querySelectorAll('#links-table tr')].map((tr) =>
              [...tr.children].map((cell) => cell.textContent.trim()));
            """);
    }

    /** Each board tile's visible text. */
    private static List<String> tiles(ChromeDriver page) {
        return page.findElements(By.cssSelector("#board-rooms > li")).stream().map(WebElement::getText).toList();
    }

    private static String tile(ChromeDriver page, String roomId) {
        return page.findElements(By.cssSelector("li.board-room[data-room='" + roomId + "']")).stream()
            .map(WebElement::getText).findFirst().orElse("");
    }

    @SuppressWarnings("unchecked")
    private static List<Long> tileLefts(ChromeDriver page) {
        return (List<Long>) page.executeScript(
            "return [...document.querySelectorAll('#board-rooms > li')].map((t) => Math.round(t.getBoundingClientRect().left))");
    }

    private static boolean dialogOpen(ChromeDriver page) {
        return page.findElement(By.id("confirm-dialog")).getAttribute("open") != null;
    }

    private static boolean inViewport(ChromeDriver page, WebElement element) {
        return (Boolean) page.executeScript("const r = arguments[0].getBoundingClientRect();"
            + "return r.width > 0 && r.top >= 0 && r.left >= 0 && r.bottom <= innerHeight && r.right <= "
            + PHONE_WIDTH + ";", element);
    }

    @SuppressWarnings("unchecked")
    private static List<String> said(ChromeDriver page) {
        return (List<String>) page.executeScript("return window.__said || []");
    }

    @SuppressWarnings("unchecked")
    private static List<String> copied(ChromeDriver page) {
        return (List<String>) page.executeScript("return window.__copied");
    }

    @SuppressWarnings("unchecked")
    private static List<String> downloads(ChromeDriver page) {
        return (List<String>) page.executeScript("return window.__downloads");
    }

    private void keep(ChromeDriver page, String label) {
        try {
            java.nio.file.Path dir = java.nio.file.Path.of("target", "browser-pages");
            java.nio.file.Files.createDirectories(dir);
            java.nio.file.Files.write(dir.resolve(testName + "-" + label + ".png"),
                page.getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
        } catch (Exception e) {
            // best effort: only for reading after a run
        }
    }
}
