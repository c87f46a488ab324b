package dev.tally.adapters.json;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tally.core.model.Basis;
import dev.tally.core.model.Estimate;
import dev.tally.core.model.Ledger;
import dev.tally.core.model.Quantity;
import dev.tally.core.model.RevisionKind;
import dev.tally.core.spi.LedgerFormat;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import java.util.EnumSet;
import java.util.List;

class LedgerRoundTripPropertyTest {

    @Provide
    Arbitrary<Ledger> ledgers() {
        return LedgerArbitraries.ledgers();
    }

    @Property(tries = 200)
    void generated_ledgers_cover_every_quantity_form_period_form_basis_and_revision_kind(
            @ForAll("ledgers") Ledger ledger) {
        for (Estimate estimate : ledger.estimates()) {
            Statistics.label("quantity form").collect(estimate.quantity().form());
            Statistics.label("period form").collect(estimate.asOf().getClass().getSimpleName());
            Statistics.label("basis").collect(estimate.basis());
            estimate.revises().forEach(r -> Statistics.label("revision kind").collect(r.kind()));
            Statistics.label("largest count").collect(estimate.quantity().high().orElse(0) == Quantity.MAX_COUNT
                    || estimate.quantity().low() == Quantity.MAX_COUNT);
            Statistics.label("empty note").collect(estimate.note().isEmpty());
        }
        Statistics.label("quantity form").coverage(c -> EnumSet.allOf(Quantity.Form.class)
                .forEach(form -> c.check(form).count(n -> n > 0)));
        Statistics.label("period form").coverage(c -> List.of("Day", "Month", "Year", "Interval")
                .forEach(form -> c.check(form).count(n -> n > 0)));
        Statistics.label("basis").coverage(c -> EnumSet.allOf(Basis.class).forEach(b -> c.check(b).count(n -> n > 0)));
        Statistics.label("revision kind").coverage(c -> EnumSet.allOf(RevisionKind.class)
                .forEach(kind -> c.check(kind).count(n -> n > 0)));
        Statistics.label("largest count").coverage(c -> c.check(true).count(n -> n > 0));
        Statistics.label("empty note").coverage(c -> c.check(true).count(n -> n > 0));
    }

    @Property(tries = 200)
    void a_ledger_written_as_json_reads_back_equal_and_rewrites_to_the_same_bytes(@ForAll("ledgers") Ledger ledger) {
        assertRoundTrip(Formats.JSON, ledger);
    }

    @Property(tries = 200)
    void a_ledger_written_as_json_lines_reads_back_equal_and_rewrites_to_the_same_bytes(
            @ForAll("ledgers") Ledger ledger) {
        assertRoundTrip(Formats.JSONL, ledger);
    }

    private static void assertRoundTrip(LedgerFormat format, Ledger ledger) {
        byte[] written = Formats.write(format, ledger);

        Ledger read = Formats.read(format, written);

        assertEquals(ledger, read);
        assertArrayEquals(written, Formats.write(format, read));
    }
}
