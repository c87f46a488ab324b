package dev.tally.app.reliability;

import dev.tally.core.model.Citation;
import dev.tally.core.model.Estimate;
import dev.tally.core.model.Ledger;
import dev.tally.core.model.Metric;
import dev.tally.core.model.Period;
import dev.tally.core.testing.LedgerSeeds;
import dev.tally.core.testing.ModelArbitraries;
import dev.tally.core.model.Reliability;
import dev.tally.core.model.Source;
import dev.tally.core.model.SourceKind;
import dev.tally.core.model.Subject;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Small valid ledgers for the cross-format property: every quantity form and period form, both bases, every revision
 * kind, Unicode text (any UTF-16 units, right-to-left scripts and marks, emoji, characters that XML, JSON or a
 * spreadsheet treats specially, control characters, lone surrogates), text that a spreadsheet would take for a formula ({@code =}, {@code +}, {@code -},
 * {@code @}, tab, carriage return first), notes up to a spreadsheet cell's 32,767 characters, and optional fields
 * empty and full. Ledgers stay small (up to 3 sources, 2 subjects, 1 added metric and 6 estimates) so that a thousand
 * of them go through every format quickly. Revisions point back to earlier estimates of the same subject and metric,
 * so there are no cycles.
 */
final class CrossFormatLedgers {

    /** The most characters a spreadsheet cell holds. */
    static final int CELL_LIMIT = 32_767;

    private static final LocalDate FIRST_DAY = LocalDate.of(1000, 1, 1);
    private static final LocalDate LAST_DAY = LocalDate.of(9999, 12, 31);

    /** What a spreadsheet program reads as the start of a formula, or strips or breaks on. */
    static final List<String> FORMULA_STARTS = List.of("=", "+", "-", "@", "\t", "\r");

    /**
     * Pieces of text that stress an encoder: scripts, marks, emoji, escapes, line breaks, and the characters XML 1.0
     * cannot hold (control characters, lone surrogates, U+FFFE, U+FFFF), which a workbook holds as {@code _xHHHH_}.
     */
    private static final List<String> PIECES = List.of("a", "Z", "7", " ", "é", "ß", "漢字", "한국어", "שלום", "مرحبا",
            "\u200f", "\u202e", "\u200b", "😀", "👩‍👩‍👧", "🇰🇷", "\"", "\\", "/", "'", "<", ">", "&", "&amp;", "]]>",
            "_x0041_", "_x000D_", "_x005F_", "_x0041", "_x", "_", "\u007f", "\u0085", "\t", "\n", "\r", "\r\n", "\u2028", "\u2029",
            "\u0000", "\u0001", "\u001b", "\u001f", "\ud800", "\udfff", "\ufffe", "\uffff",
            "\ufeff", "\ufffd", "~4700", "2025-01", "=SUM(A1:A9)", "1e3", "00123", "TRUE");

    private CrossFormatLedgers() {
    }

    /** Non-blank texts: stressful pieces (see {@link #PIECES}), any UTF-16 units, or either behind a formula start. */
    static Arbitrary<String> texts() {
        Arbitrary<String> pieces = Arbitraries.of(PIECES).list().ofMinSize(1).ofMaxSize(8)
                .map(list -> String.join("", list));
        Arbitrary<String> anyChars = Arbitraries.strings().all().ofMinLength(1).ofMaxLength(20);
        Arbitrary<String> plain = Arbitraries.oneOf(pieces, anyChars);
        Arbitrary<String> formulaLike = Combinators.combine(Arbitraries.of(FORMULA_STARTS), plain).as(String::concat);
        return Arbitraries.frequencyOf(
                Tuple.of(3, plain), Tuple.of(1, formulaLike)).filter(t -> !t.isBlank());
    }

    /**
     * Texts of up to a cell's limit, trimmed as {@link #optionalTexts()} says: short ones, any UTF-16 units 1,000 to
     * 32,767 long, or a short text repeated to that length (such a text deflates better than 100 to 1, which a zip bomb
     * check must allow).
     */
    static Arbitrary<String> notes() {
        Arbitrary<String> long_ = Arbitraries.strings().all().ofMinLength(1_000).ofMaxLength(CELL_LIMIT)
                .withoutEdgeCases();
        Arbitrary<String> longest = Arbitraries.strings().all().ofLength(CELL_LIMIT).withoutEdgeCases();
        Arbitrary<String> repeated = Combinators.combine(texts(), Arbitraries.integers().between(1_000, CELL_LIMIT))
                .as((text, length) -> text.repeat(length / text.length() + 1).substring(0, length));
        return Arbitraries.frequencyOf(Tuple.of(8, texts()), Tuple.of(1, long_), Tuple.of(1, longest),
                Tuple.of(1, repeated)).map(CrossFormatLedgers::trimSpaces).filter(text -> !text.isBlank());
    }

    /** A day, month or year from the year 1000 to 9999 (a workbook holds a day before March 1900 as text). */
    static Arbitrary<Period> points() {
        Arbitrary<LocalDate> days = Arbitraries.longs().between(FIRST_DAY.toEpochDay(), LAST_DAY.toEpochDay())
                .map(LocalDate::ofEpochDay);
        return Arbitraries.oneOf(days.map(Period::of), days.map(d -> Period.of(YearMonth.from(d))),
                days.map(d -> Period.of(Year.of(d.getYear()))));
    }

    /** Points and intervals between two points (a point where the two make no interval). */
    static Arbitrary<Period> periods() {
        Arbitrary<Period> intervals = Combinators.combine(points(), points(), points()).as((a, b, point) -> {
            Period from = a.end().isAfter(b.end()) ? b : a;
            Period to = from == a ? b : a;
            try {
                return Period.between(from, to);
            } catch (IllegalArgumentException e) {
                return point;
            }
        });
        return Arbitraries.oneOf(points(), intervals);
    }

    /**
     * Optional texts without spaces or no-break spaces around them: the workbook reader trims those from every cell
     * (tabs and line breaks stay), by design, so that a stray space typed in a cell is not data.
     */
    static Arbitrary<Optional<String>> optionalTexts() {
        return texts().map(CrossFormatLedgers::trimSpaces).filter(text -> !text.isBlank()).optional(0.5);
    }

    private static String trimSpaces(String text) {
        return text.replaceAll("^[ \u00a0]+|[ \u00a0]+$", "");
    }

    static Arbitrary<Source> sources() {
        Arbitrary<Optional<String>> countries = Arbitraries.of(Locale.getISOCountries()).optional(0.5);
        Arbitrary<String> names = texts().map(CrossFormatLedgers::trimSpaces).filter(text -> !text.isBlank());
        return Combinators.combine(ModelArbitraries.ids(), names, Arbitraries.of(SourceKind.class), countries,
                Arbitraries.of(Reliability.class).optional(0.5)).as(Source::new);
    }

    /**
     * Any text as a URL, as the workbook reader reads the URL cell: like an id, without white space around it or a
     * leading apostrophe (a spreadsheet's mark for "this is text"), by design.
     */
    private static Arbitrary<String> urlTexts() {
        return texts().map(text -> text.strip().replaceFirst("^'+", "").strip()).filter(text -> !text.isEmpty());
    }

    static Arbitrary<Citation> citations() {
        Arbitrary<Optional<String>> urls = Arbitraries.oneOf(urlTexts().optional(0.5),
                ModelArbitraries.ids().map(path -> Optional.of("https://example.org/" + path)), Arbitraries.just(Optional.of(
                        "mailto:desk@example.org")));
        return Combinators.combine(optionalTexts(), optionalTexts(), urls, notes().optional(0.7))
                .as((title, publisher, url, quote) -> new Citation(title, publisher, url,
                        title.or(() -> publisher).or(() -> url).isEmpty() && quote.isEmpty() ? Optional.of("q") : quote));
    }

    private static Arbitrary<LedgerSeeds.Seed> seeds() {
        return LedgerSeeds.seeds(periods(), points(), optionalTexts(), citations(), notes().optional(0.6));
    }

    private static Arbitrary<Metric> metrics() {
        return ModelArbitraries.addedMetrics(texts(), synonyms());
    }

    /**
     * Synonyms without white space or no-break spaces around them: the metric strips the first, the workbook reader
     * trims the second from the ends of a cell, by design.
     */
    private static Arbitrary<String> synonyms() {
        return ModelArbitraries.synonyms(texts()).map(CrossFormatLedgers::stripAll).filter(text -> !text.isEmpty());
    }

    private static String stripAll(String text) {
        String stripped = trimSpaces(text.strip());
        return stripped.equals(text) ? text : stripAll(stripped);
    }

    /** Valid ledgers of 1 to 3 sources, 1 or 2 subjects, up to 1 added metric and up to 6 estimates. */
    static Arbitrary<Ledger> ledgers() {
        Arbitrary<List<Source>> sources = sources().list().ofMinSize(1).ofMaxSize(3).uniqueElements(Source::id);
        Arbitrary<List<Subject>> subjects = Combinators.combine(ModelArbitraries.ids(), texts()).as(Subject::new).list().ofMinSize(1)
                .ofMaxSize(2).uniqueElements(Subject::id);
        Arbitrary<List<Metric>> metrics = metrics().list().ofMaxSize(1);
        return Combinators.combine(sources, subjects, metrics, seeds().list().ofMaxSize(6))
                .as(LedgerSeeds::ledger);
    }

    /**
     * Ledgers of what one CSV file holds, as docs/csv-format.md says: sources and subjects named by
     * their ids (slugs, as the reader makes ids of names), sources of kind other with no country or
     * grade, only the sources and subjects the estimates name (the rows are all a table says), no added
     * metrics, and texts without the NUL character and lone surrogates, which the CSV writer refuses.
     * Everything else varies as in {@link #ledgers()}.
     */
    static Arbitrary<Ledger> oneTableLedgers() {
        Arbitrary<String> slugs = Arbitraries.strings().withCharRange('a', 'z').numeric().ofMinLength(1)
                .ofMaxLength(6).list().ofMinSize(1).ofMaxSize(3).map(parts -> String.join("-", parts));
        Arbitrary<List<Source>> sources = slugs.list().ofMinSize(1).ofMaxSize(3).uniqueElements()
                .map(ids -> ids.stream().map(id -> Source.of(id, id, SourceKind.OTHER)).toList());
        Arbitrary<List<Subject>> subjects = slugs.list().ofMinSize(1).ofMaxSize(2).uniqueElements()
                .map(ids -> ids.stream().map(id -> new Subject(id, id)).toList());
        return Combinators.combine(sources, subjects, Arbitraries.just(List.<Metric>of()), seeds().list().ofMaxSize(6))
                .as(LedgerSeeds::ledger).map(CrossFormatLedgers::asOneTable);
    }

    /**
     * The ledger with only the sources and subjects its estimates name, in the order the estimates
     * first name them (as a table's rows make them), and each NUL character and lone surrogate of its
     * estimates' texts made U+FFFD.
     */
    private static Ledger asOneTable(Ledger ledger) {
        Ledger.Builder builder = Ledger.builder();
        ledger.estimates().stream().map(Estimate::source).distinct()
                .forEach(id -> builder.add(ledger.source(id).orElseThrow()));
        ledger.estimates().stream().map(Estimate::subject).distinct()
                .forEach(id -> builder.add(ledger.subject(id).orElseThrow()));
        ledger.estimates().forEach(e -> builder.add(e.toBuilder().via(e.via().map(CrossFormatLedgers::encodable)
                .orElse(null)).note(e.note().map(CrossFormatLedgers::encodable).orElse(null))
                .citation(e.citation().map(c -> new Citation(c.title().map(CrossFormatLedgers::encodable),
                        c.publisher().map(CrossFormatLedgers::encodable), c.url().map(CrossFormatLedgers::encodable),
                        c.quote().map(CrossFormatLedgers::encodable))).orElse(null)).build()));
        return builder.build();
    }

    private static String encodable(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean pair = Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1));
            if (pair) {
                out.append(c).append(text.charAt(++i));
            } else {
                out.append(c == '\0' || Character.isSurrogate(c) ? '\ufffd' : c);
            }
        }
        return out.toString();
    }
}
