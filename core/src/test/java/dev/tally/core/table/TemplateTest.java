package dev.tally.core.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TemplateTest {

    private static final Map<String, String> ROW = Map.of("id", "209980", "country", "Myanmar (Burma)", "adm_1", "");

    @Test
    void a_template_fills_each_header_with_the_rows_cell() {
        assertThat(Template.parse("ucdp-ged-{id}").render(h -> cell(h))).contains("ucdp-ged-209980");
        assertThat(Template.parse("ucdp-ged-{id}").headers()).containsExactly("id");
    }

    @Test
    void a_template_gives_nothing_when_a_cell_it_names_is_blank() {
        assertThat(Template.parse("{country}/{adm_1}").render(h -> cell(h))).isEmpty();
    }

    @Test
    void a_template_of_one_header_alone_is_that_column() {
        assertThat(Template.parse("{ best }").single()).contains("best");
        assertThat(Template.parse("x{best}").single()).isEmpty();
    }

    @Test
    void unmatched_or_empty_braces_are_refused_with_what_to_write() {
        assertThatThrownBy(() -> Template.parse("{id")).hasMessageContaining("write each column's header between "
                + "braces");
        assertThatThrownBy(() -> Template.parse("a{}b")).hasMessageContaining("has an empty {}");
    }

    private static Optional<String> cell(String header) {
        return Optional.ofNullable(ROW.get(header)).filter(v -> !v.isEmpty());
    }
}
