package dev.tally.app.cli;

import static dev.tally.app.cli.CliRun.tally;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The analyst's round trip (issue 13): export the sample to a workbook, change a figure and clear a
 * note, import it back. The import refuses, naming the cell and each change; with
 * {@code --revise correction} the edit comes in as a correction of the old estimate, which
 * {@code history} and {@code reconcile} then show; the same import again adds nothing.
 */
class RoundTripTest {

    private static final String KILLED = "nis-2025-04-killed";

    @TempDir
    Path folder;

    @Test
    void an_edited_workbook_imports_back_as_a_correction_once() throws IOException {
        Path workbook = exportWorkbook();
        String figureCell = edit(workbook);

        roundTrip(workbook, figureCell);
    }

    @Test
    void an_edited_workbook_saved_again_by_libreoffice_imports_back_as_a_correction_once() throws Exception {
        Path workbook = exportWorkbook();
        String figureCell = edit(workbook);
        Path saved = LibreOffice.convert(folder, "xlsx", workbook).resolve(workbook.getFileName());

        roundTrip(saved, figureCell);
    }

    @Test
    void rows_removed_from_the_workbook_remove_nothing_and_are_counted_and_named_with_verbose() throws IOException {
        Path workbook = exportWorkbook();
        Path ledger = folder.resolve("l.json");
        byte[] before = Files.readAllBytes(ledger);
        EstimatesSheet.edit(workbook, (sheet, columns) -> {
            int last = sheet.getLastRowNum();
            sheet.removeRow(sheet.getRow(last));
            sheet.removeRow(sheet.getRow(last - 1));
        });

        CliRun quiet = tally("import", workbook.toString(), "--into", ledger.toString());
        CliRun verbose = tally("import", workbook.toString(), "--into", ledger.toString(), "--verbose");

        assertThat(quiet.outLines()).containsExactly("Imported into " + ledger + ": 0 added, 7 skipped (already present), "
                + "0 revised; 9 estimates in all", "  2 estimates of " + ledger + " not in " + workbook
                + " kept (an import removes nothing); --verbose names them");
        assertThat(verbose.outLines()).hasSize(4).element(1).asString().endsWith("kept (an import removes nothing):");
        assertThat(verbose.outLines().subList(2, 4)).allSatisfy(line -> assertThat(line).matches("    [a-z0-9-]+"));
        assertThat(Files.readAllBytes(ledger)).isEqualTo(before);
    }

    @Test
    void revise_takes_correction_or_update_and_refuses_any_other_kind_as_a_usage_error() {
        Path workbook = exportWorkbook();

        CliRun run = tally("import", workbook.toString(), "--into", folder.resolve("l.json").toString(),
                "--revise", "retraction");

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("\"retraction\" is not a kind of revision an edit makes; use correction or update");
    }

    private Path exportWorkbook() {
        Path ledger = folder.resolve("l.json");
        Path workbook = folder.resolve("book.xlsx");
        assertThat(tally("export", "--to", ledger.toString()).exitCode()).isZero();
        assertThat(tally("export", ledger.toString(), "--to", workbook.toString()).exitCode()).isZero();
        return workbook;
    }

    private void roundTrip(Path workbook, String figureCell) throws IOException {
        Path ledger = folder.resolve("l.json");
        byte[] before = Files.readAllBytes(ledger);

        CliRun refused = tally("import", workbook.toString(), "--into", ledger.toString());

        assertThat(refused.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(refused.err()).startsWith("tally: " + workbook + " changes 1 record of " + ledger
                + "; nothing was written:\n  " + figureCell + ": estimate " + KILLED + "\n"
                + "    Figure: 600 → 650\n    Note: \"cremated in Russia\" → \"\"\n")
                .contains("--revise correction").doesNotContain("Estimate[", "Optional[");
        assertThat(Files.readAllBytes(ledger)).isEqualTo(before);

        CliRun revised = tally("import", workbook.toString(), "--into", ledger.toString(), "--revise", "correction");

        assertThat(revised.err()).isEmpty();
        assertThat(revised.out()).isEqualTo("Imported into " + ledger + ": 0 added, 8 skipped (already present), "
                + "1 revised (correction); 10 estimates in all\n");
        String history = tally("history", ledger.toString(), KILLED).out();
        assertThat(history).containsPattern(KILLED + "-correction-[0-9a-f]{10} revises " + KILLED + "\\s+\\(correction\\)")
                .contains("nis-2025-04-killed revises nis-2025-01-killed (update)");
        assertThat(killedBest(ledger, LocalDate.now().toString())).isEqualTo(650);

        byte[] once = Files.readAllBytes(ledger);
        CliRun again = tally("import", workbook.toString(), "--into", ledger.toString(), "--revise", "correction");

        assertThat(again.out()).isEqualTo("Imported into " + ledger + ": 0 added, 9 skipped (already present), "
                + "0 revised (correction); 10 estimates in all\n");
        assertThat(Files.readAllBytes(ledger)).isEqualTo(once);
    }

    /** The reconciled best figure of killed as known at a date. */
    private static long killedBest(Path ledger, String date) throws IOException {
        CliRun reconcile = tally("reconcile", ledger.toString(), "--as-known-at", date, "--metric", "killed", "--json");
        JsonNode json = new ObjectMapper().readTree(reconcile.out());
        return json.at("/reconciled/0/best").asLong();
    }

    /**
     * Sets the figure of {@link #KILLED} to 650 and clears its note, as an analyst would in Excel.
     *
     * @return the figure's cell, such as {@code Estimates!E6}
     */
    private static String edit(Path workbook) throws IOException {
        String[] place = new String[1];
        EstimatesSheet.edit(workbook, (sheet, columns) -> {
            Row row = null;
            for (Row candidate : sheet) {
                Cell id = candidate.getCell(columns.get("Id"));
                if (id != null && KILLED.equals(id.getStringCellValue())) {
                    row = candidate;
                }
            }
            assertThat(row).as("the row of " + KILLED).isNotNull();
            Cell figure = row.getCell(columns.get("Figure"));
            figure.setCellValue(650);
            row.removeCell(row.getCell(columns.get("Note")));
            place[0] = "Estimates!" + new CellReference(figure).formatAsString(false);
        });
        return place[0];
    }
}
