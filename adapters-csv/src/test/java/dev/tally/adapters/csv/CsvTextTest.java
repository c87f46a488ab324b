package dev.tally.adapters.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tally.core.spi.InvalidInputException;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CsvTextTest {

    private static final String TEXT = "Source,Figure\nnis,約 300 — é\n";

    @TempDir
    Path folder;

    private final List<String> notices = new ArrayList<>();

    static Stream<Arguments> byteOrderMarks() {
        return Stream.of(Arguments.of(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, StandardCharsets.UTF_8),
                Arguments.of(new byte[] {(byte) 0xFF, (byte) 0xFE}, StandardCharsets.UTF_16LE),
                Arguments.of(new byte[] {(byte) 0xFE, (byte) 0xFF}, StandardCharsets.UTF_16BE));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("byteOrderMarks")
    void a_byte_order_mark_decides_the_encoding_over_a_declared_one_and_is_not_read_as_text(byte[] mark, Charset charset)
            throws IOException {
        CsvText text = open(concat(mark, TEXT.getBytes(charset)), Optional.of(CsvText.WINDOWS_1252));

        assertThat(text.charset()).isEqualTo(charset);
        assertThat(read(text)).isEqualTo(TEXT);
        assertThat(notices).isEmpty();
    }

    @Test
    void utf8_without_a_mark_is_read_as_utf8_without_a_notice() throws IOException {
        CsvText text = open(TEXT.getBytes(StandardCharsets.UTF_8), Optional.empty());

        assertThat(text.charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(read(text)).isEqualTo(TEXT);
        assertThat(notices).isEmpty();
    }

    @Test
    void bytes_that_are_not_utf8_are_read_as_windows_1252_with_a_notice_naming_the_line_and_byte()
            throws IOException {
        String latin = "Source;Figure\nnis;300\nmilitaire;environ 4 000 d\u00e9c\u00e8s\n";

        CsvText text = open(latin.getBytes(CsvText.WINDOWS_1252), Optional.empty());

        assertThat(text.charset()).isEqualTo(CsvText.WINDOWS_1252);
        assertThat(read(text)).isEqualTo(latin);
        assertThat(notices).containsExactly("figures.csv is not UTF-8 (line 3 holds the byte 0xE9); read as "
                + "Windows-1252, as spreadsheet programs on Windows save CSV (give --encoding if it is another)");
    }

    @Test
    void the_line_of_the_first_byte_that_is_not_utf8_is_counted_across_read_blocks() throws IOException {
        String lines = "x\n".repeat(100_000);

        open(concat(lines.getBytes(StandardCharsets.US_ASCII), new byte[] {(byte) 0x80}), Optional.empty());

        assertThat(notices).singleElement().asString().contains("(line 100001 holds the byte 0x80)");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("utf16")
    void utf16_without_a_mark_is_recognised_by_its_zero_bytes_with_a_notice(Charset charset) throws IOException {
        CsvText text = open(TEXT.replace("約 300 — é", "300").getBytes(charset), Optional.empty());

        assertThat(text.charset()).isEqualTo(charset);
        assertThat(read(text)).isEqualTo(TEXT.replace("約 300 — é", "300"));
        assertThat(notices).containsExactly("figures.csv has no byte order mark but holds " + charset.name()
                + " text; read as " + charset.name() + " (give --encoding if it is another)");
    }

    static Stream<Charset> utf16() {
        return Stream.of(StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE);
    }

    @Test
    void a_declared_encoding_is_used_without_a_notice() throws IOException {
        String latin = "Source;Figure\nnis;d\u00e9c\u00e8s\n";

        CsvText text = open(latin.getBytes(StandardCharsets.ISO_8859_1), Optional.of(StandardCharsets.ISO_8859_1));

        assertThat(read(text)).isEqualTo(latin);
        assertThat(notices).isEmpty();
    }

    @Test
    void a_file_declared_utf8_whose_bytes_are_not_is_refused_at_the_line_of_the_first_bad_byte() {
        byte[] bytes = "Source,Figure\nnis,300\nmil,caf\u00e9\n".getBytes(CsvText.WINDOWS_1252);

        assertThatThrownBy(() -> open(bytes, Optional.of(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(Object::toString).containsExactly("figures.csv:3: the byte 0xE9 is not UTF-8, "
                                + "which --encoding says the file is; give the file's encoding, such as --encoding "
                                + "windows-1252"));
    }

    @Test
    void a_byte_the_encoding_cannot_hold_reads_as_the_replacement_character() throws IOException {
        CsvText text = open(new byte[] {'a', ',', (byte) 0xC3, '\n'}, Optional.of(StandardCharsets.US_ASCII));

        assertThat(read(text)).isEqualTo("a,\ufffd\n");
    }

    private CsvText open(byte[] bytes, Optional<Charset> declared) throws IOException {
        Path file = Files.write(folder.resolve("figures.csv"), bytes);
        return CsvText.open(file, declared, notices::add);
    }

    private static String read(CsvText text) throws IOException {
        StringWriter out = new StringWriter();
        try (Reader reader = text.reader()) {
            reader.transferTo(out);
        }
        return out.toString();
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] all = java.util.Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, all, first.length, second.length);
        return all;
    }
}
