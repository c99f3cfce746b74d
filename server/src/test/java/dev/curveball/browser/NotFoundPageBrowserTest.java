package dev.curveball.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.curveball.testing.RunningNode;
import java.time.Duration;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/** Someone who follows a broken link, on a phone, finds their way to a new room from the keyboard. */
class NotFoundPageBrowserTest {
    private static final Duration PATIENCE = Duration.ofSeconds(20);

    @RegisterExtension
    static final RunningNode node = new RunningNode();

    @BeforeAll
    static void chromium() {
        Chromium.requireInstalled();
    }

    @Test
    void aBrokenLinkShowsTheSitesPageWhoseStartButtonIsOnScreenAndLeadsToANewRoom() {
        ChromeDriver driver = Chromium.launch();
        try {
            driver.manage().window().setSize(new Dimension(390, 844));
            driver.get(node.baseUrl() + "/rooms/q7k2m9xd4p");

            WebElement heading = driver.findElement(By.tagName("h1"));
            assertEquals("There is nothing at this address", heading.getText());
            WebElement start = driver.findElement(By.linkText("Start a new room"));
            assertTrue(start.isDisplayed());
            long bottom = ((Number) driver.executeScript(
                "return arguments[0].getBoundingClientRect().bottom", start)).longValue();
            long viewport = ((Number) driver.executeScript("return window.innerHeight")).longValue();
            assertTrue(bottom <= viewport, "on screen without scrolling: " + bottom + " of " + viewport);
            String background = start.getCssValue("background-color");
            assertTrue(!background.equals("rgba(0, 0, 0, 0)") && !background.isEmpty(),
                "the site's stylesheet made it a filled, primary button: " + background);

            driver.switchTo().activeElement().sendKeys(Keys.TAB);
            driver.switchTo().activeElement().sendKeys(Keys.TAB);
            assertEquals("Start a new room", driver.switchTo().activeElement().getText(),
                "reachable with the keyboard, after the brand");
            driver.switchTo().activeElement().sendKeys(Keys.ENTER);

            Awaitility.await().atMost(PATIENCE).until(() -> driver.findElements(By.id("create-heading")).stream()
                .anyMatch(WebElement::isDisplayed));
            assertEquals(node.baseUrl() + "/", driver.getCurrentUrl());
        } finally {
            driver.quit();
        }
    }
}
