package dev.tally.core.table;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tally.core.spi.Location;
import dev.tally.core.spi.Problem;
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
        assertThat(new Row(1, java.util.List.of(new Cell(0, Cell.Type.TEXT, "", ""))).isBlank()).isTrue();
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
