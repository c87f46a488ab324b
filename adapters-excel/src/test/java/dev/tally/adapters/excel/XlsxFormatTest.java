package dev.tally.adapters.excel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tally.core.spi.LedgerFormat;
import java.util.List;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

class XlsxFormatTest {

    @Test
    void the_service_loader_finds_the_xlsx_format_that_reads_and_writes_xlsx_files() {
        List<LedgerFormat> formats = ServiceLoader.load(LedgerFormat.class).stream().map(ServiceLoader.Provider::get)
                .filter(f -> f instanceof XlsxFormat).toList();
        assertEquals(1, formats.size());
        LedgerFormat format = formats.get(0);
        assertEquals("xlsx", format.descriptor().id());
        assertEquals(List.of("xlsx"), format.descriptor().extensions());
        assertTrue(format.descriptor().claims("Figures.XLSX"));
        assertTrue(format.reader().isPresent() && format.writer().isPresent());
    }
}
