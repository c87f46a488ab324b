package dev.tally.adapters.csv;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FormulaGuardTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "=SUM(A1:A9)|'=SUM(A1:A9)",
        "+1|'+1",
        "-5|'-5",
        "@cmd|'@cmd",
        "`\tx`|`'\tx`",
        "`\rx`|`'\rx`",
        "'=1|''=1",
        "'''@x|''''@x"})
    void a_text_a_spreadsheet_would_run_gets_one_more_apostrophe_and_reads_back(String text, String written) {
        assertThat(FormulaGuard.guard(text)).isEqualTo(written);
        assertThat(FormulaGuard.unguard(written)).isEqualTo(text);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {"about 300", "'quoted", "''", "'", "a=b", "x-1",
        "2025-01", "'300"})
    void a_text_a_spreadsheet_would_not_run_is_written_and_read_as_it_is(String text) {
        assertThat(FormulaGuard.guard(text)).isEqualTo(text);
        assertThat(FormulaGuard.unguard(text)).isEqualTo(text);
    }

    @Property
    void unguard_gives_back_every_text_guard_wrote(@ForAll("texts") String text) {
        assertThat(FormulaGuard.unguard(FormulaGuard.guard(text))).isEqualTo(text);
    }

    @Property
    void a_guarded_text_never_starts_a_formula(@ForAll("texts") String text) {
        assertThat(FormulaGuard.guard(text)).doesNotStartWith("=").doesNotStartWith("+").doesNotStartWith("-")
                .doesNotStartWith("@").doesNotStartWith("\t").doesNotStartWith("\r");
    }

    /** Any text, and texts that begin with apostrophes and a formula's first character, where guards meet. */
    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> starts = Combinators.combine(Arbitraries.strings().withChars('\'').ofMaxLength(4),
                Arbitraries.of("=", "+", "-", "@", "\t", "\r", "", "'", "a")).as(String::concat);
        return Arbitraries.oneOf(Arbitraries.strings().all().ofMaxLength(20),
                Combinators.combine(starts, Arbitraries.strings().all().ofMaxLength(10)).as(String::concat));
    }
}
