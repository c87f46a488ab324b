/**
 * The JSON adapter: reads and writes ledgers as one {@code .json} document ({@link dev.tally.adapters.json.JsonFormat})
 * or as JSON Lines ({@link dev.tally.adapters.json.JsonLinesFormat}), with the Jackson streaming API, and
 * publishes the formats' JSON Schema. Both formats are found through {@link java.util.ServiceLoader};
 * everything else in this package is package-private. See {@code docs/json-format.md}.
 */
package dev.tally.adapters.json;
