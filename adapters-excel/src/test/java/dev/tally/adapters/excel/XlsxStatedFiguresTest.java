package dev.tally.adapters.excel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tally.core.model.Estimate;
import dev.tally.core.model.Quantity;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Figures as historians' tables state them: circa, uncertain, vague, a count followed by words, a computed cell. */
class XlsxStatedFiguresTest {

    @TempDir
    Path dir;

    /** A workbook of one estimate: Source, Metric (B), Figure (C), As of. */
    private Path workbook(Object metric, Object figure) throws IOException {
        XSSFWorkbook workbook = new XSSFWorkbook();
        XSSFSheet sheet = workbook.createSheet("Estimates");
        Sheets.row(sheet, 0, "Source", "Metric", "Figure", "As of");
        Sheets.row(sheet, 1, "Fox", metric, figure, "1863");
        return Workbooks.save(Sheets.evaluate(workbook), dir.resolve("stated.xlsx"));
    }

    static Stream<Arguments> stated() {
        return Stream.of(
                Arguments.of("killed", "c. 1,500", "killed", Quantity.approximately(1500)),
                Arguments.of("killed", "1,500?", "killed", Quantity.approximately(1500)),
                Arguments.of("killed", "dozens", "killed", Quantity.bestWithin(24, 24, 99)),
                Arguments.of(null, "751 prisoners", "captured", Quantity.exact(751)),
                Arguments.of(null, "4,700 KIA", "killed", Quantity.exact(4700)),
                Arguments.of(null, "about 4,700 killed or injured", "casualties", Quantity.approximately(4700)),
                Arguments.of("captured", "751 prisoners", "captured", Quantity.exact(751)),
                Arguments.of("killed", "600 soldiers", "killed", Quantity.exact(600)),
                Arguments.of("killed", new Sheets.Formula("ROUND(47001/2,0)"), "killed", Quantity.exact(23501)));
    }

    @ParameterizedTest(name = "Metric {0}, Figure {1}: {2} {3}")
    @MethodSource("stated")
    void a_figure_as_historians_state_it_reads_with_the_metric_its_words_name(Object metric, Object figure,
                                                                              String expectedMetric, Quantity expected)
            throws IOException {
        Estimate estimate = Workbooks.read(workbook(metric, figure)).estimates().get(0);

        assertEquals(List.of(expectedMetric, expected), List.of(estimate.metric(), estimate.quantity()));
    }

    static Stream<Arguments> refused() {
        return Stream.of(
                Arguments.of("killed", "300 wounded", "Estimates!C2: the words \"wounded\" after the figure name the "
                        + "metric wounded, but the Metric cell says killed; write the figure alone, or make the two "
                        + "agree"),
                Arguments.of(null, "600 soldiers", "Estimates!B2: the Metric cell is empty; write a metric such as "
                        + "killed (the words \"soldiers\" after the figure name no metric)"),
                Arguments.of("killed", new Sheets.Formula("47001/2"), "Estimates!C2: the cell's formula gives 23500.5, "
                        + "which is not a whole count; if 23,501 is meant, round the result in the formula "
                        + "(ROUND(..., 0)) or type 23,501"),
                Arguments.of("killed", 23000.5, "Estimates!C2: \"23000.5\" is not a figure: 23000.5 is not a whole "
                        + "count; write a whole number such as 1,200, or a form like \"about 1,200\", \"1,000-2,000\", "
                        + "\"at least 300\" or \"up to 3,000\""),
                Arguments.of("killed", "many", "Estimates!C2: \"many\" is not a figure: it is too vague to count; "
                        + "write a whole number such as 1,200, or a form like \"about 1,200\", \"1,000-2,000\", "
                        + "\"at least 300\" or \"up to 3,000\""));
    }

    @ParameterizedTest(name = "Metric {0}, Figure {1}")
    @MethodSource("refused")
    void a_figure_that_cannot_be_read_is_refused_at_its_cell_saying_what_to_write(Object metric, Object figure,
                                                                                 String problem) throws IOException {
        assertEquals(List.of(problem), Workbooks.problems(workbook(metric, figure)));
    }
}
