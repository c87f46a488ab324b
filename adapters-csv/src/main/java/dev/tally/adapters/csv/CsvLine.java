package dev.tally.adapters.csv;

import dev.tally.core.table.Row;

/**
 * A record of a CSV file as {@link RowHandler} makes it: where it starts, how many fields it has,
 * blank ones included, and its row of cells, unless a field holds a NUL character.
 *
 * @param line  the 1-based line the record starts on
 * @param fields  how many fields the record has
 * @param row  the row of its non-blank fields, or null if a field holds a NUL character
 * @param nulField  the 0-based index of the first field that holds a NUL character, or -1
 */
record CsvLine(long line, int fields, Row row, int nulField) {
}
