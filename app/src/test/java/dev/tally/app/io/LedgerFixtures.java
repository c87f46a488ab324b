package dev.tally.app.io;

import dev.tally.core.model.Citation;
import dev.tally.core.model.Estimate;
import dev.tally.core.model.Ledger;
import dev.tally.core.spi.LedgerFormat;
import dev.tally.core.testing.GeneratedLedger;
import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * Writes large, valid {@code .jsonl} ledgers for the subprocess tests: one source, subject and metric and many
 * estimates, or a ledger shaped like an analyst's.
 */
final class LedgerFixtures {

    private static final String HEADER = "{\"format\":\"tally-ledger\",\"version\":1,"
            + "\"sources\":[{\"id\":\"nis\",\"name\":\"National Intelligence Service (South Korea)\","
            + "\"kind\":\"intelligence\",\"country\":\"KR\"}],"
            + "\"subjects\":[{\"id\":\"dprk-forces-russia\",\"name\":\"North Korean forces in Russia\"}],"
            + "\"metrics\":[{\"id\":\"sighted\",\"name\":\"Sighted\",\"unit\":\"people\"}]}";

    private LedgerFixtures() {
    }

    /**
     * Writes a ledger of {@code count} estimates whose ids start with {@code idPrefix}.
     *
     * @return the file
     */
    static Path jsonLines(Path file, String idPrefix, int count) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(HEADER);
            out.write('\n');
            for (int i = 0; i < count; i++) {
                out.write("{\"id\":\"" + idPrefix + "-" + i + "\",\"source\":\"nis\",\"subject\":\"dprk-forces-russia\","
                        + "\"metric\":\"sighted\",\"quantity\":\"~" + (i + 1) * 10 + "\",\"asOf\":\"2025-01\","
                        + "\"reported\":\"2025-02-03\",\"citation\":{\"title\":\"Briefing number " + i + "\"},"
                        + "\"note\":\"Generated for the crash-safety tests; Кириллица, 한국어 and ≈ survive.\"}\n");
            }
        }
        return file;
    }

    /**
     * Writes a ledger shaped like an analyst's (issue 19): {@link GeneratedLedger}'s figures over 1,000 subjects and 50
     * sources, most of them graded, revision chains through every series, a citation with a URL on every other
     * estimate and a note on every fifth, with the JSON Lines plugin.
     *
     * @return the file
     */
    static Path realistic(Path file, int count) throws IOException {
        Ledger plain = GeneratedLedger.of(count, 1_000, 50, 19);
        Ledger.Builder ledger = Ledger.builder();
        plain.sources().forEach(ledger::add);
        plain.subjects().forEach(ledger::add);
        int i = 0;
        for (Estimate e : plain.estimates()) {
            Estimate.Builder b = e.toBuilder();
            if (i % 2 == 0) {
                b.citation(new Citation(Optional.of("Briefing " + i), Optional.of("Press office"),
                        Optional.of("https://example.org/briefings/" + i), Optional.empty()));
            }
            if (i % 5 == 0) {
                b.note("Figure " + e.id() + " as briefed; the source counts killed and wounded together");
            }
            ledger.add(b.build());
            i++;
        }
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
            ServiceLoader.load(LedgerFormat.class).stream().map(ServiceLoader.Provider::get)
                    .filter(format -> format.descriptor().id().equals("jsonl")).findFirst().orElseThrow()
                    .writer().orElseThrow().write(ledger.build(), out);
        }
        return file;
    }
}
