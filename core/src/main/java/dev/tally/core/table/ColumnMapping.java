package dev.tally.core.table;

import dev.tally.core.model.Reliability;
import dev.tally.core.model.Source;
import dev.tally.core.model.SourceKind;
import dev.tally.core.spi.FormatOptions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * How a table of estimates whose headers are not Tally's becomes estimates: which of the table's
 * columns gives each column of estimates ({@code As of=date_start}, or a period from two columns,
 * {@code As of=date_start/date_end}), a text made from columns ({@code Id=ucdp-ged-{id}}), which
 * columns hold one value for every row ({@code Source=UCDP}), the column that says how precise the
 * dates are ({@code Precision=date_prec (ucdp-ged)}), a date column that holds Unix times
 * ({@code Reported=timestamp (unix-time)}), the details of a fixed source
 * ({@code Source kind=academic}), whether a figure whose bounds contradict each other is
 * widened ({@code Repair=widen}), and, for a wide table that holds one metric a column, the column
 * of each metric's figure ({@code Figure of killed=killed_cum}). Columns the mapping does not name
 * are found by their headers as usual. {@code docs/mappings.md} describes every entry, and the
 * mapping file that gives them.
 *
 * <p>An entry given as an option of its own overrides an entry of the same column that a mapping
 * file gave (see {@link #option}), so that a preset can be adjusted on the command line; two
 * entries for one column from the same kind of place are a problem.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ColumnMapping {

    /** The option that maps a column: {@code As of=date_start}. */
    public static final String COLUMN_OPTION = "column";
    /** The option that gives a column one value for every row: {@code Source=UCDP}. */
    public static final String VALUE_OPTION = "value";

    /** The column entry that names the precision of the As of dates, with its scale. */
    static final String PRECISION = "Precision";
    static final String SOURCE_NAME = "Source name";
    static final String SOURCE_KIND = "Source kind";
    static final String SOURCE_RELIABILITY = "Source reliability";
    static final String REPAIR = "Repair";
    /**
     * The start of the column entry that names a metric's own figure column in a wide table:
     * {@code Figure of killed=killed_cum}.
     */
    public static final String FIGURE_OF = "Figure of ";
    private static final String WIDEN = "widen";
    private static final String UNIX_TIME = "unix-time";
    private static final Set<EstimateColumn> DATES = EnumSet.of(EstimateColumn.AS_OF, EstimateColumn.REPORTED);
    private static final Set<EstimateColumn> FIGURES = EnumSet.of(EstimateColumn.METRIC, EstimateColumn.FIGURE,
            EstimateColumn.LOW, EstimateColumn.BEST, EstimateColumn.HIGH);
    private static final Pattern SCALED = Pattern.compile("(.+)\\((.+)\\)");

    private static final ColumnMapping NONE = new Parsed().build(notice -> { });

    private final EnumMap<EstimateColumn, List<String>> columns;
    private final EnumMap<EstimateColumn, Template> templates;
    private final EnumMap<EstimateColumn, String> values;
    /** Each header the mapping names, with where the entry that names it was written. */
    private final Map<String, String> named;
    private final Optional<String> precision;
    private final DatePrecision scale;
    private final Optional<Source> source;
    private final boolean repair;
    private final Map<String, String> wide;
    private final Set<EstimateColumn> unixTime;
    private final Consumer<String> notices;

    private ColumnMapping(Parsed p, Consumer<String> notices) {
        this.columns = p.columns.clone();
        this.templates = p.templates.clone();
        this.values = p.values.clone();
        this.named = Collections.unmodifiableMap(new LinkedHashMap<>(p.named));
        this.precision = Optional.ofNullable(p.precision);
        this.scale = p.scale;
        this.source = Optional.ofNullable(p.source);
        this.repair = p.repair;
        this.wide = Collections.unmodifiableMap(new LinkedHashMap<>(p.wide));
        this.unixTime = Collections.unmodifiableSet(EnumSet.copyOf(p.unixTime));
        this.notices = notices;
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
     * {@code NAME=TEXT}, optionally after {@code [ORIGIN] } (see {@link #option}). NAME is a header
     * of estimates or one of its synonyms, {@code Precision}, {@code Source name}, {@code Source kind},
     * {@code Source reliability} or {@code Repair}.
     *
     * @param options  the options, not null
     * @return the mapping, never null
     * @throws InvalidMappingException with every entry that cannot be read, or that maps a column
     *         already mapped; each problem says which and what to write
     */
    public static ColumnMapping of(FormatOptions options) {
        Parsed parsed = new Parsed();
        options.all(COLUMN_OPTION).forEach(given -> parsed.column(MappingEntry.parse(COLUMN_OPTION, given)));
        options.all(VALUE_OPTION).forEach(given -> parsed.value(MappingEntry.parse(VALUE_OPTION, given)));
        parsed.finish();
        if (!parsed.problems.isEmpty()) {
            throw new InvalidMappingException(parsed.problems);
        }
        return parsed.isEmpty() ? NONE : parsed.build(notice -> { });
    }

    /**
     * The value of a {@value #COLUMN_OPTION} or {@value #VALUE_OPTION} option that gives an entry
     * written elsewhere, such as in a mapping file: problems with the entry name the origin.
     *
     * @param origin  where the entry was written, such as {@code m.json:/figure/best (4:13)}, not null
     * @param name  what the entry maps, such as {@code Best}, not null
     * @param text  what it says, such as {@code {best}}, not null
     * @return the option's value, never null
     */
    public static String option(String origin, String name, String text) {
        return MappingEntry.format(origin, name, text);
    }

    /** This mapping, telling what it repairs to a reader's notices. */
    ColumnMapping reportingTo(Consumer<String> sink) {
        return this == NONE ? NONE : new ColumnMapping(new Parsed(this), sink);
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

    /** The templates that make columns of estimates. */
    Map<EstimateColumn, Template> templates() {
        return templates;
    }

    /** Whether the mapping decides where a column comes from, so that headers alone no longer do. */
    boolean decides(Object column) {
        return !headers(column).isEmpty() || fills(column);
    }

    /**
     * Whether the mapping gives a column in every row, whatever the table's headers: as a value, a
     * template, or, for a wide table, the metric and its figure.
     */
    boolean fills(Object column) {
        return value(column).isPresent() || templates.containsKey(column)
                || !wide.isEmpty() && (column == EstimateColumn.METRIC || column == EstimateColumn.FIGURE);
    }

    /** Every header of the file the mapping names, each with where the entry naming it was written. */
    Map<String, String> namedHeaders() {
        return named;
    }

    /** The header of the column that says how precise the As of dates are. */
    Optional<String> precision() {
        return precision;
    }

    /** The scale of the precision column's codes. */
    DatePrecision scale() {
        return scale;
    }

    /** The fixed source, with its details, when the mapping gives them. */
    Optional<Source> source() {
        return source;
    }

    /**
     * For a wide table, the header of each metric's figure column, by metric, in the mapping's
     * order; empty for a table of one estimate a row.
     */
    Map<String, String> wide() {
        return wide;
    }

    /** The date columns whose cells hold Unix times, seconds since 1970-01-01 UTC. */
    Set<EstimateColumn> unixTime() {
        return unixTime;
    }

    /** Whether a figure whose bounds contradict each other is widened to hold them all, with a notice. */
    boolean repairs() {
        return repair;
    }

    /** Tells a reader's notices what the import assumed or repaired. */
    void notice(String notice) {
        notices.accept(notice);
    }

    /** Whether the mapping maps nothing. */
    boolean isEmpty() {
        return this == NONE;
    }

    /** The entries of a mapping as they are read, with the problems found. */
    private static final class Parsed {

        private final EnumMap<EstimateColumn, List<String>> columns = new EnumMap<>(EstimateColumn.class);
        private final EnumMap<EstimateColumn, Template> templates = new EnumMap<>(EstimateColumn.class);
        private final EnumMap<EstimateColumn, String> values = new EnumMap<>(EstimateColumn.class);
        private final Map<String, String> named = new LinkedHashMap<>();
        private final Map<String, MappingEntry> details = new LinkedHashMap<>();
        /** The entry that mapped each column, so that an option of its own can override a mapping file's. */
        private final EnumMap<EstimateColumn, MappingEntry> mappedBy = new EnumMap<>(EstimateColumn.class);
        private final Map<String, String> wide = new LinkedHashMap<>();
        private final Set<EstimateColumn> unixTime = EnumSet.noneOf(EstimateColumn.class);
        private MappingEntry firstWide;
        private final List<String> problems = new ArrayList<>();
        private String precision;
        private DatePrecision scale = DatePrecision.UCDP_GED;
        private Source source;
        private boolean repair;

        Parsed() {
        }

        Parsed(ColumnMapping m) {
            columns.putAll(m.columns);
            templates.putAll(m.templates);
            values.putAll(m.values);
            named.putAll(m.named);
            precision = m.precision.orElse(null);
            scale = m.scale;
            source = m.source.orElse(null);
            repair = m.repair;
            wide.putAll(m.wide);
            unixTime.addAll(m.unixTime);
        }

        ColumnMapping build(Consumer<String> notices) {
            return new ColumnMapping(this, notices);
        }

        boolean isEmpty() {
            return columns.isEmpty() && templates.isEmpty() && values.isEmpty() && precision == null && !repair
                    && wide.isEmpty();
        }

        void column(MappingEntry e) {
            if (e.name().equalsIgnoreCase(PRECISION)) {
                precision(e);
                return;
            }
            if (e.name().regionMatches(true, 0, FIGURE_OF, 0, FIGURE_OF.length())) {
                wide(e);
                return;
            }
            Optional<EstimateColumn> column = column(e, COLUMN_OPTION, "HEADER");
            if (column.isEmpty()) {
                return;
            }
            String text = e.text();
            Matcher unix = SCALED.matcher(text);
            if (unix.matches() && unix.group(2).strip().equalsIgnoreCase(UNIX_TIME)) {
                if (!DATES.contains(column.get())) {
                    problems.add(e.problem("only the As of and Reported dates can be read as Unix times"));
                    return;
                }
                text = unix.group(1).strip();
                unixTime.add(column.get());
            }
            try {
                List<String> span = span(column.get(), text);
                if (span.isEmpty()) {
                    Template template = Template.parse(text);
                    name(template.headers(), e);
                    templates.put(column.get(), template);
                } else {
                    name(span, e);
                    columns.put(column.get(), span);
                }
            } catch (IllegalArgumentException ex) {
                problems.add(e.problem(ex.getMessage()));
            }
        }

        /**
         * The headers of a column's one column, or of a period's start and end; empty for a template
         * that makes text.
         */
        private static List<String> span(EstimateColumn column, String text) {
            List<Optional<String>> parts = Arrays.stream(text.split("/", -1)).map(String::strip).map(Parsed::header)
                    .toList();
            boolean period = column == EstimateColumn.AS_OF || column == EstimateColumn.REPORTED;
            if (parts.stream().allMatch(Optional::isPresent) && (parts.size() == 1 || parts.size() == 2 && period)) {
                return parts.stream().map(Optional::get).toList();
            }
            if (!Template.isTemplate(text)) {
                throw new IllegalArgumentException("write one column of the file, a template such as ucdp-ged-{id}, "
                        + "or, for As of and Reported, a start and an end column joined by '/' (date_start/date_end)");
            }
            return List.of();
        }

        /** A header as a mapping writes it: plain, or alone in braces; empty for any other text. */
        private static Optional<String> header(String text) {
            if (!Template.isTemplate(text)) {
                return text.isEmpty() ? Optional.empty() : Optional.of(text);
            }
            try {
                return Template.parse(text).single();
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        }

        private void precision(MappingEntry e) {
            Matcher m = SCALED.matcher(e.text());
            Optional<String> header = m.matches() ? header(m.group(1).strip()) : header(e.text());
            if (header.isEmpty()) {
                problems.add(e.problem("write the column that codes the precision of the dates, and its scale: "
                        + "date_prec (ucdp-ged)"));
                return;
            }
            try {
                scale = m.matches() ? DatePrecision.parse(m.group(2)) : scale;
                precision = header.get();
                name(List.of(precision), e);
            } catch (IllegalArgumentException ex) {
                problems.add(e.problem(ex.getMessage()));
            }
        }

        /** Reads {@code Figure of METRIC=HEADER}: the column of one metric's figures in a wide table. */
        private void wide(MappingEntry e) {
            String metric = e.name().substring(FIGURE_OF.length()).strip();
            Optional<String> header = header(e.text());
            if (metric.isEmpty() || header.isEmpty()) {
                problems.add(e.problem("write Figure of METRIC=HEADER, the column that holds the metric's figures, "
                        + "such as Figure of killed=killed_cum"));
            } else if (wide.keySet().stream().anyMatch(metric::equalsIgnoreCase)) {
                problems.add(e.problem("the figure of " + metric + " is mapped already; map each metric once"));
            } else {
                firstWide = firstWide == null ? e : firstWide;
                wide.put(metric, header.get());
                name(List.of(header.get()), e);
            }
        }

        void value(MappingEntry e) {
            if (e.name().equalsIgnoreCase(REPAIR)) {
                repair = true;
                if (!e.text().equalsIgnoreCase(WIDEN)) {
                    problems.add(e.problem("\"" + e.text() + "\" is no way to repair a figure; write widen"));
                }
                return;
            }
            if (List.of(SOURCE_NAME, SOURCE_KIND, SOURCE_RELIABILITY).stream().anyMatch(e.name()::equalsIgnoreCase)) {
                details.put(e.name().toLowerCase(java.util.Locale.ROOT), e);
                return;
            }
            column(e, VALUE_OPTION, "VALUE").ifPresent(c -> values.put(c, e.text()));
        }

        /** The column of estimates an entry names, if it names one not mapped before; else a problem. */
        private Optional<EstimateColumn> column(MappingEntry e, String option, String what) {
            Optional<EstimateColumn> column = Arrays.stream(EstimateColumn.values())
                    .filter(c -> c.names().matches(e.name())).findFirst();
            if (e.text().isEmpty() || column.isEmpty()) {
                problems.add(e.problem("write COLUMN=" + what + ", with COLUMN one of " + Arrays.stream(
                        EstimateColumn.values()).map(c -> c.names().header()).collect(Collectors.joining(", "))
                        + (option.equals(COLUMN_OPTION) ? ", " + PRECISION + ", or " + FIGURE_OF + "METRIC" : ", or " + SOURCE_NAME + ", "
                        + SOURCE_KIND + ", " + SOURCE_RELIABILITY + ", " + REPAIR)));
                return Optional.empty();
            }
            MappingEntry earlier = mappedBy.get(column.get());
            if (earlier != null && earlier.fromFile() && !e.fromFile()) {
                unmap(column.get(), earlier);
            } else if (earlier != null && !earlier.fromFile() && e.fromFile()) {
                return Optional.empty();
            } else if (earlier != null) {
                problems.add(e.problem("the " + column.get().names().header() + " column is mapped already; map each "
                        + "column once"));
                return Optional.empty();
            }
            mappedBy.put(column.get(), e);
            return column;
        }

        /** Forgets what an entry of a mapping file said of a column, which an option of its own overrides. */
        private void unmap(EstimateColumn column, MappingEntry earlier) {
            columns.remove(column);
            templates.remove(column);
            values.remove(column);
            unixTime.remove(column);
            named.values().removeIf(earlier.where()::equals);
        }

        private void name(List<String> headers, MappingEntry e) {
            headers.forEach(h -> named.putIfAbsent(h, e.where()));
        }

        /**
         * Checks that a wide mapping maps no metric or figure of its own, and makes the fixed source
         * from its details, which need a Source value.
         */
        void finish() {
            if (firstWide != null && FIGURES.stream().anyMatch(mappedBy::containsKey)) {
                problems.add(firstWide.problem("a wide table's metrics come from their own figure columns (Figure of "
                        + "METRIC=HEADER); map no " + FIGURES.stream().filter(mappedBy::containsKey)
                        .map(c -> c.names().header()).collect(Collectors.joining(" or ")) + " beside them"));
            }
            if (details.isEmpty()) {
                return;
            }
            MappingEntry first = details.values().iterator().next();
            String id = values.get(EstimateColumn.SOURCE);
            if (id == null) {
                problems.add(first.problem("the details of a source need the source: give the Source a value, its id "
                        + "such as ucdp"));
                return;
            }
            SourceKind kind = detail(SOURCE_KIND, SourceKind::fromWords).orElse(SourceKind.OTHER);
            Optional<Reliability> reliability = detail(SOURCE_RELIABILITY, Reliability::parse);
            Optional<String> name = detail(SOURCE_NAME, text -> text);
            try {
                Source fixed = Source.of(id, name.orElse(id), kind);
                source = reliability.map(fixed::withReliability).orElse(fixed);
            } catch (IllegalArgumentException ex) {
                problems.add(first.problem(ex.getMessage()));
            }
        }

        /** A detail of the fixed source, read; empty, with a problem at its entry, if it cannot be read. */
        private <T> Optional<T> detail(String name, java.util.function.Function<String, T> read) {
            MappingEntry entry = details.get(name.toLowerCase(java.util.Locale.ROOT));
            try {
                return entry == null ? Optional.empty() : Optional.of(read.apply(entry.text()));
            } catch (IllegalArgumentException ex) {
                problems.add(entry.problem(ex.getMessage()));
                return Optional.empty();
            }
        }
    }
}
