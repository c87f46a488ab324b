package dev.tally.adapters.csv;

/**
 * A record of a CSV file as {@link RowHandler} makes it: where it starts, how many fields it has,
 * blank ones included, and their cells, unless a field holds a NUL character.
 *
 * @param line  the 1-based line the record starts on
 * @param fields  how many fields the record has
 * @param cells  the cells of its fields, or null if a field holds a NUL character
 * @param nulField  the 0-based index of the first field that holds a NUL character, or -1
 */
record CsvLine(long line, int fields, CsvFields cells, int nulField) {
}
