package dev.tally.adapters.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.tally.core.model.Ledger;
import dev.tally.core.sample.SampleLedger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** Every file the writers produce meets the published schema, checked by an independent validator. */
class SchemaValidationTest {

    private static final String ID = "https://schemas.tally.dev/tally-ledger/2/tally-ledger.schema.json";
    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
            builder -> builder.schemas(Map.of(ID, Formats.JSON.schema().orElseThrow())));
    private static final Schema DOCUMENT = REGISTRY.getSchema(SchemaLocation.of(ID));
    private static final Schema HEADER = REGISTRY.getSchema(SchemaLocation.of(ID + "#/$defs/header"));
    private static final Schema ESTIMATE = REGISTRY.getSchema(SchemaLocation.of(ID + "#/$defs/estimate"));

    @Provide
    Arbitrary<Ledger> ledgers() {
        return LedgerArbitraries.ledgers();
    }

    @Test
    void the_sample_ledger_as_json_meets_the_schema() {
        assertEquals(List.of(), documentErrors(SampleLedger.load()));
    }

    @Test
    void the_sample_ledger_as_json_lines_meets_the_schema_line_by_line() {
        assertEquals(List.of(), lineErrors(SampleLedger.load()));
    }

    @Test
    void the_schema_refuses_what_the_reader_refuses() {
        String sample = new String(Formats.write(Formats.JSON, SampleLedger.load()), StandardCharsets.UTF_8);
        List<String> broken = List.of(
                sample.replace("\"quantity\": \"600\"", "\"quantity\": \"about 600\""),
                sample.replace("\"asOf\": \"2024\"", "\"asOf\": \"January 2024\""),
                sample.replace("\"version\": 1", "\"version\": 3"),
                sample.replace("\"quantity\": \"600\"", "\"quantity\": \"600 (500-700)\""),
                sample.replace("\"kind\": \"intelligence\"", "\"kind\": \"spy\""),
                sample.replace("\"country\": \"KR\"", "\"country\": \"kr\""),
                sample.replace("\"format\": \"tally-ledger\",", "\"format\": \"tally-ledger\", \"extra\": true,"));

        for (String text : broken) {
            assertEquals(false, DOCUMENT.validate(text, InputFormat.JSON).isEmpty(), text);
        }
    }

    @Property(tries = 100)
    void every_json_document_the_writer_produces_meets_the_schema(@ForAll("ledgers") Ledger ledger) {
        assertEquals(List.of(), documentErrors(ledger));
    }

    @Property(tries = 100)
    void every_json_lines_file_the_writer_produces_meets_the_schema(@ForAll("ledgers") Ledger ledger) {
        assertEquals(List.of(), lineErrors(ledger));
    }

    private static List<String> documentErrors(Ledger ledger) {
        String text = new String(Formats.write(Formats.JSON, ledger), StandardCharsets.UTF_8);
        return DOCUMENT.validate(text, InputFormat.JSON).stream().map(Error::toString).toList();
    }

    private static List<String> lineErrors(Ledger ledger) {
        List<String> lines = new String(Formats.write(Formats.JSONL, ledger), StandardCharsets.UTF_8).lines().toList();
        List<String> errors = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Schema schema = i == 0 ? HEADER : ESTIMATE;
            int line = i + 1;
            schema.validate(lines.get(i), InputFormat.JSON).forEach(e -> errors.add("line " + line + ": " + e));
        }
        return errors;
    }
}
