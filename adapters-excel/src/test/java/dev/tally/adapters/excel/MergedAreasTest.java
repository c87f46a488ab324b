package dev.tally.adapters.excel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.util.CellRangeAddress;
import org.junit.jupiter.api.Test;

class MergedAreasTest {

    private static final List<CellRangeAddress> AREAS = List.of(CellRangeAddress.valueOf("A2:A4"));

    @Test
    void sheets_read_to_their_end_without_merged_areas_need_no_second_reading() {
        MergedAreas merged = new MergedAreas();
        merged.readToEnd("Estimates", List.of());
        merged.stoppedEarly("Sources", false);
        assertFalse(merged.readAgain());
        assertFalse(merged.firstReading());
    }

    @Test
    void merged_areas_found_at_a_sheets_end_are_kept_for_a_second_reading() {
        MergedAreas merged = new MergedAreas();
        assertTrue(merged.firstReading());
        merged.readToEnd("Estimates", AREAS);
        assertTrue(merged.readAgain());
        assertFalse(merged.firstReading());
        assertEquals(Optional.of(AREAS), merged.of("Estimates"));
    }

    @Test
    void a_sheet_stopped_early_that_names_a_merged_cell_needs_a_second_reading_that_finds_its_areas() {
        MergedAreas merged = new MergedAreas();
        merged.stoppedEarly("Figures", true);
        assertTrue(merged.readAgain());
        assertEquals(Optional.empty(), merged.of("Figures"));
    }

    @Test
    void a_sheet_stopped_early_that_names_no_merged_cell_has_none() {
        MergedAreas merged = new MergedAreas();
        merged.stoppedEarly("Figures", false);
        assertEquals(Optional.of(List.of()), merged.of("Figures"));
    }

    @Test
    void the_workbook_is_read_again_at_most_once() {
        MergedAreas merged = new MergedAreas();
        merged.readToEnd("Estimates", AREAS);
        assertTrue(merged.readAgain());
        assertFalse(merged.readAgain());
    }
}
