package dev.tally.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The metric value and the built-in catalog. */
class MetricTest {

    @Test
    void a_metric_refuses_to_be_a_part_of_itself() {
        IllegalArgumentException refusal = assertThrows(IllegalArgumentException.class,
                () -> new Metric("killed", "Killed", "people", Optional.of("killed"), Optional.empty(), List.of()));

        assertEquals("metric killed cannot be related to itself", refusal.getMessage());
    }

    @Test
    void a_metric_refuses_to_be_bounded_by_itself() {
        IllegalArgumentException refusal = assertThrows(IllegalArgumentException.class,
                () -> new Metric("deployed", "Deployed", "people", Optional.empty(), Optional.of("deployed"), List.of()));

        assertEquals("metric deployed cannot be related to itself", refusal.getMessage());
    }

    @Test
    void a_metric_refuses_a_blank_synonym_or_unit() {
        assertThrows(IllegalArgumentException.class,
                () -> new Metric("killed", "Killed", "people", Optional.empty(), Optional.empty(), List.of(" ")));
        assertThrows(IllegalArgumentException.class,
                () -> new Metric("killed", "Killed", "", Optional.empty(), Optional.empty(), List.of()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"KIA; dead", "KIA, dead", "KIA\ndead", "KIA\rdead"})
    void a_synonym_is_one_name_without_the_separators_of_a_list(String synonym) {
        IllegalArgumentException refusal = assertThrows(IllegalArgumentException.class,
                () -> new Metric("killed", "Killed", "people", Optional.empty(), Optional.empty(), List.of(synonym)));

        assertEquals("synonym \"" + synonym + "\" holds ';', ',' or a line break, which separate synonyms in a list; "
                + "give each name as a synonym of its own", refusal.getMessage());
    }

    @Test
    void a_synonym_is_kept_without_the_spaces_around_it() {
        Metric metric = new Metric("killed", "Killed", "people", Optional.empty(), Optional.empty(), List.of(" KIA\t"));

        assertEquals(List.of("KIA"), metric.synonyms());
    }

    @Test
    void a_metric_keeps_a_copy_of_its_synonyms() {
        List<String> synonyms = new ArrayList<>(List.of("held"));
        Metric metric = new Metric("detained", "Detained", "people", Optional.empty(), Optional.empty(), synonyms);

        synonyms.add("jailed");

        assertEquals(List.of("held"), metric.synonyms());
        assertFalse(metric.isNamedBy("jailed"));
    }

    @Test
    void the_catalog_relates_killed_and_wounded_to_casualties_and_casualties_to_deployed() {
        assertEquals(Optional.of("casualties"), MetricCatalog.KILLED.partOf());
        assertEquals(Optional.of("casualties"), MetricCatalog.WOUNDED.partOf());
        assertEquals(Optional.of("deployed"), MetricCatalog.CASUALTIES.cannotExceed());
        assertEquals(List.of("killed", "wounded", "casualties", "missing", "captured", "deployed", "evacuated",
                "laborers"), MetricCatalog.builtIn().stream().map(Metric::id).toList());
    }

    @Test
    void a_metric_is_named_by_its_id_name_and_synonyms_but_not_by_blank_text() {
        assertTrue(MetricCatalog.CASUALTIES.isNamedBy("Killed-or-Injured"));
        assertTrue(MetricCatalog.KILLED.isNamedBy("k.i.a."));
        assertFalse(MetricCatalog.KILLED.isNamedBy(""));
        assertFalse(MetricCatalog.KILLED.isNamedBy("--"));
    }
}
