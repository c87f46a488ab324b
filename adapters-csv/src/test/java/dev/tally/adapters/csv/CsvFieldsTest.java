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
        return new CsvFields(chars.toString().toCharArray(), ends, new SharedCells());
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
        CsvFields second = new CsvFields("nis2024".toCharArray(), new int[] {3, 7}, new SharedCells());

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
}
