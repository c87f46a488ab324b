package dev.tally.core.table;

import dev.tally.core.model.Citation;
import dev.tally.core.model.Estimate;
import dev.tally.core.model.Period;
import dev.tally.core.model.Quantity;
import dev.tally.core.model.Revision;
import dev.tally.core.model.RevisionKind;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * An estimate as the cells of one row of a table of estimates, in the {@link EstimateColumn}s that
 * {@link TableImport} reads back: the figure as text with its low, best and high as numbers, the
 * periods as text or dates, the revisions as {@code id; id:correction}. Every format that writes
 * such a table (a workbook's Estimates sheet, a CSV file) writes through this, so that all write
 * the same cells.
 */
public final class EstimateCells {

    private EstimateCells() {
    }

    /**
     * Where a row's cells go; a method is called once for each non-empty cell.
     */
    public interface Target {

        /**
         * A cell of text.
         *
         * @param column  the column
         * @param text  the text, or null for an empty cell
         */
        void text(Heading column, String text);

        /**
         * A cell of a whole number.
         *
         * @param column  the column
         * @param value  the number
         */
        void number(Heading column, long value);

        /**
         * A cell of a period: a date cell where a format has one for it, else its text.
         *
         * @param column  the column
         * @param period  the period, not null
         */
        void period(Heading column, Period period);

        /**
         * A cell of a web address: a link where a format has one, else its text.
         *
         * @param column  the column
         * @param url  the address, or null for an empty cell
         */
        void link(Heading column, String url);
    }

    /**
     * Writes an estimate's cells.
     *
     * @param e  the estimate, not null
     * @param out  where the cells go, not null
     */
    public static void write(Estimate e, Target out) {
        Quantity q = e.quantity();
        out.text(EstimateColumn.ID, e.id());
        out.text(EstimateColumn.SOURCE, e.source());
        out.text(EstimateColumn.SUBJECT, e.subject());
        out.text(EstimateColumn.METRIC, e.metric());
        out.text(EstimateColumn.FIGURE, q.toDisplayText());
        out.number(EstimateColumn.LOW, q.low());
        q.best().ifPresent(best -> out.number(EstimateColumn.BEST, best));
        q.high().ifPresent(high -> out.number(EstimateColumn.HIGH, high));
        out.period(EstimateColumn.AS_OF, e.asOf());
        out.text(EstimateColumn.BASIS, e.basis().toText());
        out.period(EstimateColumn.REPORTED, e.reported());
        out.text(EstimateColumn.VIA, e.via().orElse(null));
        e.credibility().ifPresent(c -> out.number(EstimateColumn.CREDIBILITY, c.grade()));
        e.citation().ifPresent(c -> writeCitation(c, out));
        out.text(EstimateColumn.NOTE, e.note().orElse(null));
        out.text(EstimateColumn.REVISES, e.revises().stream().map(EstimateCells::revision)
                .collect(Collectors.joining("; ")));
    }

    private static void writeCitation(Citation c, Target out) {
        out.text(EstimateColumn.TITLE, c.title().orElse(null));
        out.text(EstimateColumn.PUBLISHER, c.publisher().orElse(null));
        out.link(EstimateColumn.URL, c.url().orElse(null));
        out.text(EstimateColumn.QUOTE, c.quote().orElse(null));
    }

    /**
     * A revision as the Revises column holds it: the id alone for an update, else {@code id:kind}.
     * An id that itself ends in {@code :kind} always gets its kind, so that it reads back whole.
     *
     * @param r  the revision, not null
     * @return the text, never null
     */
    public static String revision(Revision r) {
        boolean plain = r.kind() == RevisionKind.UPDATE
                && Arrays.stream(RevisionKind.values()).noneMatch(k -> r.target().endsWith(":" + k.toText()));
        return plain ? r.target() : r.target() + ":" + r.kind().toText();
    }
}
