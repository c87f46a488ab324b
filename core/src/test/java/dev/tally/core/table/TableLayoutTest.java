package dev.tally.core.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Where a layout finds each column's cells in a row. */
class TableLayoutTest {

    private static TableLayout<EstimateColumn> layout(EnumMap<EstimateColumn, Integer> columns) {
        return new TableLayout<>(MemoryTables.estimates(), "Estimates", columns, Map.of(),
                new EnumMap<>(EstimateColumn.class));
    }

    @Test
    void a_column_is_found_at_its_index_and_one_absent_or_filled_by_a_mapping_nowhere() {
        EnumMap<EstimateColumn, Integer> columns = new EnumMap<>(EstimateColumn.class);
        columns.put(EstimateColumn.SOURCE, 3);
        columns.put(EstimateColumn.METRIC, -1);

        TableLayout<EstimateColumn> layout = layout(columns);

        assertThat(layout.position(EstimateColumn.SOURCE)).isEqualTo(3);
        assertThat(layout.position(EstimateColumn.METRIC)).isEqualTo(-1);
        assertThat(layout.position(EstimateColumn.ID)).isEqualTo(-1);
        assertThat(layout.position(EstimateColumn.REVISES)).isEqualTo(-1);
    }

    @Test
    void of_two_columns_at_one_index_the_later_takes_the_cells() {
        EnumMap<EstimateColumn, Integer> columns = new EnumMap<>(EstimateColumn.class);
        columns.put(EstimateColumn.SOURCE, 2);
        columns.put(EstimateColumn.VIA, 2);
        columns.put(EstimateColumn.FIGURE, 0);

        TableLayout<EstimateColumn> layout = layout(columns);

        assertThat(layout.position(EstimateColumn.SOURCE)).isEqualTo(-1);
        assertThat(layout.position(EstimateColumn.VIA)).isEqualTo(2);
        assertThat(layout.position(EstimateColumn.FIGURE)).isEqualTo(0);
    }

    @Test
    void a_row_has_a_cell_of_the_table_only_at_a_column_the_layout_places() {
        EnumMap<EstimateColumn, Integer> columns = new EnumMap<>(EstimateColumn.class);
        columns.put(EstimateColumn.SOURCE, 1);
        columns.put(EstimateColumn.METRIC, -1);
        TableLayout<EstimateColumn> layout = layout(columns);

        assertThat(layout.anyCell(Row.owning(4, Cell.ofText(1, "nis")))).isTrue();
        assertThat(layout.anyCell(Row.owning(4, Cell.ofText(0, "x"), Cell.ofText(2, "y")))).isFalse();
        assertThat(layout.anyCell(Row.owning(4))).isFalse();
    }
}
