package dev.curveball.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.curveball.testing.CreatedRoom;
import dev.curveball.testing.TestNode;
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
 * The host, with the keyboard only, removes a person from the people list (after a confirmation they can cancel)
 * and resets the invite link; the removed person is shown out and their link no longer opens the room.
 */
class HostAccessBrowserTest {
    private TestNode node;
    private RoomPage ada;
    private RoomPage bo;
    private RoomPage cy;

    @BeforeEach
    void start() {
        Chromium.requireInstalled();
        node = TestNode.start();
    }

    @AfterEach
    void stop(TestInfo test) throws Exception {
        RoomPage.keepAndClose(test, ada, bo, cy);
        node.close();
    }

    @Test
    void theHostRemovesAPersonAndResetsTheInviteLinkWithTheKeyboard() {
        CreatedRoom room = node.createRoom("{\"title\":\"Thursday practice\"}");
        ada = RoomPage.enter(room.hostLink(), "Ada");
        bo = RoomPage.enter(room.inviteLink(), "Bo");
        cy = RoomPage.enter(room.inviteLink(), "Cy");
        Awaitility.await().atMost(RoomPage.PATIENCE).until(() -> names(ada), n -> n.containsAll(List.of("Bo", "Cy")));
        assertTrue(bo.driver.findElements(By.cssSelector(".remove-participant")).isEmpty(), "only the host removes");
        WebElement ownRow = ada.driver.findElement(By.cssSelector("#participants li[data-you='true']"));
        assertTrue(ownRow.findElements(By.tagName("button")).isEmpty(), "the host cannot remove themselves");
        assertFalse(ownRow.getText().contains("null"), ownRow.getText());
        assertFalse(bo.visible("btn-reset-invite"), "only the host resets the link");

        WebElement removeBo = removeButton(ada, "Bo");
        focus(ada, removeBo);
        removeBo.sendKeys(Keys.ENTER);
        awaitDialog(ada, true);
        assertEquals("Remove Bo?", ada.text("confirm-heading"));
        assertEquals("confirm-cancel", focused(ada), "the safe answer has the focus");
        ada.driver.switchTo().activeElement().sendKeys(Keys.ESCAPE);
        awaitDialog(ada, false);
        assertEquals("Remove Bo", ada.driver.switchTo().activeElement().getAttribute("aria-label"),
            "focus is back where it was");
        assertTrue(names(cy).contains("Bo"), "cancelling removes nobody");

        ada.driver.switchTo().activeElement().sendKeys(Keys.ENTER);
        awaitDialog(ada, true);
        ada.driver.switchTo().activeElement().sendKeys(Keys.TAB);
        assertEquals("confirm-ok", focused(ada));
        ada.driver.switchTo().activeElement().sendKeys(Keys.ENTER);

        Awaitility.await().atMost(RoomPage.PATIENCE).until(() -> bo.text("room-message-title"),
            "You were removed from this room"::equals);
        for (RoomPage page : List.of(ada, cy)) {
            Awaitility.await().atMost(RoomPage.PATIENCE).until(() -> names(page), n -> !n.contains("Bo"));
        }
        String newLink = Awaitility.await().atMost(RoomPage.PATIENCE)
            .until(() -> ada.driver.findElement(By.id("invite-link")).getAttribute("value"),
                v -> v != null && v.contains("#t="));
        assertNotEquals(room.inviteLink(), newLink);
        assertTrue(newLink.startsWith(node.baseUrl() + "/r/" + room.id() + "#t="), newLink);
        assertEquals("connected", cy.driver.findElement(By.id("connection")).getAttribute("data-state"),
            "Cy, who came with the old link, stays");

        bo.driver.navigate().refresh();
        Awaitility.await().atMost(RoomPage.PATIENCE).until(() -> bo.text("room-message-title"),
            "This invite link was reset"::equals);

        WebElement reset = ada.driver.findElement(By.id("btn-reset-invite"));
        focus(ada, reset);
        reset.sendKeys(Keys.ENTER);
        awaitDialog(ada, true);
        assertEquals("Reset the invite link?", ada.text("confirm-heading"));
        ada.driver.switchTo().activeElement().sendKeys(Keys.TAB);
        ada.driver.switchTo().activeElement().sendKeys(Keys.ENTER);
        String newerLink = Awaitility.await().atMost(RoomPage.PATIENCE)
            .until(() -> ada.driver.findElement(By.id("invite-link")).getAttribute("value"),
                v -> v != null && !v.equals(newLink));
        assertTrue(newerLink.contains("#t="), newerLink);
        assertEquals("connected", cy.driver.findElement(By.id("connection")).getAttribute("data-state"));
    }

    private static WebElement removeButton(RoomPage page, String name) {
        By by = By.cssSelector("button.remove-participant[aria-label='Remove " + name + "']");
        Awaitility.await().atMost(RoomPage.PATIENCE).until(() -> !page.driver.findElements(by).isEmpty());
        return page.driver.findElement(by);
    }

    private static void focus(RoomPage page, WebElement element) {
        page.driver.executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].focus()", element);
    }

    private static String focused(RoomPage page) {
        return page.driver.switchTo().activeElement().getAttribute("id");
    }

    private static void awaitDialog(RoomPage page, boolean open) {
        Awaitility.await().atMost(RoomPage.PATIENCE).until(() ->
            page.driver.findElement(By.id("confirm-dialog")).getAttribute("open") != null == open);
    }

    private static List<String> names(RoomPage page) {
        return page.driver.findElements(By.cssSelector("#participants li .name")).stream()
            .map(e -> e.getAttribute("textContent").strip())
            .toList();
    }
}
