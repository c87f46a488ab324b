/**
 * Tally's JSON adapter: reads and writes ledgers as JSON ({@code .json}) and JSON Lines
 * ({@code .jsonl}) and publishes their JSON Schema. A format plugin: it provides
 * {@link dev.tally.core.spi.LedgerFormat} and exports nothing.
 */
module dev.tally.adapters.json {
    requires dev.tally.core;
    requires com.fasterxml.jackson.core;

    provides dev.tally.core.spi.LedgerFormat
            with dev.tally.adapters.json.JsonFormat, dev.tally.adapters.json.JsonLinesFormat;
}
