package dev.tally.adapters.excel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tally.core.model.SourceKind;
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

/** Source kinds by synonym on the Sources sheet; rows that repeat a claim named with what differs. */
class XlsxSourcesAndRepeatsTest {

    @TempDir
    Path dir;

    private Path workbook(Object[][] sources, Object[]... estimates) throws IOException {
        XSSFWorkbook workbook = new XSSFWorkbook();
        if (sources.length > 0) {
            XSSFSheet sheet = workbook.createSheet("Sources");
            Sheets.row(sheet, 0, "Id", "Name", "Kind");
            for (int i = 0; i < sources.length; i++) {
                Sheets.row(sheet, i + 1, sources[i]);
            }
        }
        XSSFSheet sheet = workbook.createSheet("Estimates");
        Sheets.row(sheet, 0, "Source", "Metric", "Figure", "As of", "Note", "Via");
        for (int i = 0; i < estimates.length; i++) {
            Sheets.row(sheet, i + 1, estimates[i]);
        }
        return Workbooks.save(workbook, dir.resolve("w.xlsx"));
    }

    static Stream<Arguments> kinds() {
        return Stream.of(Arguments.of("Historian", SourceKind.ACADEMIC), Arguments.of("think tank", SourceKind.ACADEMIC),
                Arguments.of("Ministry", SourceKind.GOVERNMENT), Arguments.of("newspaper", SourceKind.MEDIA),
                Arguments.of("Armed forces", SourceKind.MILITARY), Arguments.of("UN agency", SourceKind.NGO));
    }

    @ParameterizedTest(name = "{0} is {1}")
    @MethodSource("kinds")
    void a_kind_cell_reads_by_synonym(String kind, SourceKind expected) throws IOException {
        Path file = workbook(new Object[][] {{"fox", "William F. Fox", kind}}, new Object[] {"fox", "killed", 3155,
                "1863"});

        assertEquals(expected, Workbooks.read(file).sources().get(0).kind());
    }

    @Test
    void two_rows_of_one_claim_that_differ_in_a_note_are_named_both_with_what_differs() throws IOException {
        String id = Workbooks.read(workbook(new Object[0][], new Object[] {"Wikipedia", "killed", 3155, "1863"}))
                .estimates().get(0).id();
        Path file = workbook(new Object[0][], new Object[] {"Wikipedia", "killed", 3155, "1863", "Fox"},
                new Object[] {"Wikipedia", "killed", 3155, "1863", "Busey and Martin"});

        assertEquals(List.of("Estimates!3: this row states the same claim as row 2 (source wikipedia, subject "
                + "unspecified, metric killed, figure 3,155, as of 1863, reported 1863), so both would get the id \""
                + id + "\"; they differ only in Note (\"Fox\" and \"Busey and Martin\"): to keep both, give each an "
                + "Id; otherwise delete one"), Workbooks.problems(file));
    }

    @Test
    void two_identical_rows_are_named_as_the_same() throws IOException {
        Path file = workbook(new Object[0][], new Object[] {"Wikipedia", "killed", 3155, "1863"},
                new Object[] {"Wikipedia", "killed", 3155, "1863"});

        assertEquals(1, Workbooks.problems(file).size());
        assertEquals(true, Workbooks.problems(file).get(0).endsWith("; the two rows are the same: delete one"));
    }
}
