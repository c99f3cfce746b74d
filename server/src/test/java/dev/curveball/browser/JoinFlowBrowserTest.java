package dev.curveball.browser;

import static dev.curveball.browser.PersonAtThePage.PATIENCE;
import static dev.curveball.browser.PersonAtThePage.await;
import static dev.curveball.browser.PersonAtThePage.click;
import static dev.curveball.browser.PersonAtThePage.displayed;
import static dev.curveball.browser.PersonAtThePage.enter;
import static dev.curveball.browser.PersonAtThePage.typeLikeAPerson;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.curveball.config.Setting;
import dev.curveball.protocol.Codec;
import dev.curveball.testing.CreatedRoom;
import dev.curveball.testing.RunningNode;
import dev.curveball.testing.WsClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * From the first click to a full room, as people would go through it: Ada creates a room on the landing page and
 * copies its one invite link; Bo (on a phone), Cy and Dee open it and each sees the room, its host and their seat
 * before typing a name; then every header shows all four people and which seat its reader holds. And the links
 * that cannot work (a wrong key, a room that is gone, a full room) say so at once.
 */
class JoinFlowBrowserTest {
    private static final String TITLE = "Thursday practice";
    private static final int PHONE_WIDTH = 390;
    /** Before any page script: records what the page copies, and every room it asks the server to create. */
    private static final String HOOKS = """
        window.__copied = [];
        window.__creates = 0;
        Object.defineProperty(navigator, 'clipboard', { configurable: true, value: {
          writeText: (text) => { window.__copied.push(String(text)); return Promise.resolve(); } } });
        const execCommand = document.execCommand.bind(document);
        document.execCommand = (command, ...rest) => {
          if (command !== 'copy') return execCommand(command, ...rest);
          const el = document.activeElement;
          window.__copied.push(el && 'value' in el ? el.value.substring(el.selectionStart, el.selectionEnd)
            : String(getSelection()));
          return true;
        };
        const fetchFn = window.fetch.bind(window);
        window.fetch = (url, init) => {
          if (String(url) === '/api/rooms' && init && init.method === 'POST') window.__creates++;
          return fetchFn(url, init);
        };
        """;

    @RegisterExtension
    static final RunningNode node = new RunningNode(Map.of(Setting.MAX_PARTICIPANTS, "6"));

    private final List<ChromeDriver> browsers = new ArrayList<>();
    private String testName;

    @BeforeEach
    void requireChromium(TestInfo info) {
        Chromium.requireInstalled();
        testName = info.getTestMethod().map(m -> m.getName()).orElse("test");
    }

    @AfterEach
    void closeBrowsers() {
        browsers.forEach(ChromeDriver::quit);
    }

    @Test
    void aRoomCreatedOnTheLandingPageIsJoinedByThreePeopleWhoEachSeeWhatTheyJoinAndWhoIsThere() throws Exception {
        ChromeDriver ada = browser(false);
        ada.get(node.baseUrl() + "/");
        typeLikeAPerson(await(ada, "room-title"), TITLE);
        ada.findElement(By.xpath("//input[@id='length-60']/..")).click(); // a 60-minute interview
        assertTrue(ada.findElement(By.id("length-60")).isSelected());
        click(ada, "create-button");

        // The result: one invite link, copied by its button; the form folded away; the host's key out of sight.
        await(ada, "copy-invite");
        keep(ada, "landing");
        assertFalse(displayed(ada, "create-form"), "the form folds away once the room exists");
        assertEquals("room-created", ada.switchTo().activeElement().getAttribute("id"));
        String invite = ada.findElement(By.id("invite-link")).getAttribute("value");
        assertEquals(List.of(invite), visibleLinks(ada), "exactly one link on screen, the invite");
        assertFalse(displayed(ada, "host-link"), "the host's key is behind More");
        assertEquals("candidate", seatOf(invite), "the link on screen is the invite, not the host's key");
        click(ada, "copy-invite");
        Awaitility.await().atMost(PATIENCE).until(() -> copied(ada), c -> c.equals(List.of(invite)));
        assertEquals("Copied", ada.findElement(By.id("copy-invite")).getText());

        // A second click on Create, if there were a button to click, must not make a second room.
        if (displayed(ada, "create-button")) {
            ada.findElement(By.id("create-button")).click();
        }
        Awaitility.await().pollDelay(Duration.ofMillis(500)).atMost(PATIENCE)
            .until(() -> ((Number) ada.executeScript("return window.__creates")).intValue() == 1);

        ada.findElement(By.cssSelector("#more-links summary")).click();
        assertTrue(displayed(ada, "host-link"));
        assertEquals("Your own host key — not for your partner", labelOf(ada, "host-link"));
        assertEquals("interviewer", seatOf(ada.findElement(By.id("host-link")).getAttribute("value")));
        assertEquals("Copy host key", ada.findElement(By.id("copy-host")).getText());

        // Ada opens her room: the page names it and her seat before asking her name.
        click(ada, "open-room");
        assertPreview(ada, TITLE, "Not here yet", "Interviewer");
        enter(ada, "Ada Lovelace");

        // In the lobby her invite button sits on screen, beside the candidate seat that waits for someone.
        await(ada, "btn-copy-invite");
        keep(ada, "lobby");
        Awaitility.await().atMost(PATIENCE).until(() -> ada.findElement(By.id("phase-plan-total")).getText(),
            "Total 60 min"::equals); // the drawn prompt's own 60-minute plan
        assertTrue(inViewport(ada, ada.findElement(By.id("btn-copy-invite"))), "Copy invite link is on screen");
        assertTrue(ada.findElement(By.cssSelector("#lobby .seats")).getText().contains("waiting for someone to join"));
        ada.findElement(By.id("btn-copy-invite")).click();
        // (a new page: the record of what was copied starts afresh)
        Awaitility.await().atMost(PATIENCE).until(() -> copied(ada), c -> c.equals(List.of(invite)));
        assertHeader(ada, List.of("AL"), "You: Interviewer · host");

        // Bo, on a phone, sees the room, its host and his seat before he gives his name.
        ChromeDriver bo = browser(true);
        bo.get(invite);
        assertPreview(bo, TITLE, "Ada Lovelace", "Candidate");
        keep(bo, "preview");
        assertEquals("display-name", bo.switchTo().activeElement().getAttribute("id"));
        enter(bo, "Bernadette");
        assertHeader(bo, List.of("AL", "Be"), "You: Candidate");

        ChromeDriver cy = browser(false);
        cy.get(invite);
        assertPreview(cy, TITLE, "Ada Lovelace", "Observer");
        enter(cy, "Cyrus Vance");

        ChromeDriver dee = browser(false);
        dee.get(invite);
        assertPreview(dee, TITLE, "Ada Lovelace", "Observer");
        enter(dee, "Dee");

        List<String> everyone = List.of("AL", "Be", "CV", "De");
        Map<ChromeDriver, String> chips = Map.of(ada, "You: Interviewer · host", bo, "You: Candidate",
            cy, "You: Observer", dee, "You: Observer");
        for (ChromeDriver page : List.of(ada, bo, cy, dee)) {
            keep(page, "header");
            assertHeader(page, everyone, chips.get(page));
        }
        List<String> fullNames = bo.findElements(By.cssSelector("#presence .presence-item")).stream()
            .map(e -> e.getAttribute("title")).toList();
        assertEquals(List.of("Ada Lovelace, interviewer, online", "Bernadette (you), candidate, online",
            "Cyrus Vance, observer, online", "Dee, observer, online"), fullNames);
    }

    @Test
    void aWrongKeyAGoneRoomAndAFullRoomSaySoAtOnceWithWhatToDo() {
        CreatedRoom room = node.createRoom("{\"title\":\"" + TITLE + "\"}");
        ChromeDriver eve = browser(true);

        eve.get(node.baseUrl() + "/r/" + room.id() + "#t=" + "x".repeat(43));
        assertRefused(eve, "This link does not open the room");

        eve.get(node.baseUrl() + "/r/" + (room.id().equals("abcdefghjk") ? "bcdefghjkm" : "abcdefghjk") + "#t="
            + room.inviteToken());
        assertRefused(eve, "This room does not exist");

        try (WsClient a = join(room, "A"); WsClient b = join(room, "B"); WsClient c = join(room, "C");
             WsClient d = join(room, "D"); WsClient e = join(room, "E"); WsClient f = join(room, "F")) {
            eve.get(room.inviteLink());
            assertRefused(eve, "This room is full");
        }
    }

    @Test
    void onAPhoneSixPeopleShowAsFourAvatarsAndPlusTwoWhichListsTheOthersByFullName() throws Exception {
        CreatedRoom room = node.createRoom("{\"title\":\"" + TITLE + "\"}");
        try (WsClient ada = WsClient.join(node.vertx(), node.port(), room.id(), room.hostToken(), "Ada Lovelace");
             WsClient bo = join(room, "Bo"); WsClient cy = join(room, "Cyrus Vance"); WsClient dee = join(room, "Dee");
             WsClient eli = join(room, "Elisabeth Fontaine-Marchand")) {
            ChromeDriver fay = browser(true);
            fay.get(room.inviteLink());
            assertPreview(fay, TITLE, "Ada Lovelace", "Observer");
            enter(fay, "Fay");

            // Fay comes after the four others who are online; the fifth of them and Fay herself fold into "+2".
            Awaitility.await().atMost(PATIENCE).until(() -> header(fay),
                List.of("AL online on-screen", "Bo online on-screen", "CV online on-screen", "De online on-screen")::equals);
            WebElement more = fay.findElement(By.cssSelector("#presence .presence-more summary"));
            assertEquals("+2", more.getText());
            assertTrue(inViewport(fay, more));
            assertEquals("2 more: Elisabeth Fontaine-Marchand, Fay", more.getAttribute("aria-label"));
            more.click();
            WebElement list = fay.findElement(By.cssSelector("#presence .presence-overflow"));
            Awaitility.await().atMost(PATIENCE).until(list::isDisplayed);
            keep(fay, "overflow");
            assertTrue(inViewport(fay, list), "the list of the others fits the phone's screen");
            assertEquals("Elisabeth Fontaine-Marchand, observer, online\nFay (you), observer, online", list.getText());
            assertEquals("You: Observer", fay.findElement(By.id("you-chip")).getText());
        }
    }

    private void assertRefused(ChromeDriver page, String title) {
        Awaitility.await().atMost(PATIENCE).until(() -> displayed(page, "room-message"));
        keep(page, "refused");
        assertEquals(title, page.findElement(By.id("room-message-title")).getText());
        assertTrue(page.findElement(By.id("room-message-text")).getText().contains("Ask the host for a fresh invite link"),
            page.findElement(By.id("room-message-text")).getText());
        assertFalse(displayed(page, "join"), "no name form for a link that cannot work");
        assertFalse(displayed(page, "retry-button"), "no Try again that can only fail");
        assertFalse(displayed(page, "connection"), "no Offline badge: nothing is wrong with the connection");
        assertTrue(page.findElement(By.linkText("Start a new room")).isDisplayed());
        assertEquals("alert", page.findElement(By.id("room-message")).getAttribute("role"));
    }

    private static void assertPreview(ChromeDriver page, String room, String host, String seat) {
        Awaitility.await().atMost(PATIENCE).until(() -> displayed(page, "display-name"));
        assertTrue(displayed(page, "join-preview"), "the room, host and seat are shown before the name form");
        assertEquals(room, page.findElement(By.id("join-room")).getText());
        assertEquals(host, page.findElement(By.id("join-host")).getText());
        String shown = page.findElement(By.id("join-seat")).getText();
        assertTrue(shown.startsWith(seat + " — "), shown);
        assertEquals("Join “" + room + "”", page.findElement(By.id("join-heading")).getText());
    }

    /** Every person as an avatar in the header, all of them on screen, no "+N", and my seat in the chip. */
    private static void assertHeader(ChromeDriver page, List<String> initials, String chip) {
        // Read in one script, so a render between two reads cannot leave a stale element behind.
        List<String> expected = initials.stream().map(i -> i + " online on-screen").toList();
        Awaitility.await().atMost(PATIENCE).until(() -> header(page), expected::equals);
        assertTrue(page.findElements(By.cssSelector("#presence .presence-more")).isEmpty(), "nobody is folded");
        WebElement you = page.findElement(By.id("you-chip"));
        assertTrue(you.isDisplayed() && inViewport(page, you));
        assertEquals(chip, you.getText());
    }

    /** Each avatar in the header as "initials online|offline on-screen|off-screen". */
    @SuppressWarnings("unchecked")
    private static List<String> header(ChromeDriver page) {
        return (List<String>) page.executeScript("""
            return [...document.querySelectorAll('#presence .presence-item')].map((li) => {
              const r = li.getBoundingClientRect();
              const seen = r.width > 0 && r.top >= 0 && r.left >= 0 && r.bottom <= innerHeight
                && r.right <= (window.__phoneWidth || innerWidth) && li.checkVisibility();
              const avatar = li.querySelector('.avatar');
              return `${avatar ? avatar.textContent : '?'} ${li.dataset.online === 'true' ? 'online' : 'offline'} `
                + (seen ? 'on-screen' : 'off-screen');
            });
            """);
    }

    private ChromeDriver browser(boolean phone) {
        ChromeDriver driver = Chromium.launch();
        browsers.add(driver);
        driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", HOOKS));
        if (phone) {
            driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", PHONE_WIDTH, "height", 844, "deviceScaleFactor", 2, "mobile", true));
            // A phone widens its layout viewport (innerWidth) to fit whatever overflows; "on screen" means within
            // the phone's own width.
            driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument",
                Map.of("source", "window.__phoneWidth = " + PHONE_WIDTH + ";"));
        }
        return driver;
    }

    private WsClient join(CreatedRoom room, String name) {
        return WsClient.join(node.vertx(), node.port(), room.id(), room.inviteToken(), name);
    }

    /** The seat a link would take now, as the server tells it. */
    private static String seatOf(String link) throws Exception {
        String id = link.substring(link.indexOf("/r/") + 3, link.indexOf('#'));
        String token = link.substring(link.indexOf("#t=") + 3);
        JsonNode answer = Codec.mapper().readTree(
            node.post("/api/rooms/" + id + "/links/check", "{\"token\":\"" + token + "\"}").body());
        return answer.path("seat").asText();
    }

    private static boolean inViewport(ChromeDriver page, WebElement element) {
        return (Boolean) page.executeScript("const r = arguments[0].getBoundingClientRect();"
            + "return r.width > 0 && r.top >= 0 && r.left >= 0 && r.bottom <= innerHeight"
            + " && r.right <= (window.__phoneWidth || innerWidth);",
            element);
    }

    /** Every room link a person can see on the page: in text fields, link targets and text. */
    @SuppressWarnings("unchecked")
    private static List<String> visibleLinks(ChromeDriver page) {
        return (List<String>) page.executeScript("""
            const seen = [];
            const visible = (el) => el.checkVisibility ? el.checkVisibility() : el.offsetParent !== null;
            for (const el of document.querySelectorAll('input, textarea')) {
              if (visible(el) && el.value.includes('/r/')) seen.push(el.value);
            }
            for (const el of document.querySelectorAll('body *')) {
              for (const n of el.childNodes) {
                if (n.nodeType === 3 && n.data.includes('/r/') && visible(el)) seen.push(n.data.trim());
              }
            }
            return seen;
            """);
    }

    private static String labelOf(ChromeDriver page, String id) {
        return page.findElement(By.cssSelector("label[for='" + id + "']")).getText();
    }

    @SuppressWarnings("unchecked")
    private static List<String> copied(ChromeDriver page) {
        return (List<String>) page.executeScript("return window.__copied");
    }

    private void keep(ChromeDriver page, String label) {
        try {
            java.nio.file.Path dir = java.nio.file.Path.of("target", "browser-pages");
            java.nio.file.Files.createDirectories(dir);
            java.nio.file.Files.write(dir.resolve(testName + "-" + label + "-" + browsers.indexOf(page) + ".png"),
                page.getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
        } catch (Exception e) {
            // best effort: only for reading after a run
        }
    }
}
