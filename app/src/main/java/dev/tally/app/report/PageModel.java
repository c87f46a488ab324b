package dev.tally.app.report;

import java.util.List;

/**
 * What the page's template shows, as plain values: the template escapes every text it writes, and
 * only the inlined scripts, the style sheet and the embedded data (made safe by {@link Assets} and
 * {@link HtmlSafeEscapes}) go in unescaped.
 *
 * @param title  the page's title
 * @param knownAt  what the page covers in words: everything, or what was known at a date
 * @param sources  the sources table
 * @param index  the subjects with their charts
 * @param charts  one section per subject and metric
 * @param style  the style sheet
 * @param chartsScript  the charting library
 * @param pageScript  the page's script
 * @param data  the page's data as JSON, in pieces that the page writes one after the other as it reaches them
 */
record PageModel(String title, String knownAt, List<SourceRow> sources, List<IndexEntry> index, List<Section> charts,
                 String style, String chartsScript, String pageScript, Iterable<String> data) {

    /** A row of the sources table. */
    record SourceRow(String id, String name, String kind, String country, String reliability, String colour) {
    }

    /** A subject of the index, with the anchors of its charts. */
    record IndexEntry(String subject, String name, List<Link> charts) {
    }

    /** A link to a chart. */
    record Link(String anchor, String text) {
    }

    /**
     * A chart's section: its title, and the table of its figures that is the chart's text alternative, made
     * as the page reaches it, so that only one chart's rows are in memory at a time.
     */
    record Section(String anchor, String key, String title, String unit, Iterable<FigureRow> rows) {
    }

    /** A figure in the text alternative. */
    record FigureRow(String id, String source, String figure, String period, String reported, String notes) {
    }
}
