package dev.tally.app.io;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes large, valid {@code .jsonl} ledgers for the subprocess tests: one source, subject and metric, many estimates. */
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
}
