package dev.tally.archfixture.core;

import dev.tally.archfixture.adapters.excel.ExcelHelper;

/** Broken on purpose: the core, using an adapter. */
public class CoreUsingAnAdapter {
    int columns() {
        return ExcelHelper.columns();
    }
}
