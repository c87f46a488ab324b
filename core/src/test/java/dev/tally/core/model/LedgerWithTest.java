package dev.tally.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tally.core.testing.GeneratedLedger;
import org.junit.jupiter.api.Test;

/** Adding to a ledger shares its indexes and leaves it as it was. */
class LedgerWithTest {

    @Test
    void with_leaves_the_ledger_as_it_was_and_two_ledgers_grown_from_it_apart() {
        Ledger base = GeneratedLedger.of(2_000, 10, 2, 1);
        Ledger next = GeneratedLedger.of(2_002, 10, 2, 1);
        Estimate left = next.estimates().get(2_000);
        Estimate right = next.estimates().get(2_001);

        Ledger withLeft = base.with(left);
        Ledger withRight = base.with(right).with(left);

        assertThat(base).isEqualTo(GeneratedLedger.of(2_000, 10, 2, 1));
        assertThat(base.estimate(left.id())).isEmpty();
        assertThat(base.estimates()).hasSize(2_000);
        assertThat(withLeft.estimate(left.id())).contains(left);
        assertThat(withLeft.estimate(right.id())).isEmpty();
        assertThat(withLeft.estimates()).endsWith(base.estimates().get(1_999), left);
        assertThat(withRight.estimates()).endsWith(right, left);
        assertThat(withRight.toBuilder().build()).isEqualTo(withRight);
    }
}
