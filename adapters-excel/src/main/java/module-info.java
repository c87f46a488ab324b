/**
 * Tally's Excel adapter: reads analysts' {@code .xlsx} workbooks, tolerantly and all or nothing,
 * and writes workbooks and templates they can keep using. A format plugin: it provides
 * {@link dev.tally.core.spi.LedgerFormat} and exports nothing.
 */
module dev.tally.adapters.excel {
    requires dev.tally.core;
    requires com.fasterxml.aalto;
    requires org.codehaus.stax2;
    requires java.xml;
    requires org.apache.commons.compress;
    requires org.apache.poi.poi;
    requires org.apache.poi.ooxml;

    provides dev.tally.core.spi.LedgerFormat with dev.tally.adapters.excel.XlsxFormat;
}
