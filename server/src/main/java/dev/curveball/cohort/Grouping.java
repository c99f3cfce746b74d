package dev.curveball.cohort;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a roster into rooms, in the roster's order, so the organizer's page can preview exactly what the server
 * will make (it reshuffles by reordering the roster it sends).
 *
 * <p>The rule: {@code k = n / size} groups, unless that would make a group bigger than one over {@code size} (or
 * bigger than {@link #MAX_SIZE}), in which case {@code k = ceil(n / size)}; then the roster is cut into {@code k}
 * groups whose sizes differ by at most one, the larger ones first. So an odd person joins a pair as its third,
 * 14 people in threes make 4, 4, 3, 3, and 17 in eights make 6, 6, 5.
 */
public final class Grouping {
    public static final int MIN_SIZE = 2;
    public static final int MAX_SIZE = 8;

    private Grouping() {
    }

    public static <T> List<List<T>> groups(List<T> people, int size) {
        if (size < MIN_SIZE || size > MAX_SIZE) {
            throw new IllegalArgumentException("a group has " + MIN_SIZE + " to " + MAX_SIZE + " people");
        }
        int n = people.size();
        if (n < MIN_SIZE) {
            throw new IllegalArgumentException("a cohort needs at least " + MIN_SIZE + " people");
        }
        int k = Math.max(1, n / size);
        int largest = ceilDiv(n, k);
        if (n >= size && (largest > size + 1 || largest > MAX_SIZE)) {
            k = ceilDiv(n, size);
        }
        List<List<T>> groups = new ArrayList<>(k);
        int from = 0;
        for (int g = 0; g < k; g++) {
            int length = n / k + (g < n % k ? 1 : 0);
            groups.add(List.copyOf(people.subList(from, from + length)));
            from += length;
        }
        return groups;
    }

    private static int ceilDiv(int a, int b) {
        return (a + b - 1) / b;
    }
}
