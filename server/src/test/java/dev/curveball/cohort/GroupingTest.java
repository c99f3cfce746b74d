package dev.curveball.cohort;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GroupingTest {

    @ParameterizedTest(name = "{0} people in groups of {1} make rooms of {2}")
    @CsvSource(delimiter = ';', value = {
        "2; 2; 2",
        "6; 2; 2 2 2",
        "7; 2; 3 2 2",
        "3; 2; 3",
        "12; 3; 3 3 3 3",
        "14; 3; 4 4 3 3",
        "13; 3; 4 3 3 3",
        "11; 4; 4 4 3",
        "5; 8; 5",
        "9; 8; 5 4",
        "17; 8; 6 6 5",
        "16; 8; 8 8",
    })
    void groupSizesFollowTheRule(int people, int size, String expected) {
        List<Integer> sizes = Grouping.groups(roster(people), size).stream().map(List::size).toList();
        assertEquals(expected, String.join(" ", sizes.stream().map(String::valueOf).toList()));
    }

    @Test
    void everyoneIsPlacedOnceInTheRostersOrder() {
        for (int size = 2; size <= 8; size++) {
            for (int people = 2; people <= 60; people++) {
                List<List<String>> groups = Grouping.groups(roster(people), size);
                assertEquals(roster(people), groups.stream().flatMap(List::stream).toList(),
                    people + " in groups of " + size);
                int smallest = groups.stream().mapToInt(List::size).min().orElseThrow();
                int largest = groups.stream().mapToInt(List::size).max().orElseThrow();
                assertEquals(true, largest - smallest <= 1, "sizes differ by at most one");
                assertEquals(true, largest <= Math.min(size + 1, Grouping.MAX_SIZE),
                    "no group grows past one over its size, nor past " + Grouping.MAX_SIZE + ": " + people
                        + " in groups of " + size);
                assertEquals(true, smallest >= 2, "nobody is left alone: " + people + " in groups of " + size);
            }
        }
    }

    @Test
    void aGroupSizeOutsideTwoToEightOrASinglePersonIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> Grouping.groups(roster(6), 1));
        assertThrows(IllegalArgumentException.class, () -> Grouping.groups(roster(6), 9));
        assertThrows(IllegalArgumentException.class, () -> Grouping.groups(roster(1), 2));
    }

    private static List<String> roster(int n) {
        return IntStream.rangeClosed(1, n).mapToObj(i -> "P" + i).toList();
    }
}
