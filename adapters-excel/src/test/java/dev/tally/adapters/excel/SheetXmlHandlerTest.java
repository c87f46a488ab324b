package dev.tally.adapters.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.tally.core.table.Cell;
import dev.tally.core.table.Row;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The cells a sheet's XML gives, whatever cells its rows share, and its damaged attributes refused. */
class SheetXmlHandlerTest {

    private static final String SHARED_STRINGS = "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
            + "<si><t>shared zero</t></si></sst>";

    private final List<Row> rows = new ArrayList<>();

    @Test
    void one_raw_text_in_a_column_reads_as_each_cells_type_and_style_says() throws Exception {
        read("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>"
                + "<row r=\"2\"><c r=\"A2\"><v>0</v></c></row>"
                + "<row r=\"3\"><c r=\"A3\" t=\"b\"><v>0</v></c></row>"
                + "<row r=\"4\"><c r=\"A4\" t=\"inlineStr\"><is><t>0</t></is></c></row>"
                + "<row r=\"5\"><c r=\"A5\" s=\"" + dateStyle() + "\"><v>45292</v></c></row>"
                + "<row r=\"6\"><c r=\"A6\"><v>45292</v></c></row>"
                + "<row r=\"7\"><c r=\"A7\" s=\"" + dateStyle() + "\"><v>45292</v></c></row>");

        assertThat(rows).extracting(row -> row.cells().get(0)).containsExactly(
                Cell.ofText(0, "shared zero"),
                new Cell(0, Cell.Type.NUMBER, "0", ""),
                new Cell(0, Cell.Type.BOOLEAN, "FALSE", ""),
                Cell.ofText(0, "0"),
                new Cell(0, Cell.Type.DATE, "2024-01-01", "yyyy-mm-dd"),
                new Cell(0, Cell.Type.NUMBER, "45292", ""),
                new Cell(0, Cell.Type.DATE, "2024-01-01", "yyyy-mm-dd"));
    }

    @Test
    void a_value_repeated_in_other_columns_and_by_a_formula_keeps_its_column_and_formula() throws Exception {
        read("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>0</v></c></row>"
                + "<row r=\"2\"><c r=\"A2\"><f>1+1</f><v>2</v></c><c r=\"B2\"><v>2</v></c></row>"
                + "<row r=\"3\"><c r=\"A3\"><v>2</v></c></row>");

        assertThat(rows).extracting(Row::cells).containsExactly(
                List.of(Cell.ofText(0, "shared zero"), Cell.ofText(1, "shared zero")),
                List.of(new Cell(0, Cell.Type.NUMBER, "2", "", true), new Cell(1, Cell.Type.NUMBER, "2", "")),
                List.of(new Cell(0, Cell.Type.NUMBER, "2", "")));
    }

    @Test
    void cells_out_of_column_order_reach_the_row_in_column_order() throws Exception {
        read("<row r=\"1\"><c r=\"C1\"><v>3</v></c><c r=\"A1\"><v>1</v></c><c><v>2</v></c></row>");

        assertThat(rows.get(0).cells()).extracting(Cell::column, Cell::text)
                .containsExactly(tuple(0, "1"), tuple(1, "2"), tuple(2, "3"));
    }

    @Test
    void a_cells_attributes_in_another_namespace_are_not_its_reference_type_or_style() throws Exception {
        read("<row r=\"1\"><c xmlns:x=\"urn:other\" x:r=\"C1\" x:t=\"s\" x:s=\"1\" r=\"B1\"><v>45292</v></c></row>");

        assertThat(rows.get(0).cells()).containsExactly(new Cell(1, Cell.Type.NUMBER, "45292", ""));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "<row r=' 2'><c r='A2'><v>1</v></c></row>|Estimates!1: \" 2\" is not a row, style or string number; the file is damaged",
        "<row r='2 '><c r='A2'><v>1</v></c></row>|Estimates!1: \"2 \" is not a row, style or string number; the file is damaged",
        "<row r='2'><c r='A2' s=' 1'><v>1</v></c></row>|Estimates!2: \" 1\" is not a row, style or string number; the file is damaged",
        "<row r='2'><c r='A2' s=''><v>1</v></c></row>|Estimates!2: \"\" is not a row, style or string number; the file is damaged",
        "<row r='2'><c r=' A2' s='1'><v>1</v></c></row>|Estimates!2: a cell's reference \" A2\" is not an A1 reference; the file is damaged",
        "<row r='2'><c s='1 ' r='A2'><v>1</v></c></row>|Estimates!2: \"1 \" is not a row, style or string number; the file is damaged",
        "<row r='2'><c s=' 1' r=' A2'><v>1</v></c></row>|Estimates!2: a cell's reference \" A2\" is not an A1 reference; the file is damaged",
    })
    void an_attribute_with_spaces_around_its_value_is_refused_as_damaged(String xml, String problem) {
        assertThatThrownBy(() -> read(xml.replace('\'', '"')))
                .isInstanceOfSatisfying(StopSheet.class, stop -> assertThat(stop.problem().orElseThrow())
                        .hasToString(problem));
    }

    private static int dateStyle() {
        return 1;
    }

    private void read(String sheetData) throws Exception {
        StylesTable styles = new StylesTable();
        XSSFCellStyle date = styles.createCellStyle();
        date.setDataFormat(styles.putNumberFormat("yyyy-mm-dd"));
        assertThat(date.getIndex()).isEqualTo((short) dateStyle());
        WorkbookParts.Lookup lookup = new WorkbookParts.Lookup(new ReadOnlySharedStringsTable(
                new ByteArrayInputStream(SHARED_STRINGS.getBytes(StandardCharsets.UTF_8))), styles, false);
        String xml = "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                + sheetData + "</sheetData></worksheet>";
        SheetXml.read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)),
                new SheetXmlHandler("Estimates", lookup, rows::add), false);
    }
}
