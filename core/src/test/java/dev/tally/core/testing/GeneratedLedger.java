package dev.tally.core.testing;

import dev.tally.core.model.Basis;
import dev.tally.core.model.Estimate;
import dev.tally.core.model.Ledger;
import dev.tally.core.model.Period;
import dev.tally.core.model.Quantity;
import dev.tally.core.model.Reliability;
import dev.tally.core.model.RevisionKind;
import dev.tally.core.model.Source;
import dev.tally.core.model.SourceKind;
import dev.tally.core.model.Subject;
import java.time.YearMonth;
import java.util.Random;

/**
 * Test data at scale: a valid ledger of many estimates, the same for the same arguments.
 *
 * <p>Estimate {@code i} is about subject {@code i % subjects}, from source
 * {@code (i / subjects) % sources}; each subject and source reports, month after month from
 * 2020-01, casualties, killed, wounded, a cumulative deployed figure and a deployed increment for
 * the month after (so that a running total derives from them).
 * Each figure but the increment updates (every seventh corrects) the same source's figure of the
 * month before, so that revision chains run through every series. Figures grow month by month and
 * are exact, approximate or ranges up to half as wide again as their low; in the first months
 * killed and wounded often add up above the casualties, so that the checks find something.
 */
public final class GeneratedLedger {

    private static final String[] METRICS = {"casualties", "killed", "wounded", "deployed", "deployed"};
    private static final YearMonth START = YearMonth.of(2020, 1);

    private GeneratedLedger() {
    }

    /**
     * A ledger.
     *
     * @param estimates  how many estimates
     * @param subjects  how many subjects
     * @param sources  how many sources
     * @param seed  the seed of the figures
     * @return the ledger, never null
     */
    public static Ledger of(int estimates, int subjects, int sources, long seed) {
        Random random = new Random(seed);
        Ledger.Builder ledger = Ledger.builder();
        for (int s = 0; s < sources; s++) {
            Source source = Source.of(source(s), "Source " + s, SourceKind.OTHER);
            ledger.add(s % 3 == 0 ? source : source.withReliability(Reliability.values()[s % 6]));
        }
        for (int s = 0; s < subjects; s++) {
            ledger.add(new Subject(subject(s), "Subject " + s));
        }
        long streams = (long) subjects * sources;
        for (int i = 0; i < estimates; i++) {
            long position = i / streams;
            int slot = (int) (position % METRICS.length);
            int month = (int) (position / METRICS.length);
            YearMonth asOf = START.plusMonths(slot == METRICS.length - 1 ? month + 1 : month);
            Estimate.Builder estimate = Estimate.builder().id(id(i)).subject(subject(i % subjects))
                    .source(source((i / subjects) % sources)).metric(METRICS[slot])
                    .quantity(quantity(random, slot, month)).asOf(Period.of(asOf))
                    .reported(Period.of(asOf.plusMonths(random.nextInt(2))));
            if (slot == METRICS.length - 1) {
                estimate.basis(Basis.INCREMENT);
            } else if (month > 0) {
                estimate.revises(id(i - streams * METRICS.length),
                        month % 7 == 0 ? RevisionKind.CORRECTION : RevisionKind.UPDATE);
            }
            ledger.add(estimate.build());
        }
        return ledger.build();
    }

    private static Quantity quantity(Random random, int slot, int month) {
        long base = switch (slot) {
            case 0 -> 1_000 + 300L * month;
            case 1 -> 200 + 60L * month;
            case 2 -> 600 + 200L * month;
            case 3 -> 10_000 + 1_000L * month;
            default -> 100;
        };
        long value = base + random.nextInt(200);
        return switch (random.nextInt(4)) {
            case 0 -> Quantity.exact(value);
            case 1 -> Quantity.approximately(value);
            default -> Quantity.range(value, value + random.nextInt((int) value / 2 + 1));
        };
    }

    /**
     * The id of estimate {@code i}.
     *
     * @param i  the estimate's position
     * @return the id
     */
    public static String id(long i) {
        return "e" + i;
    }

    /**
     * The id of subject {@code s}.
     *
     * @param s  the subject's position
     * @return the id
     */
    public static String subject(int s) {
        return String.format("subject-%04d", s);
    }

    /**
     * The id of source {@code s}.
     *
     * @param s  the source's position
     * @return the id
     */
    public static String source(int s) {
        return String.format("source-%03d", s);
    }
}
