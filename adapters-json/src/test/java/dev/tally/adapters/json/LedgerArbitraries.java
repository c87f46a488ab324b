package dev.tally.adapters.json;

import dev.tally.core.model.Basis;
import dev.tally.core.model.Citation;
import dev.tally.core.model.Credibility;
import dev.tally.core.model.Estimate;
import dev.tally.core.model.Ledger;
import dev.tally.core.model.Metric;
import dev.tally.core.model.MetricCatalog;
import dev.tally.core.model.Period;
import dev.tally.core.model.Quantity;
import dev.tally.core.testing.ModelArbitraries;
import dev.tally.core.model.Reliability;
import dev.tally.core.model.RevisionKind;
import dev.tally.core.model.Source;
import dev.tally.core.model.SourceKind;
import dev.tally.core.model.Subject;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
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

    /** An estimate's required content, with the records it names as indexes resolved later. */
    private record Core(int source, int subject, int metric, Quantity quantity, Period asOf, Basis basis,
                        Period reported) {
    }

    /** An estimate's optional content, with its revisions as picks among earlier estimates. */
    private record Extras(Optional<String> via, Optional<Credibility> credibility, Optional<Citation> citation,
                          Optional<String> note, List<Integer> revises, List<RevisionKind> kinds) {
    }

    private record Seed(Core core, Extras extras) {
    }

    private static Arbitrary<Seed> seeds() {
        Arbitrary<Integer> pick = Arbitraries.integers().between(0, 1_000);
        Arbitrary<Core> cores = Combinators.combine(pick, pick, pick, ModelArbitraries.quantities(), periods(),
                Arbitraries.of(Basis.class), points()).as(Core::new);
        Arbitrary<Extras> extras = Combinators.combine(optionalTexts(), Arbitraries.of(Credibility.class).optional(0.5),
                citations().optional(0.5), optionalTexts(), pick.list().ofMaxSize(3),
                Arbitraries.of(RevisionKind.class).list().ofSize(3)).as(Extras::new);
        return Combinators.combine(cores, extras).as(Seed::new);
    }

    private static Arbitrary<Metric> metrics() {
        Arbitrary<Optional<String>> builtIn = Arbitraries.of(MetricCatalog.builtIn()).map(Metric::id).optional(0.5);
        return Combinators.combine(ModelArbitraries.ids().map(id -> "x-" + id), texts(), texts(), builtIn, builtIn,
                texts().list().ofMaxSize(3)).as(Metric::new);
    }

    /** Valid ledgers of up to a few dozen estimates. */
    static Arbitrary<Ledger> ledgers() {
        Arbitrary<List<Source>> sources = sources().list().ofMinSize(1).ofMaxSize(4).uniqueElements(Source::id);
        Arbitrary<List<Subject>> subjects = Combinators.combine(ModelArbitraries.ids(), texts()).as(Subject::new).list().ofMinSize(1)
                .ofMaxSize(3).uniqueElements(Subject::id);
        Arbitrary<List<Metric>> metrics = metrics().list().ofMaxSize(2).uniqueElements(Metric::id);
        return Combinators.combine(sources, subjects, metrics, seeds().list().ofMaxSize(25))
                .as(LedgerArbitraries::ledger);
    }

    private static Ledger ledger(List<Source> sources, List<Subject> subjects, List<Metric> custom, List<Seed> seeds) {
        Ledger.Builder ledger = Ledger.builder();
        sources.forEach(ledger::add);
        subjects.forEach(ledger::add);
        custom.forEach(ledger::add);
        List<Metric> metrics = new ArrayList<>(MetricCatalog.builtIn());
        metrics.addAll(custom);
        List<Estimate> estimates = new ArrayList<>();
        for (int i = 0; i < seeds.size(); i++) {
            Core core = seeds.get(i).core();
            Extras extras = seeds.get(i).extras();
            String subject = subjects.get(core.subject() % subjects.size()).id();
            String metric = metrics.get(core.metric() % metrics.size()).id();
            List<Estimate> earlier = estimates.stream()
                    .filter(e -> e.subject().equals(subject) && e.metric().equals(metric)).toList();
            Estimate.Builder estimate = Estimate.builder().id("e" + i)
                    .source(sources.get(core.source() % sources.size()).id()).subject(subject).metric(metric)
                    .quantity(core.quantity()).asOf(core.asOf()).basis(core.basis()).reported(core.reported())
                    .via(extras.via().orElse(null)).credibility(extras.credibility().orElse(null))
                    .citation(extras.citation().orElse(null)).note(extras.note().orElse(null));
            if (!earlier.isEmpty()) {
                List<String> targets = List.copyOf(extras.revises().stream()
                        .map(p -> earlier.get(p % earlier.size()).id())
                        .collect(Collectors.toCollection(LinkedHashSet::new)));
                IntStream.range(0, targets.size()).forEach(k -> estimate.revises(targets.get(k), extras.kinds().get(k)));
            }
            Estimate built = estimate.build();
            estimates.add(built);
            ledger.add(built);
        }
        return ledger.build();
    }
}
