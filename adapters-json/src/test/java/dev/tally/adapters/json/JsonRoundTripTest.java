package dev.tally.adapters.json;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tally.core.model.Estimate;
import dev.tally.core.model.Ledger;
import dev.tally.core.model.Subject;
import dev.tally.core.sample.SampleLedger;
import dev.tally.core.spi.LedgerFormat;
import dev.tally.core.spi.UnwritableLedgerException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.ServiceLoader;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class JsonRoundTripTest {

    @TempDir
    Path folder;

    static Stream<LedgerFormat> formats() {
        return Formats.both().stream();
    }

    @ParameterizedTest
    @MethodSource("formats")
    void the_sample_ledger_written_to_a_file_reads_back_equal(LedgerFormat format) throws IOException {
        Path file = Formats.writeFile(format, SampleLedger.load(), folder);

        Ledger read = format.reader().orElseThrow().read(file);

        assertEquals(SampleLedger.load(), read);
    }

    @ParameterizedTest
    @MethodSource("formats")
    void a_text_longer_than_the_readers_read_is_refused_with_every_such_text_named(LedgerFormat format) {
        String tooLong = "n".repeat(JsonSettings.MAX_STRING + 1);
        Estimate first = SampleLedger.load().estimates().get(0);
        Ledger ledger = SampleLedger.load().with(new Subject("long", tooLong)).with(Estimate.builder().id("long-note")
                .source(first.source()).subject("long").metric(first.metric()).quantity("5").asOf("2025-01")
                .reported("2025-02").note(tooLong).build());
        String estimates = format == Formats.JSON ? "/estimates/9" : "";

        UnwritableLedgerException refusal = assertThrows(UnwritableLedgerException.class,
                () -> format.writer().orElseThrow().write(ledger, OutputStream.nullOutputStream()));

        assertEquals(List.of("file: /subjects/2/name holds 1,048,577 characters, more than a JSON ledger's reader "
                        + "reads (1,048,576); shorten it",
                "file: " + estimates + "/note (estimate long-note) holds 1,048,577 characters, more than a JSON "
                        + "ledger's reader reads (1,048,576); shorten it"),
                refusal.problems().stream().map(Object::toString).toList());
    }

    @ParameterizedTest
    @MethodSource("formats")
    void a_file_the_writer_produced_reads_and_writes_back_to_the_same_bytes(LedgerFormat format) throws IOException {
        Path file = Formats.writeFile(format, SampleLedger.load(), folder);
        byte[] original = Files.readAllBytes(file);

        byte[] again = Formats.write(format, format.reader().orElseThrow().read(file));

        assertArrayEquals(original, again);
    }

    @ParameterizedTest
    @MethodSource("formats")
    void output_is_utf8_with_unix_line_ends_and_a_final_newline(LedgerFormat format) {
        String text = new String(Formats.write(format, SampleLedger.load()), StandardCharsets.UTF_8);

        assertTrue(text.endsWith("}\n"));
        assertTrue(!text.contains("\r"));
        assertTrue(text.contains("South Korea’s intelligence service"), "non-ASCII text is written as is");
    }

    @Test
    void the_document_is_indented_by_two_spaces_in_the_fixed_key_order() {
        String text = new String(Formats.write(Formats.JSON, SampleLedger.load()), StandardCharsets.UTF_8);

        assertTrue(text.startsWith("{\n  \"format\": \"tally-ledger\",\n  \"version\": 1,\n  \"sources\": [\n    {\n"
                + "      \"id\": \"nis\",\n      \"name\": \"National Intelligence Service (South Korea)\",\n"
                + "      \"kind\": \"intelligence\",\n      \"country\": \"KR\"\n    },\n"), text);
        assertTrue(text.contains("\"id\": \"nis-2025-q1-evacuated\",\n      \"source\": \"nis\",\n"
                + "      \"subject\": \"dprk-forces-russia\",\n      \"metric\": \"evacuated\",\n"
                + "      \"quantity\": \"~2000\",\n      \"asOf\": \"2025-01/2025-03\",\n      \"basis\": \"increment\",\n"
                + "      \"reported\": \"2025-04\",\n"), text);
        assertTrue(text.contains("\"revises\": [\n        {\n          \"id\": \"nis-2025-01-killed\",\n"
                + "          \"kind\": \"update\"\n        },"), text);
    }

    @Test
    void a_jsonl_file_has_a_header_line_then_one_line_per_estimate() {
        String text = new String(Formats.write(Formats.JSONL, SampleLedger.load()), StandardCharsets.UTF_8);
        List<String> lines = text.lines().toList();

        assertEquals(1 + SampleLedger.load().estimates().size(), lines.size());
        assertTrue(lines.get(0).startsWith("{\"format\":\"tally-ledger\",\"version\":1,\"sources\":[{\"id\":\"nis\""));
        assertTrue(lines.get(1).startsWith("{\"id\":\"nis-2025-01-killed\",\"source\":\"nis\""));
    }

    @ParameterizedTest
    @MethodSource("formats")
    void a_ledger_with_a_best_inside_bounds_is_written_as_version_2_and_reads_back(LedgerFormat format) {
        Ledger ledger = SampleLedger.load().with(Estimate.builder().id("ucdp-209980").source("nis")
                .subject("dprk-forces-russia").metric("killed").quantity("1 (1-30)").asOf("2025-01")
                .reported("2025-02").build());

        byte[] written = Formats.write(format, ledger);

        assertTrue(new String(written, StandardCharsets.UTF_8).replace(" ", "").contains("\"version\":2,"));
        assertTrue(new String(written, StandardCharsets.UTF_8).contains("\"quantity\":" + (format == Formats.JSON ? " " : "")
                + "\"1 (1-30)\""));
        assertEquals(ledger, Formats.read(format, written));
    }

    @ParameterizedTest
    @MethodSource("formats")
    void a_ledger_without_a_best_inside_bounds_stays_version_1(LedgerFormat format) {
        String text = new String(Formats.write(format, SampleLedger.load()), StandardCharsets.UTF_8);

        assertTrue(text.replace(" ", "").contains("\"version\":1,"));
    }

    @Test
    void an_empty_ledger_round_trips_through_both_formats() {
        for (LedgerFormat format : Formats.both()) {
            assertEquals(Ledger.empty(), Formats.read(format, Formats.write(format, Ledger.empty())));
        }
    }

    @Test
    void service_loader_finds_both_formats_with_their_ids_and_extensions() {
        List<LedgerFormat> found = ServiceLoader.load(LedgerFormat.class).stream().map(ServiceLoader.Provider::get)
                .toList();

        assertEquals(List.of("json", "jsonl"), found.stream().map(f -> f.descriptor().id()).toList());
        assertEquals(List.of(List.of("json"), List.of("jsonl")),
                found.stream().map(f -> f.descriptor().extensions()).toList());
    }

    @Test
    void both_formats_publish_the_schema_shipped_in_the_jar() throws IOException {
        String shipped;
        try (var in = JsonFormat.class.getResourceAsStream("tally-ledger.schema.json")) {
            shipped = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }

        assertEquals(shipped, Formats.JSON.schema().orElseThrow());
        assertEquals(shipped, Formats.JSONL.schema().orElseThrow());
        assertTrue(shipped.contains("\"$schema\": \"https://json-schema.org/draft/2020-12/schema\""));
    }
}
