package dev.tally.core.analysis;

import dev.tally.core.benchmark.Measured;
import dev.tally.core.model.Basis;
import dev.tally.core.model.Estimate;
import dev.tally.core.model.Ledger;
import dev.tally.core.model.Period;
import dev.tally.core.model.Quantity;
import dev.tally.core.model.Source;
import dev.tally.core.model.SourceKind;
import dev.tally.core.model.Subject;
import dev.tally.core.testing.GeneratedLedger;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Measures {@link Rollup} by month and {@link PeriodComparison} (reconcile by month) against a plain
 * single pass over the same estimates (summing their lows), in the same run, on two ledgers of
 * 1,000,000 estimates: event data shaped like UCDP's and ACLED's (daily increments with low, best and
 * high, 100 countries, two sources, ten years, one event in ten spanning three days) and the
 * {@link GeneratedLedger} (cumulative series with revisions and increments). Not a unit test.
 *
 * <p>Run from the repository root, after {@code mvn -o -pl core test-compile}:
 * <pre>
 * java -Xmx4g -cp core/target/classes:core/target/test-classes dev.tally.core.analysis.RollupBenchmark
 * </pre>
 * Optional argument: the number of estimates. Ends with one {@code ratio} line per target.
 */
public final class RollupBenchmark {

    private static final int RUNS = 5;
    private static final double TARGET = 5;

    private RollupBenchmark() {
    }

    /**
     * Runs the benchmark.
     *
     * @param args  optional: the number of estimates
     * @throws Exception if a step fails
     */
    public static void main(String[] args) throws Exception {
        int estimates = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        List<String> ratios = new ArrayList<>();
        ratios.addAll(measure(out, "events", events(estimates)));
        ratios.addAll(measure(out, "generated", GeneratedLedger.of(estimates, 1_000, 50, 1)));
        ratios.forEach(out::println);
    }

    private static List<String> measure(PrintStream out, String name, Ledger ledger) throws Exception {
        Knowledge all = Knowledge.ofAll(ledger);
        List<Estimate> list = ledger.estimates();
        Measured pass = Measured.of(name + ": single pass", RUNS, () -> {
            long sum = 0;
            for (Estimate estimate : list) {
                sum += estimate.quantity().low();
            }
            return sum;
        });
        Measured rollup = Measured.of(name + ": Rollup by month", RUNS,
                () -> Rollup.of(all, BucketSize.MONTH).totals().size() + " totals");
        Rollup months = Rollup.of(all, BucketSize.MONTH);
        Measured compared = Measured.of(name + ": reconcile by month", RUNS,
                () -> PeriodComparison.of(Rollup.of(all, BucketSize.MONTH), ledger).size() + " buckets");
        List.of(pass, rollup, compared).forEach(out::println);
        out.println(name + ": comparing alone from a made rollup of " + months.totals().size() + " totals: "
                + Measured.of("", RUNS, () -> PeriodComparison.of(months, ledger)).seconds() + " s");
        return List.of(Measured.ratio(name + "-rollup-month-vs-single-pass", rollup.seconds() / pass.seconds(), TARGET),
                Measured.ratio(name + "-reconcile-month-vs-single-pass", compared.seconds() / pass.seconds(), TARGET));
    }

    /** Daily events of two sources over 100 countries and ten years; one in ten spans three days. */
    static Ledger events(int count) {
        Random random = new Random(1);
        Ledger.Builder ledger = Ledger.builder().add(Source.of("ucdp", "UCDP", SourceKind.ACADEMIC))
                .add(Source.of("acled", "ACLED", SourceKind.NGO));
        for (int c = 0; c < 100; c++) {
            ledger.add(new Subject("country-" + c, "Country " + c));
        }
        LocalDate first = LocalDate.of(2010, 1, 1);
        for (int i = 0; i < count; i++) {
            LocalDate day = first.plusDays((long) i * 3650 / count);
            Period asOf = i % 10 == 0 ? Period.between(Period.of(day), Period.of(day.plusDays(2))) : Period.of(day);
            long best = random.nextInt(20);
            ledger.add(Estimate.builder().id("event-" + i).source(i / 100 % 2 == 0 ? "ucdp" : "acled")
                    .subject("country-" + (i % 100)).metric("killed").basis(Basis.INCREMENT)
                    .quantity(Quantity.bestWithin(best, best / 2, best * 2)).asOf(asOf).reported(asOf).build());
        }
        return ledger.build();
    }
}
