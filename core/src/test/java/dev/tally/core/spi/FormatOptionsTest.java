package dev.tally.core.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The options a user gives a format, by name, each perhaps more than once. */
class FormatOptionsTest {

    @Test
    void an_option_given_more_than_once_keeps_every_value_in_order_and_the_last_wins() {
        FormatOptions options = FormatOptions.of(Map.of("column", List.of("Subject=a", "Metric=b"), "hxl",
                List.of("true")));

        assertThat(options.names()).containsExactlyInAnyOrder("column", "hxl");
        assertThat(options.all("column")).containsExactly("Subject=a", "Metric=b");
        assertThat(options.get("column")).contains("Metric=b");
        assertThat(options.get("hxl")).contains("true");
    }

    @Test
    void an_option_not_given_has_no_value() {
        FormatOptions options = FormatOptions.of(Map.of("hxl", List.of("true")));

        assertThat(options.get("delimiter")).isEmpty();
        assertThat(options.all("delimiter")).isEmpty();
        assertThat(FormatOptions.none().names()).isEmpty();
        assertThat(FormatOptions.none().get("hxl")).isEmpty();
    }

    @Test
    void an_option_with_no_values_is_left_out_and_options_of_none_are_no_options() {
        Map<String, List<String>> values = new LinkedHashMap<>();
        values.put("hxl", List.of());
        values.put("delimiter", List.of(";"));

        assertThat(FormatOptions.of(values).names()).containsExactly("delimiter");
        assertThat(FormatOptions.of(Map.of("hxl", List.of()))).isSameAs(FormatOptions.none());
        assertThat(FormatOptions.of(Map.of())).isSameAs(FormatOptions.none());
    }

    @Test
    void the_values_are_copied() {
        List<String> given = new ArrayList<>(List.of("a"));
        FormatOptions options = FormatOptions.of(Map.of("x", given));
        given.add("b");

        assertThat(options.all("x")).containsExactly("a");
    }

    @Test
    void an_option_needs_a_name() {
        Map<String, List<String>> values = new HashMap<>();
        values.put(null, List.of("a"));

        assertThatThrownBy(() -> FormatOptions.of(values)).isInstanceOf(NullPointerException.class).hasMessage("name");
    }

    @Test
    void options_with_the_same_values_are_equal() {
        FormatOptions one = FormatOptions.of(Map.of("x", List.of("a", "b")));
        FormatOptions same = FormatOptions.of(Map.of("x", List.of("a", "b")));
        FormatOptions other = FormatOptions.of(Map.of("x", List.of("b", "a")));

        assertThat(one).isEqualTo(same).hasSameHashCodeAs(same).isNotEqualTo(other).isNotEqualTo("x");
        assertThat(one).hasToString("{x=[a, b]}");
    }
}
