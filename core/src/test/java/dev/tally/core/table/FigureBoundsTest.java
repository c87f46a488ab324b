package dev.tally.core.table;

import static dev.tally.core.table.MemoryTables.estimates;
import static dev.tally.core.table.MemoryTables.number;
import static dev.tally.core.table.MemoryTables.only;
import static dev.tally.core.table.MemoryTables.row;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tally.core.model.Quantity;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The figure of a row read from its Low, Best and High cells, as event datasets give it. */
class FigureBoundsTest {

    private static final Object[] HEADER = row("Source", "Metric", "Low", "Best", "High", "As of");
    private static final String FIGURE_FORMS = "write a whole number such as 1,200, or a form like \"about 1,200\", "
            + "\"1,000-2,000\", \"at least 300\" or \"up to 3,000\"";

    static Stream<Arguments> bounds() {
        return Stream.of(
                Arguments.of("1", "1", "30", Quantity.bestWithin(1, 1, 30)),
                Arguments.of("7", "7", "7", Quantity.exact(7)),
                Arguments.of("20", "", "40", Quantity.range(20, 40)),
                Arguments.of("20", "", "20", Quantity.exact(20)),
                Arguments.of("", "25", "", Quantity.exact(25)),
                Arguments.of("300", "", "", Quantity.atLeast(300)),
                Arguments.of("", "", "3,000", Quantity.atMost(3000)),
                Arguments.of(number("0"), number("0"), number("2"), Quantity.bestWithin(0, 0, 2)),
                Arguments.of("20", "20", "40", Quantity.bestWithin(20, 20, 40)),
                Arguments.of("20", "40", "40", Quantity.bestWithin(40, 20, 40)));
    }

    @ParameterizedTest(name = "{0}, {1}, {2}")
    @MethodSource("bounds")
    void low_best_and_high_make_the_figure(Object low, Object best, Object high, Quantity expected) {
        assertThat(only(estimates(HEADER, row("UCDP", "killed", low, best, high, "2025")).read().ledger()).quantity())
                .isEqualTo(expected);
    }

    static Stream<Arguments> contradictions() {
        return Stream.of(
                Arguments.of("20", "25", "", "Estimates:2:5 (High): the High cell is empty; a Best with bounds needs "
                        + "both the Low and the High (or write the figure in the Figure column)"),
                Arguments.of("", "25", "40", "Estimates:2:3 (Low): the Low cell is empty; a Best with bounds needs "
                        + "both the Low and the High (or write the figure in the Figure column)"),
                Arguments.of("20", "", "10", "Estimates:2:5 (High): the High 10 is below the Low 20; write the lower "
                        + "figure in Low and the higher in High"),
                Arguments.of("20", "25", "10", "Estimates:2:5 (High): the High 10 is below the Low 20; write the "
                        + "lower figure in Low and the higher in High"),
                Arguments.of("20", "50", "40", "Estimates:2:4 (Best): the Best 50 lies outside its Low 20 and High 40; "
                        + "write a Best from the Low to the High"),
                Arguments.of("20", "19", "40", "Estimates:2:4 (Best): the Best 19 lies outside its Low 20 and High 40; "
                        + "write a Best from the Low to the High"),
                Arguments.of("about 5", "", "", "Estimates:2:3 (Low): \"about 5\" is not a count; a Low, Best or High "
                        + "cell holds a whole number such as 1,200"));
    }

    @ParameterizedTest(name = "{0}, {1}, {2}")
    @MethodSource("contradictions")
    void bounds_that_contradict_each_other_are_a_problem_at_the_cell_at_fault(String low, String best, String high,
                                                                             String problem) {
        assertThat(estimates(HEADER, row("UCDP", "killed", low, best, high, "2025")).problems())
                .containsExactly(problem);
    }

    @Test
    void every_bound_that_cannot_be_read_is_a_problem() {
        assertThat(estimates(HEADER, row("UCDP", "killed", "x", "y", "z", "2025")).problems())
                .extracting(p -> p.substring(0, p.indexOf(": ")))
                .containsExactly("Estimates:2:3 (Low)", "Estimates:2:4 (Best)", "Estimates:2:5 (High)");
    }

    @Test
    void a_filled_figure_cell_is_the_figure_and_the_bounds_are_not_read() {
        assertThat(only(estimates(row("Source", "Metric", "Figure", "Low", "Best", "High", "As of"),
                row("UCDP", "killed", "about 300", "x", "1", "0", "2025")).read().ledger()).quantity())
                .isEqualTo(Quantity.approximately(300));
    }

    @Test
    void an_empty_figure_cell_with_bounds_takes_the_figure_from_them() {
        assertThat(only(estimates(row("Source", "Metric", "Figure", "Low", "High", "As of"),
                row("UCDP", "killed", "", "3", "5", "2025")).read().ledger()).quantity())
                .isEqualTo(Quantity.range(3, 5));
    }

    @Test
    void a_row_with_no_figure_says_what_to_write_there() {
        assertThat(estimates(row("Source", "Metric", "Figure", "Low", "As of"), row("UCDP", "killed", "", "", "2025"))
                .problems()).containsExactly("Estimates:2:3 (Figure): the Figure cell is empty; " + FIGURE_FORMS);
        assertThat(estimates(HEADER, row("UCDP", "killed", "", "", "", "2025")).problems())
                .containsExactly("Estimates:2: the Figure cell is empty; " + FIGURE_FORMS + "; or fill Low, Best and "
                        + "High");
    }

    static Stream<Arguments> repairs() {
        return Stream.of(
                Arguments.of("1", "0", "3", Quantity.bestWithin(0, 0, 3),
                        "Estimates:2: the Low 1, Best 0 and High 3 contradict each other; read as 0 (0–3) (the mapping "
                                + "repairs such figures by widening them to hold all three)"),
                Arguments.of("2", "2", "1", Quantity.bestWithin(2, 1, 2),
                        "Estimates:2: the Low 2, Best 2 and High 1 contradict each other; read as 2 (1–2) (the mapping "
                                + "repairs such figures by widening them to hold all three)"),
                Arguments.of("2", "9", "4", Quantity.bestWithin(9, 2, 9),
                        "Estimates:2: the Low 2, Best 9 and High 4 contradict each other; read as 9 (2–9) (the mapping "
                                + "repairs such figures by widening them to hold all three)"),
                Arguments.of("5", "", "2", Quantity.range(2, 5),
                        "Estimates:2: the Low 5 and High 2 contradict each other; read as 2–5 (the mapping repairs "
                                + "such figures by widening them to hold all three)"));
    }

    @ParameterizedTest(name = "{0}, {1}, {2}")
    @MethodSource("repairs")
    void a_mapping_that_repairs_widens_contradicting_bounds_with_a_notice(String low, String best, String high,
                                                                         Quantity expected, String notice) {
        List<String> notices = new ArrayList<>();
        MemoryTables tables = estimates(HEADER, row("UCDP", "killed", low, best, high, "2025"));

        Quantity read = only(TableImport.read(tables, MemoryTables.mapping(List.of(), List.of("Repair=widen"),
                notices::add)).ledger()).quantity();

        assertThat(read).isEqualTo(expected);
        assertThat(notices).containsExactly(notice);
    }

    @Test
    void a_mapping_that_repairs_leaves_bounds_that_agree_and_a_best_with_one_bound_alone() {
        List<String> notices = new ArrayList<>();
        MemoryTables tables = estimates(HEADER, row("UCDP", "killed", "1", "2", "3", "2025"),
                row("UCDP", "killed", "5", "5", "5", "2026"));

        assertThat(TableImport.read(tables, MemoryTables.mapping(List.of(), List.of("Repair=widen"), notices::add))
                .ledger().estimates()).hasSize(2);
        assertThat(notices).isEmpty();
        assertThat(estimates(HEADER, row("UCDP", "killed", "5", "3", "", "2025")).problems(List.of(),
                List.of("Repair=widen"))).singleElement().asString().startsWith("Estimates:2:5 (High): the High cell "
                        + "is empty");
        assertThat(estimates(HEADER, row("UCDP", "killed", "", "3", "1", "2025")).problems(List.of(),
                List.of("Repair=widen"))).singleElement().asString().startsWith("Estimates:2:3 (Low): the Low cell "
                        + "is empty");
    }
}
