package dev.tally.core.table;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tally.core.model.Basis;
import dev.tally.core.model.Citation;
import dev.tally.core.model.Credibility;
import dev.tally.core.model.Estimate;
import dev.tally.core.model.Period;
import dev.tally.core.model.Quantity;
import dev.tally.core.model.Revision;
import dev.tally.core.model.RevisionKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The cells of a row of estimates, as every format that writes such a table writes them. */
class EstimateCellsTest {

    /** Each cell written, as {@code Header=kind:value}. */
    private final List<String> cells = new ArrayList<>();

    private final EstimateCells.Target target = new EstimateCells.Target() {
        @Override
        public void text(Heading column, String text) {
            cells.add(column.names().header() + "=text:" + text);
        }

        @Override
        public void number(Heading column, long value) {
            cells.add(column.names().header() + "=number:" + value);
        }

        @Override
        public void period(Heading column, Period period) {
            cells.add(column.names().header() + "=period:" + period.toText());
        }

        @Override
        public void link(Heading column, String url) {
            cells.add(column.names().header() + "=link:" + url);
        }
    };

    @Test
    void every_field_of_an_estimate_goes_to_its_column() {
        Estimate e = Estimate.builder().id("nis-1").source("nis").subject("kursk").metric("killed")
                .quantity(Quantity.bestWithin(25, 20, 40)).asOf("2025-01").basis(Basis.INCREMENT).reported("2025-02-03")
                .via("Yonhap").credibility(Credibility.PROBABLY_TRUE)
                .citation(new Citation(Optional.of("T"), Optional.of("P"), Optional.of("https://e.org"),
                        Optional.of("Q")))
                .note("a note").revises(List.of(Revision.update("a"), new Revision("b", RevisionKind.CORRECTION)))
                .build();

        EstimateCells.write(e, target);

        assertThat(cells).containsExactly("Id=text:nis-1", "Source=text:nis", "Subject=text:kursk",
                "Metric=text:killed", "Figure=text:25 (20–40)", "Low=number:20", "Best=number:25", "High=number:40",
                "As of=period:2025-01", "Basis=text:increment", "Reported=period:2025-02-03", "Via=text:Yonhap",
                "Credibility=number:2", "Citation title=text:T", "Publisher=text:P", "URL=link:https://e.org",
                "Quote=text:Q", "Note=text:a note", "Revises=text:a; b:correction");
    }

    @Test
    void the_cells_of_fields_an_estimate_lacks_are_empty_or_left_out() {
        Estimate e = Estimate.builder().id("nis-1").source("nis").subject("kursk").metric("killed")
                .quantity(Quantity.atLeast(300)).asOf("2025").reported("2025").build();

        EstimateCells.write(e, target);

        assertThat(cells).containsExactly("Id=text:nis-1", "Source=text:nis", "Subject=text:kursk",
                "Metric=text:killed", "Figure=text:at least 300", "Low=number:300", "Best=number:300",
                "As of=period:2025",
                "Basis=text:cumulative", "Reported=period:2025", "Via=text:null", "Note=text:null", "Revises=text:");
    }

    @Test
    void a_revision_is_its_id_for_an_update_and_its_id_and_kind_otherwise() {
        assertThat(EstimateCells.revision(Revision.update("a"))).isEqualTo("a");
        assertThat(EstimateCells.revision(new Revision("a", RevisionKind.RETRACTION))).isEqualTo("a:retraction");
        assertThat(EstimateCells.revision(Revision.update("a:correction"))).isEqualTo("a:correction:update");
        assertThat(EstimateCells.revision(Revision.update("a:b"))).isEqualTo("a:b");
    }
}
