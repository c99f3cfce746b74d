package dev.curveball.browser;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * One person's browser on a room page, for the interview tests: entering, clicking and reading by the page's ids,
 * with a record of everything that ever entered its DOM and of every report it downloaded.
 */
final class RoomPage implements AutoCloseable {
    static final Duration PATIENCE = Duration.ofSeconds(20);

    /**
     * Runs before any page script: notes every node, text and attribute value that enters the DOM, with the time,
     * so a test can prove what a page never held. Also keeps the text of every Blob the page saves (the report).
     */
    private static final String RECORDER = """
        window.__dom = [];
        window.__downloads = [];
        new MutationObserver((records) => {
          const at = Date.now();
          for (const r of records) {
            if (r.type === 'characterData') window.__dom.push([at, r.target.data]);
            else if (r.type === 'attributes') window.__dom.push([at, String(r.target.getAttribute(r.attributeName))]);
            else for (const n of r.addedNodes) window.__dom.push([at, n.nodeType === 1 ? n.outerHTML : n.textContent]);
          }
        }).observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
        const createObjectURL = URL.createObjectURL;
        URL.createObjectURL = (blob) => {
          blob.text().then((text) => window.__downloads.push(text));
          return createObjectURL(blob);
        };
        window.confirm = () => true;
        """;

    final String name;
    final ChromeDriver driver;

    private RoomPage(String name, ChromeDriver driver) {
        this.name = name;
        this.driver = driver;
    }

    /** Opens the link in a fresh browser, gives the name, and waits until the room is on screen. */
    static RoomPage enter(String link, String name) {
        ChromeDriver driver = Chromium.launch();
        driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", RECORDER));
        RoomPage page = new RoomPage(name, driver);
        driver.get(link);
        Awaitility.await().atMost(PATIENCE).until(() -> driver.findElement(By.id("display-name")).isDisplayed());
        WebElement field = driver.findElement(By.id("display-name"));
        field.clear();
        field.sendKeys(name);
        driver.findElement(By.id("join-button")).click();
        Awaitility.await().atMost(PATIENCE).until(() -> "connected".equals(
            driver.findElement(By.id("connection")).getAttribute("data-state")));
        return page;
    }

    void click(String id) {
        Awaitility.await().atMost(PATIENCE).until(() -> visible(id) && element(id).isEnabled());
        press(element(id));
    }

    void click(By by) {
        Awaitility.await().atMost(PATIENCE).until(() -> driver.findElements(by).stream()
            .anyMatch(e -> e.isDisplayed() && e.isEnabled()));
        press(driver.findElement(by));
    }

    /** Clicks as a person would after scrolling it into the middle of the screen, clear of the sticky header. */
    private void press(WebElement element) {
        driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        element.click();
    }

    boolean visible(String id) {
        return driver.findElements(By.id(id)).stream().anyMatch(WebElement::isDisplayed);
    }

    boolean present(String id) {
        return !driver.findElements(By.id(id)).isEmpty();
    }

    String text(String id) {
        return driver.findElements(By.id(id)).stream().findFirst().map(WebElement::getText).orElse("");
    }

    String stage() {
        return driver.findElement(By.id("round-stage")).getAttribute("textContent").strip();
    }

    void awaitStage(String stage) {
        Awaitility.await().atMost(PATIENCE).until(this::stage, stage::equals);
    }

    /** Everything that entered the DOM up to now, oldest first: {@code [epoch ms, html or text]}. */
    @SuppressWarnings("unchecked")
    List<List<Object>> domRecord() {
        return new ArrayList<>((List<List<Object>>) driver.executeScript("return window.__dom"));
    }

    /** When {@code text} first entered the DOM, or -1 if it never did. */
    long firstSeen(String text) {
        return domRecord().stream().filter(e -> String.valueOf(e.get(1)).contains(text))
            .mapToLong(e -> ((Number) e.get(0)).longValue()).min().orElse(-1);
    }

    boolean everHeld(String text) {
        return firstSeen(text) >= 0 || driver.getPageSource().contains(text);
    }

    @SuppressWarnings("unchecked")
    List<String> downloads() {
        return new ArrayList<>((List<String>) driver.executeScript("return window.__downloads"));
    }

    long now() {
        return ((Number) driver.executeScript("return Date.now()")).longValue();
    }

    private WebElement element(String id) {
        return driver.findElement(By.id(id));
    }

    /** Keeps what the page looks like and holds, for reading after a failed test. */
    void keep(String label) {
        try {
            java.nio.file.Path dir = java.nio.file.Path.of("target", "browser-pages");
            java.nio.file.Files.createDirectories(dir);
            java.nio.file.Files.write(dir.resolve(label + "-" + name + ".png"),
                driver.getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
            java.nio.file.Files.writeString(dir.resolve(label + "-" + name + ".html"), driver.getPageSource());
            java.nio.file.Files.writeString(dir.resolve(label + "-" + name + ".log"), String.join("\n",
                driver.manage().logs().get("browser").getAll().stream().map(Object::toString).toList()));
        } catch (Exception e) {
            // best effort: the test's own failure is what matters
        }
    }

    @Override
    public void close() {
        driver.quit();
    }

    /** After a test: keeps what each page showed (named after the test) and closes it; absent pages are skipped. */
    static void keepAndClose(org.junit.jupiter.api.TestInfo test, RoomPage... pages) {
        keepAndClose(test, java.util.Arrays.asList(pages));
    }

    /** After a test: keeps what each page showed (named after the test) and closes it; absent pages are skipped. */
    static void keepAndClose(org.junit.jupiter.api.TestInfo test, Iterable<RoomPage> pages) {
        String label = test.getTestMethod().orElseThrow().getName();
        for (RoomPage page : pages) {
            if (page != null) {
                page.keep(label);
                page.close();
            }
        }
    }
}
