/**
 * Tally's core: the model of sourced, revisable estimates, the analysis over a ledger, the sample
 * ledger, and the SPI through which format plugins read and write ledgers. Requires nothing beyond
 * {@code java.base}.
 */
module dev.tally.core {
    exports dev.tally.core.model;
    exports dev.tally.core.analysis;
    exports dev.tally.core.spi;
    exports dev.tally.core.table;
    exports dev.tally.core.sample;
}
