package dev.curveball.room;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * A window (the event log, a document's history) is a list that appends without copying. Whatever version is
 * appended to, and however often, every version keeps exactly the items it had, and each append keeps the last
 * {@code limit} items: the same as copying the whole list every time, which is what it replaced.
 */
class WindowPropertyTest {

    @Property(tries = 500)
    void everyVersionKeepsItsItemsWhicheverVersionIsAppendedTo(
        @ForAll @Size(min = 1, max = 60) List<@IntRange(min = 0, max = 50) Integer> picks,
        @ForAll @IntRange(min = 1, max = 3) int perAppend,
        @ForAll @IntRange(min = 1, max = 12) int limit) {
        List<Window<Integer>> versions = new ArrayList<>(List.of(Window.empty()));
        List<List<Integer>> expected = new ArrayList<>(List.of(List.of()));
        int next = 0;
        for (int pick : picks) {
            // Mostly the newest version, as a room does; now and then an older one, as a refused command leaves it.
            int base = pick % 4 == 0 ? pick % versions.size() : versions.size() - 1;
            List<Integer> more = new ArrayList<>();
            for (int i = 0; i < perAppend; i++) {
                more.add(next++);
            }
            versions.add(versions.get(base).append(more, limit));
            List<Integer> copied = new ArrayList<>(expected.get(base));
            copied.addAll(more);
            expected.add(List.copyOf(copied.subList(Math.max(0, copied.size() - limit), copied.size())));
            for (int v = 0; v < versions.size(); v++) {
                assertEquals(expected.get(v), versions.get(v), "version " + v);
            }
        }
    }
}
