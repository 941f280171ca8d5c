package org.cdisignals.admin.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import net.jqwik.api.Assume;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** The paginator's window of page links ({@code ChangeListPage.window}); 0 is a gap. */
class PagingWindowTest {

    @Example
    void aShortListLinksEveryPage() {
        assertEquals(List.of(1, 2, 3), ChangeListPage.window(2, 3));
    }

    @Example
    void aLongListLinksTheEndsAndTheNeighboursWithGaps() {
        assertEquals(List.of(1, 0, 48, 49, 50, 51, 52, 0, 100), ChangeListPage.window(50, 100));
    }

    @Example
    void aGapOfOnePageShowsThatPage() {
        assertEquals(List.of(1, 2, 3, 4, 5, 6, 0, 20), ChangeListPage.window(4, 20));
    }

    @Property
    void theWindowHoldsTheEndsAndTheShownPageInOrderAndStaysSmall(@ForAll @IntRange(min = 1, max = 100_000) int pages,
                                                                  @ForAll @IntRange(min = 1, max = 100_000) int shown) {
        Assume.that(shown <= pages);

        List<Integer> window = ChangeListPage.window(shown, pages);

        List<Integer> numbers = window.stream().filter(n -> n != ChangeListPage.GAP).toList();
        assertTrue(numbers.contains(1) && numbers.contains(pages) && numbers.contains(shown), window::toString);
        assertTrue(window.size() <= 2 * ChangeListPage.AROUND + 5, window::toString);
        for (int i = 1; i < numbers.size(); i++) {
            assertTrue(numbers.get(i) > numbers.get(i - 1), window::toString);
        }
        for (int i = 1; i < window.size(); i++) {
            boolean gap = window.get(i) == ChangeListPage.GAP;
            int previous = window.get(i - 1);
            assertTrue(gap ? previous != ChangeListPage.GAP && window.get(i + 1) - previous > 2
                    : previous == ChangeListPage.GAP || window.get(i) == previous + 1, window::toString);
        }
    }
}
