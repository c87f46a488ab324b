package dev.tally.core.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The descriptor a format plugin gives of itself. */
class FormatDescriptorTest {

    private static final FormatDescriptor EXCEL = new FormatDescriptor("xlsx", "Excel workbook", List.of(".XLSX", "xlsm"));

    @Test
    void extensions_lose_their_leading_dot_and_are_lower_cased() {
        assertEquals(List.of("xlsx", "xlsm"), EXCEL.extensions());
    }

    @Test
    void the_extensions_are_a_copy_that_cannot_be_modified() {
        List<String> extensions = new ArrayList<>(List.of("json"));
        FormatDescriptor json = new FormatDescriptor("json", "JSON", extensions);

        extensions.add("jsonl");

        assertEquals(List.of("json"), json.extensions());
        assertThrows(UnsupportedOperationException.class, () -> json.extensions().add("txt"));
    }

    static Stream<Arguments> fileNames() {
        return Stream.of(
                Arguments.of("ledger.xlsx", true),
                Arguments.of("Ledger.XLSX", true),
                Arguments.of("/data/2025/ledger.xlsm", true),
                Arguments.of("archive.tar.xlsx", true),
                Arguments.of("xlsx", false),
                Arguments.of("ledger.xlsx.bak", false),
                Arguments.of("ledger.axlsx", false),
                Arguments.of("ledger.json", false));
    }

    @ParameterizedTest(name = "\"{0}\": {1}")
    @MethodSource("fileNames")
    void claims_a_file_by_its_extension_ignoring_case(String fileName, boolean claimed) {
        assertEquals(claimed, EXCEL.claims(fileName));
    }

    static Stream<Arguments> refusals() {
        return Stream.of(
                Arguments.of("JSON", List.of("json"), "format id \"JSON\" must be lower-case letters, digits, '.', '+' or '-'"),
                Arguments.of("", List.of("json"), "format id \"\" must be lower-case letters, digits, '.', '+' or '-'"),
                Arguments.of("json", List.of(), "format json claims no file extension"),
                Arguments.of("json", List.of("js on"), "format json claims a malformed extension \"js on\""),
                Arguments.of("json", List.of("."), "format json claims a malformed extension \"\""));
    }

    @ParameterizedTest(name = "id \"{0}\", extensions {1}")
    @MethodSource("refusals")
    void a_descriptor_refuses_a_malformed_id_or_extension(String id, List<String> extensions, String message) {
        IllegalArgumentException refusal = assertThrows(IllegalArgumentException.class,
                () -> new FormatDescriptor(id, "A format", extensions));

        assertEquals(message, refusal.getMessage());
    }
}
