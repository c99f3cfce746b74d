package dev.curveball.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.curveball.testing.CreatedRoom;
import dev.curveball.testing.TestNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;

/**
 * A study group of four in four browsers rotates through four rounds: everyone interviews once and is the
 * candidate once, nobody gets the same prompt twice, and every round's report downloads at the end.
 */
class GroupRotationBrowserTest {
    private static final List<String> NAMES = List.of("Ada", "Bo", "Cy", "Di");

    private TestNode node;
    private final List<RoomPage> pages = new ArrayList<>();

    @BeforeEach
    void start() {
        Chromium.requireInstalled();
        node = TestNode.start();
        CreatedRoom room = node.createRoom("{\"title\":\"Study group\",\"mode\":\"group\",\"creatorSeat\":\"interviewer\"}");
        for (String name : NAMES) {
            pages.add(RoomPage.enter(name.equals("Ada") ? room.hostLink() : room.inviteLink(), name));
        }
    }

    @AfterEach
    void stop(TestInfo test) throws Exception {
        RoomPage.keepAndClose(test, pages);
        if (node != null) {
            node.close();
        }
    }

    @Test
    void fourPeopleRotateThroughFourRoundsAndDownloadEveryReport() {
        List<String> interviewers = new ArrayList<>();
        List<String> candidates = new ArrayList<>();
        Set<String> prompts = new HashSet<>();
        for (int round = 1; round <= 4; round++) {
            int number = round;
            pages.forEach(p -> Awaitility.await().atMost(RoomPage.PATIENCE)
                .until(() -> p.text("round-number"), ("Round " + number)::equals));
            RoomPage interviewer = only(p -> p.present("interviewer-column"));
            RoomPage candidate = seated("Candidate");
            interviewers.add(interviewer.name);
            candidates.add(candidate.name);
            prompts.add(interviewer.text("round-prompt-title"));

            interviewer.click("timer-start");
            candidate.awaitStage("running");
            String card = interviewer.driver.findElement(By.cssSelector("[data-card-id=\"t1\"] .card-text")).getText();
            assertFalse(candidate.everHeld(card), "round " + round + ": the candidate never held a card");
            interviewer.click(By.cssSelector("[data-card-id=\"t1\"] button[data-action=\"play\"]"));
            Awaitility.await().atMost(RoomPage.PATIENCE).until(() -> candidate.text("twist-banner").contains(card));
            interviewer.click("btn-end-round");
            interviewer.click("btn-close-round");
            pages.forEach(p -> p.awaitStage("done"));
            if (round < 4) {
                interviewer.click("btn-next-round");
            }
        }
        assertEquals(List.of("Ada", "Bo", "Cy", "Di"), interviewers, "the interviewer seat moves along the members");
        assertEquals(List.of("Bo", "Cy", "Di", "Ada"), candidates, "so does the candidate seat");
        assertEquals(4, prompts.size(), "four rounds, four different prompts");

        RoomPage di = pages.get(3);
        assertEquals(List.of("Ada → Bo", "Bo → Cy", "Cy → Di"), di.driver.findElements(By.cssSelector(
            "#past-rounds li .muted")).stream().map(e -> e.getAttribute("textContent")).toList(),
            "earlier rounds name who interviewed whom");
        di.click("btn-download-report");
        for (int past = 1; past <= 3; past++) {
            di.click(By.cssSelector("#past-rounds button[data-round=\"" + past + "\"]"));
        }
        Awaitility.await().atMost(RoomPage.PATIENCE).until(() -> di.downloads().size() == 4);
        Set<String> headings = new HashSet<>();
        di.downloads().forEach(report -> headings.add(report.lines().findFirst().orElse("").replaceAll(":.*", "")));
        assertEquals(Set.of("# Round 1", "# Round 2", "# Round 3", "# Round 4"), headings);
    }

    private RoomPage only(java.util.function.Predicate<RoomPage> which) {
        List<RoomPage> found = Awaitility.await().atMost(RoomPage.PATIENCE)
            .until(() -> pages.stream().filter(which).toList(), list -> list.size() == 1);
        return found.get(0);
    }

    /** The one page whose own entry in the people list carries this seat. */
    private RoomPage seated(String seat) {
        return only(p -> p.driver.findElements(By.cssSelector("#participants li")).stream()
            .anyMatch(li -> li.getText().contains("(you)") && li.getText().contains(seat)));
    }
}
