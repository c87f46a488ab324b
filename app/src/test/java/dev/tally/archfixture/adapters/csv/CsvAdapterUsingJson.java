package dev.tally.archfixture.adapters.csv;

import dev.tally.archfixture.adapters.json.JsonAdapterUsingExcel;

/** Broken on purpose: an adapter the rules do not name, using another adapter. */
public class CsvAdapterUsingJson {
    Object other() {
        return new JsonAdapterUsingExcel();
    }
}
