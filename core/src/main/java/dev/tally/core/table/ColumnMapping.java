package dev.tally.core.table;

import dev.tally.core.spi.FormatOptions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How a table of estimates whose headers are not Tally's becomes estimates: which of the table's
 * columns gives each column of estimates ({@code As of=date_start}, or a period from two columns,
 * {@code As of=date_start/date_end}), and which columns hold one value for every row
 * ({@code Source=UCDP}). Columns the mapping does not name are found by their headers as usual.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ColumnMapping {

    /** The option that maps a column: {@code As of=date_start}. */
    public static final String COLUMN_OPTION = "column";
    /** The option that gives a column one value for every row: {@code Source=UCDP}. */
    public static final String VALUE_OPTION = "value";

    private static final ColumnMapping NONE = new ColumnMapping(new EnumMap<>(EstimateColumn.class),
            new EnumMap<>(EstimateColumn.class));

    private final EnumMap<EstimateColumn, List<String>> columns;
    private final EnumMap<EstimateColumn, String> values;

    private ColumnMapping(EnumMap<EstimateColumn, List<String>> columns, EnumMap<EstimateColumn, String> values) {
        this.columns = columns;
        this.values = values;
    }

    /**
     * The mapping that maps nothing.
     *
     * @return the empty mapping, never null
     */
    public static ColumnMapping none() {
        return NONE;
    }

    /**
     * The mapping that the {@value #COLUMN_OPTION} and {@value #VALUE_OPTION} options give, each
     * {@code COLUMN=TEXT} with COLUMN a header of estimates or one of its synonyms.
     *
     * @param options  the options, not null
     * @return the mapping, never null
     * @throws IllegalArgumentException if an option does not name a column of estimates, or names
     *         one twice; the message says which and what to write
     */
    public static ColumnMapping of(FormatOptions options) {
        EnumMap<EstimateColumn, List<String>> columns = new EnumMap<>(EstimateColumn.class);
        EnumMap<EstimateColumn, String> values = new EnumMap<>(EstimateColumn.class);
        for (String given : options.all(COLUMN_OPTION)) {
            Map.Entry<EstimateColumn, String> entry = entry(COLUMN_OPTION, given, columns.keySet(), values.keySet());
            List<String> headers = Arrays.stream(entry.getValue().split("/", -1)).map(String::strip).toList();
            if (headers.size() > 2 || headers.stream().anyMatch(String::isEmpty)
                    || headers.size() == 2 && entry.getKey() != EstimateColumn.AS_OF
                    && entry.getKey() != EstimateColumn.REPORTED) {
                throw new IllegalArgumentException("--column \"" + given + "\": write one column of the file, or, "
                        + "for As of and Reported, a start and an end column joined by '/' (As of=date_start/date_end)");
            }
            columns.put(entry.getKey(), headers);
        }
        for (String given : options.all(VALUE_OPTION)) {
            Map.Entry<EstimateColumn, String> entry = entry(VALUE_OPTION, given, columns.keySet(), values.keySet());
            values.put(entry.getKey(), entry.getValue());
        }
        return columns.isEmpty() && values.isEmpty() ? NONE : new ColumnMapping(columns, values);
    }

    private static Map.Entry<EstimateColumn, String> entry(String option, String given,
                                                            Set<EstimateColumn> mapped,
                                                            Set<EstimateColumn> valued) {
        int equals = given.indexOf('=');
        String name = equals < 0 ? given : given.substring(0, equals).strip();
        String text = equals < 0 ? "" : given.substring(equals + 1).strip();
        Optional<EstimateColumn> column = Arrays.stream(EstimateColumn.values())
                .filter(c -> c.names().matches(name)).findFirst();
        if (equals < 0 || text.isEmpty() || column.isEmpty()) {
            throw new IllegalArgumentException("--" + option + " \"" + given + "\": write COLUMN=" + (option.equals(
                    COLUMN_OPTION) ? "HEADER" : "VALUE") + ", with COLUMN one of " + Arrays.stream(EstimateColumn.values())
                    .map(c -> c.names().header()).collect(Collectors.joining(", ")));
        }
        if (mapped.contains(column.get()) || valued.contains(column.get())) {
            throw new IllegalArgumentException("--" + option + " \"" + given + "\": the " + column.get().names().header()
                    + " column is mapped already; map each column once");
        }
        return Map.entry(column.get(), text);
    }

    /**
     * The headers of the file's columns that give a column: one, or a start and an end.
     *
     * @param column  a column of estimates
     * @return the headers, empty if the mapping leaves the column to the table's own headers
     */
    List<String> headers(Object column) {
        return column instanceof EstimateColumn c ? columns.getOrDefault(c, List.of()) : List.of();
    }

    /**
     * The value a column holds in every row.
     *
     * @param column  a column of estimates
     * @return the value, or empty if the mapping gives none
     */
    Optional<String> value(Object column) {
        return column instanceof EstimateColumn c ? Optional.ofNullable(values.get(c)) : Optional.empty();
    }

    /** Whether the mapping decides where a column comes from, so that headers alone no longer do. */
    boolean decides(Object column) {
        return !headers(column).isEmpty() || value(column).isPresent();
    }

    /** Every header of the file the mapping names, each once. */
    List<String> namedHeaders() {
        List<String> named = new ArrayList<>();
        columns.values().forEach(named::addAll);
        return named.stream().distinct().toList();
    }

    /** Whether the mapping maps nothing. */
    boolean isEmpty() {
        return columns.isEmpty() && values.isEmpty();
    }
}
