package dev.tally.adapters.csv;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tally.core.table.Cell;
import dev.tally.core.table.TableLimits;
import org.junit.jupiter.api.Test;

/** The cells of a record's fields, made from its characters when read. */
class CsvFieldsTest {

    /** The fields of a record, one after the other. */
    private static CsvFields fields(String... texts) {
        StringBuilder chars = new StringBuilder();
        int[] ends = new int[texts.length];
        for (int i = 0; i < texts.length; i++) {
            chars.append(texts[i]);
            ends[i] = chars.length();
        }
        char[] buffer = (chars + "unused").toCharArray();
        return new CsvFields(7, buffer, chars.length(), ends, texts.length, new SharedCells());
    }

    @Test
    void each_non_empty_field_is_a_text_cell_at_its_column_and_an_empty_one_no_cell() {
        CsvFields fields = fields("e1", "", "'=SUM(A1)", "nis");

        assertThat(fields.cell(0)).isEqualTo(Cell.ofText(0, "e1"));
        assertThat(fields.cell(1)).isNull();
        assertThat(fields.cell(2)).isEqualTo(Cell.ofText(2, "=SUM(A1)"));
        assertThat(fields.cell(4)).isNull();
        assertThat(fields.cell(-1)).isNull();
        assertThat(fields.has(1)).isFalse();
        assertThat(fields.has(3)).isTrue();
        assertThat(fields.has(4)).isFalse();
        assertThat(fields).containsExactly(Cell.ofText(0, "e1"), Cell.ofText(2, "=SUM(A1)"), Cell.ofText(3, "nis"));
        assertThat(fields.raw(2)).isEqualTo("'=SUM(A1)");
    }

    @Test
    void a_repeated_text_of_a_column_gives_the_same_cell() {
        CsvFields first = fields("nis", "2024");
        CsvFields second = new CsvFields(8, "nis2024".toCharArray(), 7, new int[] {3, 7}, 2, new SharedCells());

        assertThat(first.cell(0)).isSameAs(first.cell(0));
        assertThat(second.cell(1)).isEqualTo(first.cell(1));
    }

    @Test
    void a_text_longer_than_a_cell_holds_is_a_too_long_cell() {
        CsvFields fields = fields("x".repeat(TableLimits.MAX_CELL_CHARACTERS + 1), "x".repeat(TableLimits.MAX_CELL_CHARACTERS));

        assertThat(fields.cell(0)).isEqualTo(new Cell(0, Cell.Type.TOO_LONG, "", ""));
        assertThat(fields.cell(1).type()).isEqualTo(Cell.Type.TEXT);
    }

    @Test
    void a_record_is_blank_when_every_field_is_empty_or_white_space_once_unguarded() {
        assertThat(fields("", " ", "\t").isBlank()).isTrue();
        assertThat(fields("", "'\t").isBlank()).isTrue();
        assertThat(fields(" ", "x").isBlank()).isFalse();
        assertThat(fields("'").isBlank()).isFalse();
        assertThat(fields(" ".repeat(TableLimits.MAX_CELL_CHARACTERS + 1)).isBlank()).isFalse();
        assertThat(fields(" ".repeat(TableLimits.MAX_CELL_CHARACTERS)).isBlank()).isTrue();
    }

    @Test
    void a_record_keeps_its_line_and_its_fields_empty_ones_included() {
        CsvFields fields = fields("a", "", "");

        assertThat(fields.line()).isEqualTo(7);
        assertThat(fields.fields()).isEqualTo(3);
        assertThat(fields).containsExactly(Cell.ofText(0, "a"));
    }

    @Test
    void the_fields_of_a_record_longer_than_a_character_can_count_are_found_at_their_ends() {
        String longer = "y".repeat(Character.MAX_VALUE);
        CsvFields fields = fields("x", "", longer, "z");

        assertThat(fields.raw(0)).isEqualTo("x");
        assertThat(fields.has(1)).isFalse();
        assertThat(fields.raw(2)).isEqualTo(longer);
        assertThat(fields.cell(3)).isEqualTo(Cell.ofText(3, "z"));
    }

    @Test
    void a_nul_character_is_found_in_its_field() {
        assertThat(fields("a", "", "b\0c", "\0").nulField()).isEqualTo(2);
        assertThat(fields("\0").nulField()).isZero();
        assertThat(fields("a", "b").nulField()).isEqualTo(-1);
        assertThat(fields("x", "y".repeat(Character.MAX_VALUE), "\0").nulField()).isEqualTo(2);
    }
}
