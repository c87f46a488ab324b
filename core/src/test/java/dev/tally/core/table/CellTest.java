package dev.tally.core.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tally.core.spi.Location;
import dev.tally.core.spi.Problem;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The cells and rows that formats give the table reader, and how a format stops its reading. */
class CellTest {

    @Test
    void a_cell_moved_keeps_its_value_in_another_column() {
        Cell cell = new Cell(1, Cell.Type.DATE, "2025-01-15", "yyyy-mm-dd", true);

        assertThat(cell.movedTo(3)).isEqualTo(new Cell(3, Cell.Type.DATE, "2025-01-15", "yyyy-mm-dd", true));
    }

    @Test
    void a_cell_of_text_is_typed_text_without_format_or_formula() {
        assertThat(Cell.ofText(4, "2025-01")).isEqualTo(new Cell(4, Cell.Type.TEXT, "2025-01", "", false));
    }

    @Test
    void only_a_text_of_white_space_is_blank() {
        assertThat(new Cell(0, Cell.Type.TEXT, " \t", "").isBlank()).isTrue();
        assertThat(new Cell(0, Cell.Type.TEXT, " x", "").isBlank()).isFalse();
        assertThat(new Cell(0, Cell.Type.ERROR, " ", "").isBlank()).isFalse();
        assertThat(new Row(1, List.of(new Cell(0, Cell.Type.TEXT, "", ""))).isBlank()).isTrue();
    }

    @Test
    void a_row_owning_an_array_holds_its_cells_in_order_and_equals_a_row_of_the_same_cells() {
        Cell first = Cell.ofText(0, "a");
        Cell second = Cell.ofText(2, "b");

        Row row = Row.owning(7, first, second);

        assertThat(row.number()).isEqualTo(7);
        assertThat(row.cells()).containsExactly(first, second);
        assertThat(row).isEqualTo(new Row(7, List.of(first, second)));
        assertThat(row).hasSameHashCodeAs(new Row(7, List.of(first, second)));
    }

    @Test
    void a_row_owning_an_array_is_read_only_and_refuses_a_missing_cell() {
        Row row = Row.owning(1, Cell.ofText(0, "a"));

        assertThatThrownBy(() -> row.cells().add(Cell.ofText(1, "b"))).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> row.cells().set(0, Cell.ofText(1, "b"))).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> Row.owning(1, Cell.ofText(0, "a"), null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void a_row_finds_a_cell_by_its_column_and_of_two_at_one_column_the_last() {
        Cell first = Cell.ofText(2, "a");
        Cell again = Cell.ofText(2, "b");
        Row row = new Row(1, List.of(Cell.ofText(0, "x"), first, again, Cell.ofText(5, "y")));

        assertThat(row.cell(2)).isSameAs(again);
        assertThat(row.cell(0)).isEqualTo(Cell.ofText(0, "x"));
        assertThat(row.cell(5)).isEqualTo(Cell.ofText(5, "y"));
        assertThat(row.cell(3)).isNull();
        assertThat(row.has(5)).isTrue();
        assertThat(row.has(4)).isFalse();
    }

    @Test
    void a_row_is_blank_only_if_every_cell_is() {
        Cell blank = Cell.ofText(0, " ");

        assertThat(Row.owning(1, blank, Cell.ofText(1, "\t")).isBlank()).isTrue();
        assertThat(Row.owning(1, blank, Cell.ofText(1, "x")).isBlank()).isFalse();
        assertThat(Row.owning(1).isBlank()).isTrue();
    }

    @Test
    void a_row_copies_a_list_it_is_given() {
        List<Cell> cells = new ArrayList<>(List.of(Cell.ofText(0, "a")));

        Row row = new Row(1, cells);
        cells.add(Cell.ofText(1, "b"));

        assertThat(row.cells()).containsExactly(Cell.ofText(0, "a"));
    }

    @Test
    void a_stop_says_the_limit_broken_or_that_enough_was_read() {
        Problem problem = new Problem(new Location.Line(3), "too long");

        assertThat(new StopReading(problem).problem()).contains(problem);
        assertThat(new StopReading(problem)).hasMessage("line 3: too long");
        assertThat(new StopReading().problem()).isEmpty();
        assertThat(new StopReading()).hasMessage("enough read");
    }
}
