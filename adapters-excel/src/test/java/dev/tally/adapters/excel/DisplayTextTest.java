package dev.tally.adapters.excel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Texts shown but never read back are cut to fit, never refused. */
class DisplayTextTest {

    @Test
    void a_cell_text_is_cut_to_a_cell_with_an_ellipsis() {
        assertEquals("short", DisplayText.cell("short"));
        assertEquals("a".repeat(Limits.MAX_CELL_CHARACTERS - 1) + "…",
                DisplayText.cell("a".repeat(Limits.MAX_CELL_CHARACTERS + 5)));
    }

    @Test
    void a_cut_never_splits_a_character_of_two_units() {
        String text = "a".repeat(Limits.MAX_CELL_CHARACTERS - 2) + "\ud83d\ude00b";

        assertEquals("a".repeat(Limits.MAX_CELL_CHARACTERS - 2) + "…", DisplayText.cell(text));
    }

    @Test
    void a_model_cell_text_is_escaped_and_cut_so_that_its_escapes_fit() {
        String controls = "\u0001".repeat(Limits.MAX_CELL_CHARACTERS);

        String written = DisplayText.modelCell(controls);

        assertTrue(written.length() <= Limits.MAX_CELL_CHARACTERS, () -> "length " + written.length());
        String shown = Xstrings.decode(written);
        assertTrue(shown.endsWith("…") && controls.startsWith(shown.substring(0, shown.length() - 1)), shown);
        assertEquals("_x005F_x0041_ stays", DisplayText.modelCell("_x0041_ stays"));
    }

    @Test
    void a_chart_title_holds_no_character_xml_cannot_hold_and_is_short() {
        assertEquals("a\ufffdb\ufffd", DisplayText.chartTitle("a\u0001b\ud800"));
        assertEquals(DisplayText.MAX_TITLE, DisplayText.chartTitle("t".repeat(1_000)).length());
    }
}
