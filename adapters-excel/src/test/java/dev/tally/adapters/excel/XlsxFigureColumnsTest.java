package dev.tally.adapters.excel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tally.core.model.Quantity;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** A blank Figure cell with Low, Best and High cells: the three define the figure, as event datasets give it. */
class XlsxFigureColumnsTest {

    @TempDir
    Path dir;

    /** A workbook of one estimate with a Figure column and Low, Best and High columns (D to G). */
    private Path workbook(boolean figureColumn, Object figure, Object low, Object best, Object high) throws IOException {
        XSSFWorkbook workbook = new XSSFWorkbook();
        XSSFSheet sheet = workbook.createSheet("Estimates");
        if (figureColumn) {
            Sheets.row(sheet, 0, "Source", "Metric", "As of", "Figure", "Low", "Best", "High");
            Sheets.row(sheet, 1, "UCDP", "deaths", "2015-05-11", figure, low, best, high);
        } else {
            Sheets.row(sheet, 0, "Source", "Metric", "As of", "Low", "Best", "High");
            Sheets.row(sheet, 1, "UCDP", "deaths", "2015-05-11", low, best, high);
        }
        return Workbooks.save(workbook, dir.resolve("figures.xlsx"));
    }

    static Stream<Arguments> figures() {
        return Stream.of(
                Arguments.of(null, 1, 1, 30, Quantity.bestWithin(1, 1, 30)),
                Arguments.of(null, 20, 25, 40, Quantity.bestWithin(25, 20, 40)),
                Arguments.of(null, "20", "25", "40", Quantity.bestWithin(25, 20, 40)),
                Arguments.of(null, 20, 30, 40, Quantity.bestWithin(30, 20, 40)),
                Arguments.of(null, 7, 7, 7, Quantity.exact(7)),
                Arguments.of(null, 20, null, 40, Quantity.range(20, 40)),
                Arguments.of(null, 40, null, 40, Quantity.exact(40)),
                Arguments.of(null, null, 25, null, Quantity.exact(25)),
                Arguments.of(null, 300, null, null, Quantity.atLeast(300)),
                Arguments.of(null, null, null, 3000, Quantity.atMost(3000)),
                Arguments.of("about 4,700", 1, 2, 3, Quantity.approximately(4700)));
    }

    @ParameterizedTest(name = "Figure {0}, Low {1}, Best {2}, High {3}: {4}")
    @MethodSource("figures")
    void a_blank_figure_cell_takes_its_figure_from_low_best_and_high(Object figure, Object low, Object best,
                                                                     Object high, Quantity expected) throws IOException {
        Path file = workbook(true, figure, low, best, high);

        assertEquals(expected, Workbooks.read(file).estimates().get(0).quantity());
    }

    @Test
    void a_sheet_with_low_best_and_high_columns_needs_no_figure_column() throws IOException {
        Path file = workbook(false, null, 1, 1, 30);

        assertEquals(Quantity.bestWithin(1, 1, 30), Workbooks.read(file).estimates().get(0).quantity());
    }

    static Stream<Arguments> refusals() {
        return Stream.of(
                Arguments.of(true, 20, 50, 40, "Estimates!F2: the Best 50 lies outside its Low 20 and High 40; write a "
                        + "Best from the Low to the High"),
                Arguments.of(true, 40, 25, 20, "Estimates!G2: the High 20 is below the Low 40; write the lower figure "
                        + "in Low and the higher in High"),
                Arguments.of(true, 20, 25, null, "Estimates!G2: the High cell is empty; a Best with bounds needs both "
                        + "the Low and the High (or write the figure in the Figure column)"),
                Arguments.of(true, null, 25, 40, "Estimates!E2: the Low cell is empty; a Best with bounds needs both "
                        + "the Low and the High (or write the figure in the Figure column)"),
                Arguments.of(true, "~20", 25, 40, "Estimates!E2: \"~20\" is not a count; a Low, Best or High cell "
                        + "holds a whole number such as 1,200"),
                Arguments.of(true, 2.5, 3, 4, "Estimates!E2: \"2.5\" is not a figure: 2.5 is not a whole count; write a "
                        + "whole number such as 1,200, or a form like \"about 1,200\", \"1,000-2,000\", \"at least 300\" "
                        + "or \"up to 3,000\""));
    }

    @ParameterizedTest(name = "Low {1}, Best {2}, High {3}")
    @MethodSource("refusals")
    void low_best_and_high_that_make_no_figure_are_refused_at_the_cell_at_fault(boolean figureColumn, Object low,
                                                                                  Object best, Object high, String problem)
            throws IOException {
        assertEquals(List.of(problem), Workbooks.problems(workbook(figureColumn, null, low, best, high)));
    }

    @Test
    void a_row_with_no_figure_and_no_bounds_says_the_figure_cell_is_empty() throws IOException {
        XSSFWorkbook workbook = new XSSFWorkbook();
        XSSFSheet sheet = workbook.createSheet("Estimates");
        Sheets.row(sheet, 0, "Source", "Metric", "As of", "Low", "Best", "High");
        Sheets.row(sheet, 1, "UCDP", "deaths", "2015-05-11");

        List<String> problems = Workbooks.problems(Workbooks.save(workbook, dir.resolve("none.xlsx")));

        assertEquals(List.of("Estimates!2: the Figure cell is empty; write a whole number such as 1,200, or a form "
                + "like \"about 1,200\", \"1,000-2,000\", \"at least 300\" or \"up to 3,000\"; or fill Low, Best and "
                + "High"), problems);
    }
}
