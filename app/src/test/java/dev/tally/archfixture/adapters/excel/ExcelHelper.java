package dev.tally.archfixture.adapters.excel;

/** A class of one adapter, used by another on purpose. */
public class ExcelHelper {
    public static int columns() {
        return 1;
    }
}
