package dev.tally.app.cli;

import static dev.tally.app.cli.CliRun.tally;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** CSV files through the real entry point: import, export with HXL, options, notices and refusals. */
class CsvCommandsTest {

    @TempDir
    Path folder;

    @Test
    void a_windows_1252_file_with_semicolons_imports_with_a_notice_of_the_encoding() throws IOException {
        Path csv = folder.resolve("figures.csv");
        Files.writeString(csv, "Source;Metric;Figure;As of\r\nMinistère de la Défense;killed;~1,200;2025-03\r\n",
                Charset.forName("windows-1252"));
        Path ledger = folder.resolve("ledger.json");

        CliRun run = tally("import", csv.toString(), "--into", ledger.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEqualTo("tally: note: figures.csv is not UTF-8 (line 2 holds the byte 0xE8); read as "
                + "Windows-1252, as spreadsheet programs on Windows save CSV (give --encoding if it is another)\n");
        assertThat(tally("summary", ledger.toString()).out()).contains("Ministère de la Défense").contains("~1,200");
    }

    @Test
    void an_export_with_hxl_imports_back_to_the_same_estimates() throws IOException {
        Path csv = folder.resolve("sample.csv");

        assertThat(tally("export", "--to", csv.toString(), "--hxl").out()).isEqualTo("Wrote 9 estimates to " + csv + "\n");
        String text = Files.readString(csv, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\ufeffId,Source,Subject,Metric,Figure,");
        // the tag row's first field is quoted, so that no reader takes the row for a # comment
        assertThat(text.lines().skip(1).findFirst().orElseThrow()).startsWith("\"#meta+id\",#meta+source,");
        Path again = folder.resolve("again.json");
        Path sample = folder.resolve("sample.json");
        assertThat(tally("convert", csv.toString(), again.toString()).exitCode()).isZero();
        assertThat(tally("export", "--to", sample.toString()).exitCode()).isZero();
        ObjectMapper json = new ObjectMapper();
        assertThat(json.readTree(again.toFile()).get("estimates")).isEqualTo(json.readTree(sample.toFile()).get("estimates"));
    }

    @Test
    void a_bad_csv_is_refused_with_every_problem_at_its_line_and_column_and_nothing_written() throws IOException {
        Path csv = folder.resolve("bad.csv");
        Files.writeString(csv, "Source,Metric,Figure,As of\nNIS,killed,twelve hundred,2025-03\nNIS,killed,300,Marchtember\n");
        Path ledger = folder.resolve("ledger.json");
        tally("export", "--to", ledger.toString());
        byte[] before = Files.readAllBytes(ledger);

        CliRun run = tally("import", csv.toString(), "--into", ledger.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(run.err()).contains("bad.csv:2:3 (Figure): \"twelve hundred\" is not a figure")
                .contains("bad.csv:3:4 (As of): \"Marchtember\" is not a period").doesNotContain("\tat ");
        assertThat(Files.readAllBytes(ledger)).isEqualTo(before);
    }

    @Test
    void an_option_the_file_format_does_not_take_is_refused_by_name() throws IOException {
        Path book = folder.resolve("sample.xlsx");
        tally("export", "--to", book.toString());
        Path ledger = folder.resolve("ledger.json");

        CliRun run = tally("import", book.toString(), "--into", ledger.toString(), "--delimiter", ";");

        assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(run.err()).contains("--delimiter is not for this file: its format takes only --column, --value to "
                + "read it");
        assertThat(ledger).doesNotExist();
    }

    @Test
    void a_table_of_its_own_columns_imports_with_a_column_mapping() throws IOException {
        Path csv = folder.resolve("events.csv");
        Files.writeString(csv, "id,conflict_name,best,date_start,date_end\n"
                + "1,Myanmar (Burma): Government,12,2017-08-25,2017-08-27\n");
        Path ledger = folder.resolve("events.json");

        CliRun run = tally("convert", csv.toString(), ledger.toString(), "--column", "As of=date_start/date_end",
                "--column", "Subject=conflict_name", "--value", "Source=UCDP", "--value", "Metric=killed");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(Files.readString(ledger)).contains("\"asOf\": \"2017-08-25/2017-08-27\"")
                .contains("\"source\": \"ucdp\"").contains("\"quantity\": \"12\"");
    }
}
