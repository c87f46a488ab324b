package dev.tally.core.table;

import dev.tally.core.model.Basis;
import dev.tally.core.model.Citation;
import dev.tally.core.model.Credibility;
import dev.tally.core.model.Estimate;
import dev.tally.core.model.Ledger;
import dev.tally.core.model.Metric;
import dev.tally.core.model.Period;
import dev.tally.core.model.Quantity;
import dev.tally.core.model.Reliability;
import dev.tally.core.model.Revision;
import dev.tally.core.model.RevisionKind;
import dev.tally.core.model.Source;
import dev.tally.core.model.SourceKind;
import dev.tally.core.model.StatedFigure;
import dev.tally.core.model.Subject;
import dev.tally.core.spi.Location;
import dev.tally.core.spi.PlacedLedger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reads a ledger from tables of cells, whatever format holds them: the optional Sources, Subjects
 * and Metrics tables, then the table of estimates, resolving the names the cells use, and builds
 * the ledger, all or nothing. A workbook and a CSV file with the same cells give the same ledger
 * and the same problems; {@code docs/spreadsheet-format.md} says which forms are read.
 *
 * <p>Not thread-safe: an import reads one input once.
 */
public final class TableImport {

    /** The kinds of revision by the names a Revises cell gives them after a colon. */
    private static final Map<String, RevisionKind> KINDS = Arrays.stream(RevisionKind.values())
            .collect(Collectors.toUnmodifiableMap(RevisionKind::toText, kind -> kind));
    /** What separates the ids of a Revises cell and the synonyms of a metric. */
    private static final String SEPARATORS = ";,\r\n";

    /** The id of the subject of rows that name none. */
    static final String DEFAULT_SUBJECT = "unspecified";
    static final String DEFAULT_SUBJECT_NAME = "Unspecified subject";

    /** The name of the table of sources. */
    public static final String SOURCES = "Sources";
    /** The name of the table of subjects. */
    public static final String SUBJECTS = "Subjects";
    /** The name of the table of the metrics a ledger adds or defines anew. */
    public static final String METRICS = "Metrics";
    /** The name of the table of estimates. */
    public static final String ESTIMATES = "Estimates";

    private final Tables tables;
    private final ColumnMapping mapping;
    private final Problems problems = new Problems();
    private final LedgerAssembly assembly = new LedgerAssembly();
    private final Registry sources = new Registry();
    private final Registry subjects = new Registry();
    private final RepeatedClaims repeatedClaims = new RepeatedClaims();
    private boolean sourcesListed;
    private boolean subjectsListed;
    private Ledger metrics = Ledger.empty();
    /** The metric ids of the names the Metric cells give, once {@link #metrics} is read. */
    private final Memo<String> metricIds = new Memo<>(this::findMetricId);
    private final Memo<Period> periods = new Memo<>(Period::parse);
    /** The periods of date cells, by their number format: a workbook has few formats, each read alike. */
    private final Map<String, Memo<Period>> dates = new HashMap<>();
    private final Memo<StatedFigure> figures = new Memo<>(StatedFigure::parse);
    private final Memo<Basis> bases = new Memo<>(Basis::parse);
    private final Memo<Credibility> credibilities = new Memo<>(TableImport::credibility);
    /* The readings of the cells of estimates, made once: one that refers to the import is made per row otherwise. */
    private final Function<String, Period> periodText = periods::get;
    private final Function<Cell, Period> periodCell = this::period;
    private final Function<String, StatedFigure> figureText = figures::get;
    private final Function<Cell, StatedFigure> figureCell = c -> CellValues.statedFigure(c, figureText);
    private final Function<Cell, Basis> basisCell = c -> bases.get(CellValues.token(c));
    private final Function<Cell, Credibility> credibilityCell = c -> credibilities.get(CellValues.token(c));
    private final Function<Cell, String> metricCell = c -> metricIds.get(CellValues.text(c));
    private final Function<Cell, String> sourceCell = c -> sourceId(CellValues.text(c));
    private final Function<Cell, String> subjectCell = c -> subjectId(CellValues.text(c));
    private final Function<Cell, List<Revision>> revisesCell = c -> revisions(CellValues.token(c));
    /** The row of estimates being read, at whose cells the sources and subjects it makes are placed. */
    private TableRow<EstimateColumn> estimateRow;

    private TableImport(Tables tables, ColumnMapping mapping) {
        this.tables = tables;
        this.mapping = mapping;
    }

    /**
     * Reads the ledger that tables hold, with the cells each estimate was read from.
     *
     * @param tables  the input's tables, not null
     * @return the ledger, each estimate's fields placed at their cells
     * @throws dev.tally.core.spi.InvalidInputException with every problem of the input, each at its place
     */
    public static PlacedLedger read(Tables tables) {
        return read(tables, ColumnMapping.none());
    }

    /**
     * Reads the ledger that tables hold, the columns of the table of estimates as a mapping says.
     *
     * @param tables  the input's tables, not null
     * @param mapping  where the columns of estimates come from, not null
     * @return the ledger, each estimate's fields placed at their cells
     * @throws dev.tally.core.spi.InvalidInputException with every problem of the input, each at its place
     */
    public static PlacedLedger read(Tables tables, ColumnMapping mapping) {
        return new TableImport(tables, mapping).read();
    }

    private PlacedLedger read() {
        // A Sources or Subjects sheet with no rows, as in a template, lists nothing: names make records.
        sourcesListed = readSheet(SOURCES, SourceColumn.class, this::source) && !sources.isEmpty();
        subjectsListed = readSheet(SUBJECTS, SubjectColumn.class, this::subject) && !subjects.isEmpty();
        readSheet(METRICS, MetricColumn.class, this::metric);
        metrics = assembly.metricsOnly(problems);
        mapping.source().ifPresent(s -> {
            assembly.add(s, new Location.Whole());
            sources.register(s.id(), s.name());
        });
        readEstimates();
        problems.throwIfAny();
        PlacedLedger ledger = assembly.build(problems);
        problems.throwIfAny();
        return ledger;
    }

    /** Reads an optional table; false if the input has none of that name. */
    private <C extends Enum<C> & Heading> boolean readSheet(String name, Class<C> type,
                                                             Consumer<RowValues<C>> record) {
        Optional<String> sheet = tables.find(name);
        sheet.ifPresent(s -> readTable(s, type, record));
        return sheet.isPresent();
    }

    private <C extends Enum<C> & Heading> void readTable(String sheet, Class<C> type, Consumer<RowValues<C>> record) {
        Consumer<TableRow<C>> rows = new RowValues<C>(problems).reading(record);
        TableReader<C> reader = new TableReader<>(tables, sheet, type, false, problems,
                type.equals(EstimateColumn.class) ? mapping : ColumnMapping.none(), rows);
        Optional<dev.tally.core.spi.Problem> stopped = ReadAhead.read(tables, sheet, reader);
        stopped.ifPresent(problems::add);
        if (stopped.isEmpty() && !reader.headerFound()) {
            problems.add(tables.row(sheet, 1), "no header row in the first " + TableLimits.HEADER_SEARCH_ROWS
                    + " rows; write a row of column headers such as " + Arrays.stream(type.getEnumConstants())
                    .filter(c -> c.names().required()).map(c -> c.names().header()).collect(Collectors.joining(", ")));
        }
    }

    private void readEstimates() {
        Optional<String> sheet = tables.find(ESTIMATES).or(this::findEstimatesSheet);
        if (sheet.isEmpty()) {
            problems.add(new Location.Whole(), "no sheet of estimates: name a sheet \"Estimates\", or give a sheet a "
                    + "header row with Source, Metric, Figure and As of columns");
            return;
        }
        readTable(sheet.get(), EstimateColumn.class, this::estimate);
    }

    /** The first candidate table whose header row names every required column of estimates. */
    private Optional<String> findEstimatesSheet() {
        for (String sheet : tables.estimateCandidates()) {
            TableReader<EstimateColumn> reader = new TableReader<>(tables, sheet, EstimateColumn.class, true,
                    new Problems(), mapping, row -> { });
            Optional<dev.tally.core.spi.Problem> stopped = tables.read(sheet, row -> {
                reader.row(row);
                if (reader.headerFound()) {
                    throw new StopReading();
                }
            });
            if (reader.headerFound()) {
                return Optional.of(sheet);
            }
            stopped.ifPresent(problems::add);
        }
        return Optional.empty();
    }

    private void source(RowValues<SourceColumn> v) {
        String id = v.required(SourceColumn.ID, c -> Source.of(CellValues.token(c), "x", SourceKind.OTHER).id(),
                "write a short id such as nis");
        String name = v.required(SourceColumn.NAME, CellValues::text, "write the source's name");
        SourceKind kind = v.optional(SourceColumn.KIND, c -> SourceKind.fromWords(CellValues.token(c)));
        String country = v.optional(SourceColumn.COUNTRY,
                c -> Source.of("x", "x", SourceKind.OTHER).withCountry(CellValues.token(c)).country().orElseThrow());
        Reliability reliability = v.optional(SourceColumn.RELIABILITY, c -> Reliability.parse(CellValues.token(c)));
        if (v.failed()) {
            if (id != null) {
                sources.register(id, name == null ? id : name);
            }
            return;
        }
        assembly.add(new Source(id, name, kind == null ? SourceKind.OTHER : kind, Optional.ofNullable(country),
                Optional.ofNullable(reliability)), v.row().at(SourceColumn.ID));
        sources.register(id, name);
    }

    private void subject(RowValues<SubjectColumn> v) {
        String id = v.required(SubjectColumn.ID, c -> new Subject(CellValues.token(c), "x").id(),
                "write a short id such as dprk-forces-russia");
        String name = v.required(SubjectColumn.NAME, CellValues::text, "write what is counted");
        if (id != null) {
            subjects.register(id, name == null ? id : name);
        }
        if (!v.failed()) {
            assembly.add(new Subject(id, name), v.row().at(SubjectColumn.ID));
        }
    }

    private void metric(RowValues<MetricColumn> v) {
        String id = v.required(MetricColumn.ID, CellValues::token, "write a short id such as detained");
        String name = v.required(MetricColumn.NAME, CellValues::text, "write the metric's name");
        String unit = v.text(MetricColumn.UNIT);
        String partOf = v.token(MetricColumn.PART_OF);
        String cannotExceed = v.token(MetricColumn.CANNOT_EXCEED);
        String synonyms = v.text(MetricColumn.SYNONYMS);
        if (v.failed()) {
            return;
        }
        try {
            assembly.add(new Metric(id, name, unit == null ? "people" : unit, Optional.ofNullable(partOf),
                    Optional.ofNullable(cannotExceed), synonyms == null ? List.of() : split(synonyms)), v.row());
        } catch (IllegalArgumentException e) {
            v.fail(MetricColumn.ID, e.getMessage());
        }
    }

    private void estimate(RowValues<EstimateColumn> v) {
        TableRow<EstimateColumn> row = v.row();
        estimateRow = row;
        String source = v.required(EstimateColumn.SOURCE, sourceCell, "write the source's id or name");
        String subject = row.has(EstimateColumn.SUBJECT) ? v.optional(EstimateColumn.SUBJECT, subjectCell)
                : defaultSubject(row.row());
        StatedFigure figure = FigureCells.read(v, mapping, figureCell);
        Quantity quantity = figure == null ? null : figure.quantity();
        String metric = metric(v, figure == null ? Optional.empty() : figure.words());
        Period asOf = v.required(EstimateColumn.AS_OF, periodCell, CellValues.periodHint());
        Period reported = v.optional(EstimateColumn.REPORTED, periodCell);
        Basis basis = v.optional(EstimateColumn.BASIS, basisCell);
        Credibility credibility = v.optional(EstimateColumn.CREDIBILITY, credibilityCell);
        List<Revision> revises = v.optional(EstimateColumn.REVISES, revisesCell);
        String via = v.text(EstimateColumn.VIA);
        Citation citation = citation(v);
        String note = v.text(EstimateColumn.NOTE);
        String id = v.token(EstimateColumn.ID);
        if (v.failed()) {
            return;
        }
        Period when = reported == null ? asOf : reported;
        try {
            Estimate estimate = new Estimate(id == null ? generatedId(source, subject, metric, quantity, asOf, when)
                    : id, source, subject, metric, quantity, asOf, basis == null ? Basis.CUMULATIVE : basis, when,
                    Optional.ofNullable(via), Optional.ofNullable(credibility), Optional.ofNullable(citation),
                    Optional.ofNullable(note), revises == null ? List.of() : revises);
            Optional<String> repeated = id == null ? repeatedClaims.repeat(estimate, row.number()) : Optional.empty();
            if (repeated.isPresent()) {
                problems.add(row.row(), repeated.get());
                return;
            }
            assembly.add(estimate, row.layout(), row.number());
        } catch (IllegalArgumentException e) {
            v.fail(e.getMessage().startsWith("estimate id") ? EstimateColumn.ID : EstimateColumn.REVISES, e.getMessage());
        }
    }

    private static Citation citation(RowValues<EstimateColumn> v) {
        String title = v.text(EstimateColumn.TITLE);
        String publisher = v.text(EstimateColumn.PUBLISHER);
        String url = v.token(EstimateColumn.URL);
        String quote = v.text(EstimateColumn.QUOTE);
        if (title == null && publisher == null && url == null && quote == null) {
            return null;
        }
        return new Citation(Optional.ofNullable(title), Optional.ofNullable(publisher), Optional.ofNullable(url),
                Optional.ofNullable(quote));
    }

    /** The period a cell holds; the texts of periods, and the dates of each number format, are read once each. */
    private Period period(Cell cell) {
        if (cell.type() == Cell.Type.DATE) {
            return dates.computeIfAbsent(cell.format(), format -> new Memo<>(text -> CellValues.date(text, format)))
                    .get(cell.text());
        }
        return CellValues.period(cell, periodText);
    }

    /** An id for a row that gives none: the source's id and a hash of what the row claims. */
    private static String generatedId(String source, String subject, String metric, Quantity quantity, Period asOf,
                                      Period reported) {
        return source + "-" + Slugs.hash(source, subject, metric, quantity.toText(), asOf.toText(), reported.toText());
    }

    /** The id of the source the row read names; a source it makes is placed at the row's Source cell. */
    private String sourceId(String text) {
        return resolve(sources, sourcesListed, "source", SOURCES, text,
                id -> assembly.add(Source.of(id, text, SourceKind.OTHER), estimateRow.at(EstimateColumn.SOURCE)));
    }

    /** The id of the subject the row read names; a subject it makes is placed at the row's Subject cell. */
    private String subjectId(String text) {
        return resolve(subjects, subjectsListed, "subject", SUBJECTS, text,
                id -> assembly.add(new Subject(id, text), estimateRow.at(EstimateColumn.SUBJECT)));
    }

    /**
     * The id of the record a cell names. When the workbook lists such records on a sheet, the
     * cell must name one of them; otherwise a record is made with the slug of the text as its id.
     */
    private static String resolve(Registry registry, boolean listed, String what, String sheet, String text,
                                  Consumer<String> create) {
        String known = registry.find(text);
        if (known != null) {
            return known;
        }
        if (listed) {
            throw new IllegalArgumentException("\"" + text + "\" is not a " + what + " of the " + sheet + " sheet; use "
                    + "an Id or Name listed there, or add the " + what + " to it");
        }
        String id = Slugs.slug(text, what);
        if (!registry.hasId(id)) {
            create.accept(id);
        }
        registry.register(id, text);
        return id;
    }

    private String defaultSubject(Location place) {
        if (!subjects.hasId(DEFAULT_SUBJECT)) {
            assembly.add(new Subject(DEFAULT_SUBJECT, DEFAULT_SUBJECT_NAME), place);
            subjects.register(DEFAULT_SUBJECT, DEFAULT_SUBJECT_NAME);
        }
        return DEFAULT_SUBJECT;
    }

    /**
     * The row's metric: the Metric cell's, else the one the words after the figure name
     * ({@code 751 prisoners}), else the one the figure column's HXL tag names. Words that name
     * another metric than the Metric cell are a problem at the figure.
     */
    private String metric(RowValues<EstimateColumn> v, Optional<String> words) {
        TableRow<EstimateColumn> row = v.row();
        Optional<String> named = words.flatMap(metrics::findMetric).map(Metric::id);
        if (row.has(EstimateColumn.METRIC)) {
            String metric = v.optional(EstimateColumn.METRIC, metricCell);
            if (metric != null && named.isPresent() && !named.get().equals(metric)) {
                v.fail(EstimateColumn.FIGURE, "the words \"" + words.get() + "\" after the figure name the metric "
                        + named.get() + ", but the Metric cell says " + metric + "; write the figure alone, or make "
                        + "the two agree");
            }
            return metric;
        }
        if (named.isPresent()) {
            return named.get();
        }
        Optional<String> tagged = hxlMetric(row);
        if (tagged.isPresent()) {
            return tagged.get();
        }
        return v.required(EstimateColumn.METRIC, metricCell, "write a metric such as killed"
                + words.map(w -> " (the words \"" + w + "\" after the figure name no metric)").orElse(""));
    }

    private String findMetricId(String text) {
        return metrics.findMetric(text).map(Metric::id).orElseThrow(() -> new IllegalArgumentException(
                metrics.proposedJoinedMetric(text).map(m -> joinedMessage(text, m, metrics.joinedMetrics(text)
                        .orElseThrow())).orElseGet(() ->
                "\"" + text + "\" is not a metric; use one of " + metrics.metrics().stream().map(Metric::id)
                        .collect(Collectors.joining(", ")) + " (or a synonym such as KIA or POW), or add it to the "
                        + "Metrics sheet")));
    }

    /** Why a name that joins metrics names none, with the Metrics sheet row to add, ready to paste. */
    private static String joinedMessage(String text, Metric proposed, List<Metric> joined) {
        String parts = joined.stream().map(Metric::id).collect(Collectors.joining(", "));
        return "\"" + text + "\" joins the metrics " + parts + ", and no metric of the ledger has exactly those "
                + "parts; add this row to the Metrics sheet (Id, Name, Unit), ready to paste: " + proposed.id() + "\t"
                + proposed.name() + "\t" + proposed.unit() + " (its parts are " + parts + ": give each the Part of "
                + proposed.id() + " if it belongs to no other whole)";
    }

    /** The metric that the figure column's HXL tag names, as {@code #affected+killed} names killed. */
    private Optional<String> hxlMetric(TableRow<EstimateColumn> row) {
        return row.layout().attributes(EstimateColumn.FIGURE).stream().sorted()
                .map(metrics::findMetric).flatMap(Optional::stream).map(Metric::id).findFirst();
    }

    private static Credibility credibility(String text) {
        if (text.matches("[0-9]+.*")) {
            return Credibility.of(Integer.parseInt(text.replaceAll("^([0-9]{1,9}).*", "$1")));
        }
        return Arrays.stream(Credibility.values()).filter(c -> c.description().equalsIgnoreCase(text)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("\"" + text + "\" is not a credibility grade; write 1 "
                        + "(confirmed) to 5 (improbable), or 6 (cannot be judged)"));
    }

    /** Reads {@code id; id:correction}: ids separated by ';', ',' or line breaks, each with an optional kind. */
    static List<Revision> revisions(String text) {
        if (!hasSeparator(text)) {
            String part = text.strip();
            return part.isEmpty() ? List.of() : List.of(revision(part));
        }
        List<String> parts = split(text);
        Revision[] revisions = new Revision[parts.size()];
        for (int i = 0; i < revisions.length; i++) {
            revisions[i] = revision(parts.get(i));
        }
        return List.of(revisions);
    }

    /** Reads {@code id} or {@code id:kind}; an unknown kind is part of the id. */
    private static Revision revision(String part) {
        int colon = part.lastIndexOf(':');
        RevisionKind kind = colon < 0 ? null : KINDS.get(part.substring(colon + 1).strip().toLowerCase(Locale.ROOT));
        return kind == null ? Revision.update(part) : new Revision(part.substring(0, colon).strip(), kind);
    }

    /** Whether a text holds one of the {@link #SEPARATORS}: a Revises cell most often names one id. */
    private static boolean hasSeparator(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (SEPARATORS.indexOf(text.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** The parts of a text between ';', ',' and line breaks, stripped, empty ones left out. */
    private static List<String> split(String text) {
        List<String> parts = new ArrayList<>(1);
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || SEPARATORS.indexOf(text.charAt(i)) >= 0) {
                String part = text.substring(start, i).strip();
                if (!part.isEmpty()) {
                    parts.add(part);
                }
                start = i + 1;
            }
        }
        return parts;
    }
}
