package dev.curveball.http;

import dev.curveball.protocol.view.PhaseView;
import java.util.List;

/**
 * Body of {@code POST /api/cohorts}. {@code people} is grouped in the order given (the organizer's page shuffles
 * before sending). At most one of {@code promptId} and {@code surprise}; with neither, every room gets a surprise.
 *
 * @param groupSize       2 for pairs (an odd person makes one group of three), 3 to 8 for rotating groups
 * @param promptId        one catalog prompt for every room, its figures drawn per room
 * @param surprise        true: catalog prompts, a different one per room while the catalog lasts
 * @param durationMinutes the rounds' length (the default length when absent)
 * @param phases          a phase plan for every room's first round instead of the prompt's own
 */
record CohortRequest(String title, List<Person> people, Integer groupSize, String promptId, Boolean surprise,
                     Integer durationMinutes, List<PhaseView> phases) {

    record Person(String name) {
    }
}
