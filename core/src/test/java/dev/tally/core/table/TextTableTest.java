package dev.tally.core.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class TextTableTest {

    private static Integer lookUp(TextTable<Integer> table, String text) {
        char[] padded = ("[[" + text + "]]").toCharArray();
        return table.get(padded, 2, text.length());
    }

    @Test
    void a_text_put_is_found_by_its_characters_inside_a_larger_array() {
        TextTable<Integer> table = new TextTable<>(10);
        table.put("2025-01", 1);

        assertEquals(1, lookUp(table, "2025-01"));
    }

    @Test
    void texts_with_the_same_hash_or_a_shared_prefix_are_told_apart() {
        TextTable<Integer> table = new TextTable<>(10);
        table.put("Aa", 1);
        table.put("BB", 2);
        table.put("2025", 3);

        assertEquals(1, lookUp(table, "Aa"));
        assertEquals(2, lookUp(table, "BB"));
        assertNull(lookUp(table, "AaBB"));
        assertNull(lookUp(table, "202"));
        assertNull(lookUp(table, "2025-01"));
        assertNull(lookUp(table, ""));
    }

    @Test
    void every_text_put_is_found_after_the_table_grew_many_times() {
        TextTable<Integer> table = new TextTable<>(100_000);
        for (int i = 0; i < 10_000; i++) {
            table.put("e" + i, i);
        }

        for (int i = 0; i < 10_000; i++) {
            assertEquals(i, lookUp(table, "e" + i));
        }
        assertNull(lookUp(table, "e10000"));
    }

    @Test
    void a_full_table_keeps_the_texts_it_holds_and_takes_no_more() {
        TextTable<Integer> table = new TextTable<>(3);
        table.put("a", 1);
        table.put("b", 2);
        table.put("c", 3);
        table.put("d", 4);

        assertEquals(3, lookUp(table, "c"));
        assertNull(lookUp(table, "d"));
    }
}
