package dev.curveball.browser;

import static dev.curveball.browser.PersonAtThePage.PATIENCE;
import static dev.curveball.browser.PersonAtThePage.await;
import static dev.curveball.browser.PersonAtThePage.click;
import static dev.curveball.browser.PersonAtThePage.displayed;
import static dev.curveball.browser.PersonAtThePage.enter;
import static dev.curveball.browser.PersonAtThePage.typeLikeAPerson;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.curveball.config.Setting;
import dev.curveball.testing.RunningNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * A node started with limits of its own: every form stops where that node would refuse, never where the defaults
 * would. The landing page and the name form read the limits before any welcome (GET /api/limits); the room's
 * fields take them from the welcome. Ada creates a room and joins it on a laptop; Bo joins on a phone.
 */
class LimitsBrowserTest {
    private static final int PHONE_WIDTH = 390;

    @RegisterExtension
    static final RunningNode node = new RunningNode(Map.of(
        Setting.MAX_NAME_LENGTH, "12",
        Setting.MAX_TITLE_LENGTH, "30",
        Setting.MAX_PROMPT_CHARS, "500",
        Setting.MAX_NOTES_CHARS, "4000",
        Setting.MAX_CARD_CHARS, "300"));

    private final List<ChromeDriver> browsers = new ArrayList<>();

    @BeforeEach
    void requireChromium() {
        Chromium.requireInstalled();
    }

    @AfterEach
    void closeBrowsers() {
        browsers.forEach(ChromeDriver::quit);
    }

    @Test
    void everyFormStopsAtTheLimitsOfTheNodeItTalksTo() throws Exception {
        ChromeDriver ada = browser(false);
        ada.get(node.baseUrl() + "/");
        awaitMaxLength(ada, "room-title", "30");
        assertEquals("30", maxLength(ada, "prompt-title"));
        assertEquals("500", maxLength(ada, "prompt-text"));
        WebElement title = ada.findElement(By.id("room-title"));
        typeLikeAPerson(title, "Thursday practice for the platform team");
        assertEquals("Thursday practice for the plat", title.getAttribute("value"), "the title stops at 30");
        click(ada, "create-button");
        String invite = await(ada, "invite-link").getAttribute("value");

        click(ada, "open-room");
        awaitMaxLength(ada, "display-name", "12");
        enter(ada, "Ada Lovelace-Byron");
        assertEquals("You: Interviewer · host", ada.findElement(By.id("you-chip")).getText());
        assertEquals(List.of("Ada Lovelace"), names(ada), "the name stops at 12");

        // In the room, the fields follow the welcome: the notes, the prompt editor and the interviewer's own.
        awaitMaxLength(ada, "notes-shared", "4000");
        assertEquals("4000", maxLength(ada, "notes-private"));
        assertEquals("30", maxLength(ada, "prompt-edit-title"));
        assertEquals("500", maxLength(ada, "prompt-edit-text"));
        assertEquals("30", maxLength(ada, "card-title"));
        assertEquals("300", maxLength(ada, "card-text"));
        assertEquals("300", maxLength(ada, "card-guidance"));

        ChromeDriver bo = browser(true);
        bo.get(invite);
        awaitMaxLength(bo, "display-name", "12");
        enter(bo, "Bartholomew Jones");
        assertEquals("You: Candidate", bo.findElement(By.id("you-chip")).getText());
        assertEquals("4000", maxLength(bo, "notes-shared"));
        Awaitility.await().atMost(PATIENCE)
            .until(() -> names(ada), n -> n.equals(List.of("Ada Lovelace", "Bartholomew")));
    }

    /** The names the presence list shows, in its order. */
    @SuppressWarnings("unchecked")
    private static List<String> names(ChromeDriver page) {
        return (List<String>) page.executeScript("return [...document.querySelectorAll('#presence .presence-item')]"
            + ".map((li) => li.title.split(',')[0].replace(' (you)', '').trim())");
    }

    private static String maxLength(ChromeDriver page, String id) {
        return page.findElement(By.id(id)).getAttribute("maxlength");
    }

    private static void awaitMaxLength(ChromeDriver page, String id, String expected) {
        Awaitility.await().atMost(PATIENCE).until(() -> !page.findElements(By.id(id)).isEmpty()
            && expected.equals(maxLength(page, id)));
    }

    private ChromeDriver browser(boolean phone) {
        ChromeDriver driver = Chromium.launch();
        browsers.add(driver);
        if (phone) {
            driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", PHONE_WIDTH, "height", 844, "deviceScaleFactor", 2, "mobile", true));
        }
        return driver;
    }
}
