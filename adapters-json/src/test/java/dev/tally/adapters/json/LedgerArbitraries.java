package dev.tally.adapters.json;

import dev.tally.core.model.Citation;
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

/**
 * Valid ledgers for property tests: every quantity form and period form, both bases, every
 * revision kind, Unicode text (right-to-left scripts, emoji, characters JSON escapes, control
 * characters), optional fields empty and full, and the largest counts. Revisions point back to
 * earlier estimates of the same subject and metric, so there are no cycles.
 */
final class LedgerArbitraries {

    /** Pieces of text that stress an encoder: scripts, emoji, escapes, control characters, lone surrogates. */
    private static final List<String> PIECES = List.of("a", "Z", "7", " ", "é", "ß", "漢字", "한국어", "שלום", "مرحبا",
            "\u200f", "\u202e", "😀", "👩‍👩‍👧", "🇰🇷", "\"", "\\", "/", "'", "<", "&", "\u0000", "\u0001", "\u001f",
            "\u007f", "\t", "\n", "\r", "\u2028", "\u2029", "\ufeff", "\uffff", "\ud800", "\udfff", "~4700", "2025-01");

    private LedgerArbitraries() {
    }

    /** Non-blank texts made of stressful pieces, or of any characters but lone surrogates. */
    static Arbitrary<String> texts() {
        Arbitrary<String> pieces = Arbitraries.of(PIECES).list().ofMinSize(1).ofMaxSize(12)
                .map(list -> String.join("", list));
        Arbitrary<String> anyChars = Arbitraries.strings().withCharRange('\u0000', '\ud7ff')
                .withCharRange('\ue000', '\uffff').ofMinLength(1).ofMaxLength(30);
        return Arbitraries.oneOf(pieces, anyChars).filter(text -> !text.isBlank());
    }




    /** A day, month or year (no interval). */
    static Arbitrary<Period> points() {
        Arbitrary<LocalDate> days = Arbitraries.integers().between(0, 3_287_181)
                .map(offset -> LocalDate.of(1000, 1, 1).plusDays(offset));
        return Arbitraries.oneOf(days.map(Period::of), days.map(d -> Period.of(YearMonth.from(d))),
                days.map(d -> Period.of(Year.of(d.getYear()))));
    }

    static Arbitrary<Period> periods() {
        Arbitrary<Period> intervals = Combinators.combine(points(), points()).as((a, b) -> {
            Period from = a.end().isAfter(b.end()) ? b : a;
            Period to = from == a ? b : a;
            try {
                return Period.between(from, to);
            } catch (IllegalArgumentException e) {
                return from;
            }
        });
        return Arbitraries.oneOf(points(), intervals);
    }

    static Arbitrary<Optional<String>> optionalTexts() {
        return texts().optional(0.5);
    }

    static Arbitrary<Source> sources() {
        Arbitrary<Optional<String>> countries = Arbitraries.of(Locale.getISOCountries()).optional(0.5);
        return Combinators.combine(ModelArbitraries.ids(), texts(), Arbitraries.of(SourceKind.class), countries,
                Arbitraries.of(Reliability.class).optional(0.5)).as(Source::new);
    }

    static Arbitrary<Citation> citations() {
        return Combinators.combine(optionalTexts(), optionalTexts(), optionalTexts(), texts())
                .as((title, publisher, url, quote) -> new Citation(title, publisher, url, Optional.of(quote)));
    }

    private static Arbitrary<LedgerSeeds.Seed> seeds() {
        return LedgerSeeds.seeds(periods(), points(), optionalTexts(), citations(), optionalTexts());
    }

    private static Arbitrary<Metric> metrics() {
        return ModelArbitraries.addedMetrics(texts(), ModelArbitraries.synonyms(texts()));
    }

    /** Valid ledgers of up to a few dozen estimates. */
    static Arbitrary<Ledger> ledgers() {
        Arbitrary<List<Source>> sources = sources().list().ofMinSize(1).ofMaxSize(4).uniqueElements(Source::id);
        Arbitrary<List<Subject>> subjects = Combinators.combine(ModelArbitraries.ids(), texts()).as(Subject::new).list().ofMinSize(1)
                .ofMaxSize(3).uniqueElements(Subject::id);
        Arbitrary<List<Metric>> metrics = metrics().list().ofMaxSize(2).uniqueElements(Metric::id);
        return Combinators.combine(sources, subjects, metrics, seeds().list().ofMaxSize(25))
                .as(LedgerSeeds::ledger);
    }
}
