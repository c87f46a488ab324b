/**
 * Tally's CSV adapter: reads {@code .csv} and {@code .tsv} tables of estimates as public data
 * publishes them (a title above the header, an HXL tag row, any common delimiter and encoding),
 * with the same table reading as workbooks, and writes the estimates as one such table. A format
 * plugin: it provides {@link dev.tally.core.spi.LedgerFormat} and exports nothing.
 */
module dev.tally.adapters.csv {
    requires dev.tally.core;
    requires de.siegmar.fastcsv;

    provides dev.tally.core.spi.LedgerFormat with dev.tally.adapters.csv.CsvFormat;
}
