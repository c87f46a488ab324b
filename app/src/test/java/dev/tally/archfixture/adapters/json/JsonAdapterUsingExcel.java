package dev.tally.archfixture.adapters.json;

import dev.tally.archfixture.adapters.excel.ExcelHelper;

/** Broken on purpose: one adapter that uses another. */
public class JsonAdapterUsingExcel {
    int columns() {
        return ExcelHelper.columns();
    }
}
