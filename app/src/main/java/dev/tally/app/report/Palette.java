package dev.tally.app.report;

import java.util.List;

/**
 * One colour per source, from the Okabe–Ito palette, which readers with any common colour-vision
 * deficiency can tell apart. The order puts first the colours with at least 3:1 contrast against the
 * page's white (WCAG's bar for graphics): blue, vermillion, bluish green, black; then reddish purple,
 * orange, sky blue and yellow, whose marks the page outlines in dark grey. Past eight sources the
 * colours repeat and the legend and the marks' labels tell the sources apart.
 */
final class Palette {

    private static final List<String> OKABE_ITO = List.of("#0072B2", "#D55E00", "#009E73", "#000000", "#CC79A7",
            "#E69F00", "#56B4E9", "#F0E442");

    private Palette() {
    }

    /** The colour of the source at this position in the ledger's list of sources. */
    static String colour(int index) {
        return OKABE_ITO.get(index % OKABE_ITO.size());
    }

    /** Whether a mark in this colour needs an outline to stand out against white. */
    static boolean needsOutline(int index) {
        return index % OKABE_ITO.size() >= 4;
    }
}
