package dev.curveball.browser;

import java.time.Duration;
import org.awaitility.Awaitility;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/** What a person does at a page, for the browser tests that drive Chromium directly rather than through RoomPage. */
final class PersonAtThePage {
    static final Duration PATIENCE = Duration.ofSeconds(20);

    private PersonAtThePage() {
    }

    /** Types a display name at human pace, enters, and waits until the page says it is connected. */
    static void enter(ChromeDriver page, String name) throws InterruptedException {
        WebElement field = await(page, "display-name");
        field.clear();
        typeLikeAPerson(field, name);
        page.findElement(By.id("join-button")).click();
        Awaitility.await().atMost(PATIENCE).until(() -> displayed(page, "connection")
            && "connected".equals(page.findElement(By.id("connection")).getAttribute("data-state")));
    }

    /** 120 ms a key: the pace of a person, not a synchronisation. */
    static void typeLikeAPerson(WebElement field, String text) throws InterruptedException {
        for (char c : text.toCharArray()) {
            field.sendKeys(String.valueOf(c));
            Thread.sleep(120);
        }
    }

    static WebElement await(ChromeDriver page, String id) {
        Awaitility.await().atMost(PATIENCE).until(() -> displayed(page, id));
        return page.findElement(By.id(id));
    }

    static void click(ChromeDriver page, String id) {
        WebElement element = await(page, id);
        page.executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        element.click();
    }

    static boolean displayed(ChromeDriver page, String id) {
        return page.findElements(By.id(id)).stream().anyMatch(WebElement::isDisplayed);
    }
}
