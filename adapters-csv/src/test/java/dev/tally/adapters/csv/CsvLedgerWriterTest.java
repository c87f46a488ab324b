package dev.tally.adapters.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import dev.tally.core.model.Citation;
import dev.tally.core.model.Estimate;
import dev.tally.core.model.Ledger;
import dev.tally.core.model.Source;
import dev.tally.core.model.SourceKind;
import dev.tally.core.model.Subject;
import dev.tally.core.sample.SampleLedger;
import dev.tally.core.spi.FormatOptions;
import dev.tally.core.spi.LedgerReader;
import dev.tally.core.spi.LedgerWriter;
import dev.tally.core.spi.UnwritableLedgerException;
import dev.tally.core.table.TableLimits;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class CsvLedgerWriterTest {

    private static final String HEADER = "Id,Source,Subject,Metric,Figure,Low,Best,High,As of,Basis,Reported,Via,"
            + "Credibility,Citation title,Publisher,URL,Quote,Note,Revises";
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    /** The source and subject the estimates of these tests name, as a CSV file reads them back. */
    private static final Ledger NAMES = Ledger.empty().with(Source.of("nis", "nis", SourceKind.OTHER))
            .with(new Subject("forces", "forces"));

    private final LedgerWriter writer = new CsvFormat().writer().orElseThrow();
    private final LedgerReader reader = new CsvFormat().reader().orElseThrow();

    @Test
    void the_file_is_utf8_with_a_byte_order_mark_and_its_records_end_with_crlf() throws IOException {
        byte[] written = write(SampleLedger.load(), FormatOptions.none());

        assertThat(Arrays.copyOf(written, 3)).isEqualTo(BOM);
        String text = new String(written, 3, written.length - 3, StandardCharsets.UTF_8);
        assertThat(text).startsWith(HEADER + "\r\n").endsWith("\r\n").doesNotContainPattern("[^\r]\n");
        assertThat(text.split("\r\n")).hasSize(1 + SampleLedger.load().estimates().size());
    }

    @Test
    void hxl_adds_a_tag_row_under_the_header_and_the_file_reads_back_the_same() throws IOException {
        Ledger ledger = SampleLedger.load();

        byte[] written = write(ledger, FormatOptions.of(Map.of(CsvLedgerWriter.HXL, List.of("true"))));

        List<CsvRecord> records = CsvReader.builder().ofCsvRecord(new String(written, 3, written.length - 3,
                StandardCharsets.UTF_8)).stream().toList();
        assertThat(records.get(1).getFields()).containsExactly("#meta+id", "#meta+source", "#meta+subject",
                "#meta+metric", "#affected", "#meta+low", "#meta+best", "#meta+high", "#date+asof", "#meta+basis",
                "#date+reported", "#meta+via", "#meta+credibility", "#meta+title", "#meta+publisher", "#meta+url",
                "#meta+quote", "#meta+note", "#meta+revises");
        assertThat(records).hasSize(2 + ledger.estimates().size());
        assertThat(read(written).estimates()).isEqualTo(ledger.estimates());
    }

    @Test
    void every_estimate_of_the_sample_reads_back_unchanged() throws IOException {
        Ledger ledger = SampleLedger.load();

        assertThat(read(write(ledger, FormatOptions.none())).estimates()).isEqualTo(ledger.estimates());
    }

    @Test
    void texts_that_a_spreadsheet_would_run_are_guarded_in_the_file_and_read_back_unchanged() throws IOException {
        List<String> notes = List.of("=SUM(A1:A9)", "+1 more", "-5 since", "@cmd", "\tindented", "'=already guarded",
                "a, \"quoted\" note\r\nover two lines", "'apostrophe");
        Ledger ledger = ledgerWithNotes(notes);

        byte[] written = write(ledger, FormatOptions.none());

        assertThat(new String(written, StandardCharsets.UTF_8)).contains(",'=SUM(A1:A9),", ",'+1 more,",
                ",'-5 since,", ",'@cmd,", ",'\tindented,", ",''=already guarded,", ",'apostrophe,");
        assertThat(read(written).estimates()).extracting(Estimate::note)
                .isEqualTo(notes.stream().map(Optional::of).toList());
    }

    @Test
    void a_text_longer_than_a_cell_holds_refuses_the_whole_export_before_a_byte_is_written() {
        String longest = "x".repeat(TableLimits.MAX_CELL_CHARACTERS);
        Ledger ledger = NAMES.with(estimate("fits", 1).withNote(longest))
                .with(estimate("too-long", 2).withNote(longest + "y"))
                .with(estimate("also-too-long", 3).toBuilder().citation(Citation.of("a report", longest + "yz")).build());
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        assertThatThrownBy(() -> writer.write(ledger, out, Optional.empty(), FormatOptions.none()))
                .isInstanceOfSatisfying(UnwritableLedgerException.class, e -> assertThat(e.problems())
                        .extracting(Object::toString).containsExactly(
                                "file: the Note of estimate too-long has 32,768 characters, more than the 32,767 a "
                                        + "cell holds; shorten it",
                                "file: the Quote of estimate also-too-long has 32,769 characters, more than the "
                                        + "32,767 a cell holds; shorten it"));
        assertThat(out.size()).isZero();
    }

    @Test
    void a_text_as_long_as_a_cell_holds_is_written_and_reads_back() throws IOException {
        Ledger ledger = ledgerWithNotes(List.of("x".repeat(TableLimits.MAX_CELL_CHARACTERS)));

        assertThat(read(write(ledger, FormatOptions.none())).estimates()).isEqualTo(ledger.estimates());
    }

    @Test
    void the_template_is_the_header_row_alone() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        new CsvFormat().templateWriter().orElseThrow().writeTemplate(Ledger.empty(), out);

        assertThat(out.toByteArray()).startsWith(BOM);
        assertThat(new String(out.toByteArray(), 3, out.size() - 3, StandardCharsets.UTF_8)).isEqualTo(HEADER + "\r\n");
    }

    @Property(tries = 300)
    void any_note_reads_back_unchanged(@ForAll("notes") String note) throws IOException {
        Ledger ledger = ledgerWithNotes(List.of(note));

        assertThat(read(write(ledger, FormatOptions.none())).estimates()).extracting(Estimate::note)
                .containsExactly(Optional.of(note));
    }

    /**
     * Notes a CSV file holds: any characters but NUL (which the reader refuses as "not text") and
     * lone surrogates (which UTF-8 cannot encode), without spaces around them (which the reader
     * trims from every optional text, by design); mixed with the characters CSV and spreadsheets treat
     * specially.
     */
    @Provide
    Arbitrary<String> notes() {
        Arbitrary<String> special = Arbitraries.of("\"", ",", ";", "\t", "\r", "\n", "\r\n", "'", "=", "+", "-", "@",
                "#", "\ufeff", "\u00a0", "é", "漢字", "😀").list().ofMaxSize(6).map(list -> String.join("", list));
        Arbitrary<String> any = Arbitraries.strings().all().ofMaxLength(30);
        return Combinators.combine(special, any, special).as((a, b, c) -> a + b + c)
                .filter(CsvLedgerWriterTest::holdable).map(n -> n.replaceAll("^[ \u00a0]+|[ \u00a0]+$", ""))
                .filter(n -> !n.isBlank());
    }

    private static boolean holdable(String text) {
        return text.indexOf('\0') < 0 && StandardCharsets.UTF_8.newEncoder().canEncode(text);
    }

    private static Ledger ledgerWithNotes(List<String> notes) {
        Ledger ledger = NAMES;
        for (int i = 0; i < notes.size(); i++) {
            ledger = ledger.with(estimate("e" + i, i).withNote(notes.get(i)));
        }
        return ledger;
    }

    /** An estimate of the names a CSV file holds (a source, subject and metric by id), with its own figure. */
    private static Estimate estimate(String id, int figure) {
        return Estimate.builder().id(id).source("nis").subject("forces").metric("killed").quantity(String.valueOf(figure))
                .asOf("2025-01").reported("2025-01").build();
    }

    private byte[] write(Ledger ledger, FormatOptions options) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.write(ledger, out, Optional.empty(), options);
        return out.toByteArray();
    }

    private Ledger read(byte[] csv) throws IOException {
        return reader.read(new ByteArrayInputStream(csv));
    }
}
