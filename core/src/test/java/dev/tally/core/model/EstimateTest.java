package dev.tally.core.model;

import static dev.tally.core.model.Estimates.anEstimate;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The estimate value: its checks, its builder and its change methods. */
class EstimateTest {

    @Test
    void an_estimate_refuses_to_name_the_same_revised_estimate_twice() {
        IllegalArgumentException refusal = assertThrows(IllegalArgumentException.class,
                () -> anEstimate().id("april").revising("january", "january").build());

        assertEquals("estimate april names the same revised estimate twice", refusal.getMessage());
    }

    @Test
    void an_estimate_refuses_the_same_target_even_with_another_kind_of_revision() {
        Estimate.Builder builder = anEstimate().build().toBuilder()
                .revises("january", RevisionKind.UPDATE).revises("january", RevisionKind.CORRECTION);

        assertThrows(IllegalArgumentException.class, builder::build);
    }

    @Test
    void an_estimate_refuses_a_malformed_id_of_what_it_names() {
        IllegalArgumentException refusal = assertThrows(IllegalArgumentException.class,
                () -> anEstimate().id("e").of("killed in action").build());

        assertTrue(refusal.getMessage().startsWith("metric id \"killed in action\" is not an id"),
                refusal.getMessage());
    }

    @Test
    void the_builder_defaults_to_a_cumulative_figure_with_nothing_optional() {
        Estimate estimate = anEstimate().build();

        assertEquals(Basis.CUMULATIVE, estimate.basis());
        assertEquals(Optional.empty(), estimate.via());
        assertEquals(Optional.empty(), estimate.credibility());
        assertEquals(Optional.empty(), estimate.citation());
        assertEquals(Optional.empty(), estimate.note());
        assertEquals(List.of(), estimate.revises());
    }

    @Test
    void an_estimate_keeps_a_copy_of_its_revisions() {
        List<Revision> revisions = new ArrayList<>(List.of(Revision.update("january")));
        Estimate estimate = anEstimate().build().toBuilder().revises(revisions).build();

        revisions.add(Revision.update("february"));

        assertEquals(List.of("january"), estimate.revisedIds());
        assertThrows(UnsupportedOperationException.class, () -> estimate.revises().clear());
    }

    @Test
    void to_builder_rebuilds_an_equal_estimate() {
        Estimate estimate = anEstimate().revising("january").build().toBuilder().via("lawmakers")
                .credibility(Credibility.PROBABLY_TRUE).citation(Citation.of("Report", "Quote.")).note("a note").build();

        assertEquals(estimate, estimate.toBuilder().build());
    }

    @Test
    void with_note_returns_the_same_estimate_when_nothing_changes() {
        Estimate estimate = anEstimate().build().withNote("cremated in Russia");

        assertSame(estimate, estimate.withNote("cremated in Russia"));
        assertEquals(Optional.of("other"), estimate.withNote("other").note());
        assertEquals(Optional.empty(), estimate.withNote(" ").note());
    }
}
