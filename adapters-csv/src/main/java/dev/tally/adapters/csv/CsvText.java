package dev.tally.adapters.csv;

import dev.tally.core.spi.InvalidInputException;
import dev.tally.core.spi.Location;
import dev.tally.core.spi.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The characters of a CSV file in the encoding it is in: the one its byte order mark says (UTF-8,
 * UTF-16), else the one the user gives, else UTF-8 when every byte is UTF-8, else Windows-1252,
 * as spreadsheet programs on Windows save "CSV" (said in a notice). A file declared UTF-8 whose
 * bytes are not is refused at the first line that is not.
 */
final class CsvText {

    /** What spreadsheet programs on Windows write as "CSV": Western European, one byte a character. */
    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final int SAMPLE_BYTES = 4096;

    private final Path file;
    private final Charset charset;
    private final int bom;

    private CsvText(Path file, Charset charset, int bom) {
        this.file = file;
        this.charset = charset;
        this.bom = bom;
    }

    /**
     * Finds the file's encoding.
     *
     * @param declared  the encoding the user gave, if any
     * @param notices  told the encoding when it was guessed
     * @throws InvalidInputException if the file is declared UTF-8 and is not
     */
    static CsvText open(Path file, Optional<Charset> declared, Consumer<String> notices) throws IOException {
        byte[] head = head(file);
        String name = file.getFileName().toString();
        if (startsWith(head, 0xEF, 0xBB, 0xBF)) {
            return new CsvText(file, StandardCharsets.UTF_8, 3);
        }
        if (startsWith(head, 0xFF, 0xFE)) {
            return new CsvText(file, StandardCharsets.UTF_16LE, 2);
        }
        if (startsWith(head, 0xFE, 0xFF)) {
            return new CsvText(file, StandardCharsets.UTF_16BE, 2);
        }
        if (declared.isPresent()) {
            if (declared.get().equals(StandardCharsets.UTF_8)) {
                Optional<Malformed> bad = firstMalformed(file);
                if (bad.isPresent()) {
                    throw new InvalidInputException(List.of(new Problem(new Location.Field(name, bad.get().line(), 0,
                            ""), "the byte " + bad.get().hex() + " is not UTF-8, which --encoding says the file is; "
                            + "give the file's encoding, such as --encoding windows-1252")));
                }
            }
            return new CsvText(file, declared.get(), 0);
        }
        Optional<Charset> utf16 = utf16WithoutMark(head);
        if (utf16.isPresent()) {
            notices.accept(name + " has no byte order mark but holds " + utf16.get().name() + " text; read as "
                    + utf16.get().name() + " (give --encoding if it is another)");
            return new CsvText(file, utf16.get(), 0);
        }
        Optional<Malformed> bad = firstMalformed(file);
        if (bad.isEmpty()) {
            return new CsvText(file, StandardCharsets.UTF_8, 0);
        }
        notices.accept(name + " is not UTF-8 (line " + bad.get().line() + " holds the byte " + bad.get().hex()
                + "); read as Windows-1252, as spreadsheet programs on Windows save CSV (give --encoding if it is "
                + "another)");
        return new CsvText(file, WINDOWS_1252, 0);
    }

    /** The encoding read in. */
    Charset charset() {
        return charset;
    }

    /** The file's characters, after any byte order mark; a byte the encoding cannot hold becomes U+FFFD. */
    Reader reader() throws IOException {
        InputStream in = Files.newInputStream(file);
        try {
            in.skipNBytes(bom);
        } catch (IOException e) {
            in.close();
            throw e;
        }
        CharsetDecoder decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        return new InputStreamReader(in, decoder);
    }

    private static byte[] head(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(SAMPLE_BYTES);
        }
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /**
     * UTF-16 without a byte order mark: text in Latin letters has a zero in every other byte, at
     * the odd places in little-endian order and at the even ones in big-endian.
     */
    private static Optional<Charset> utf16WithoutMark(byte[] head) {
        int pairs = head.length / 2;
        if (pairs < 2) {
            return Optional.empty();
        }
        int evenZeros = 0;
        int oddZeros = 0;
        for (int i = 0; i + 1 < head.length; i += 2) {
            evenZeros += head[i] == 0 ? 1 : 0;
            oddZeros += head[i + 1] == 0 ? 1 : 0;
        }
        if (oddZeros * 10 >= pairs * 9 && evenZeros == 0) {
            return Optional.of(StandardCharsets.UTF_16LE);
        }
        return evenZeros * 10 >= pairs * 9 && oddZeros == 0 ? Optional.of(StandardCharsets.UTF_16BE)
                : Optional.empty();
    }

    /** A byte that is not UTF-8, with its line. */
    private record Malformed(long line, int value) {
        String hex() {
            return String.format(Locale.ROOT, "0x%02X", value);
        }
    }

    /** The first byte that is not UTF-8, streaming the file through a strict decoder. */
    private static Optional<Malformed> firstMalformed(Path file) throws IOException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.allocate(1 << 16);
        CharBuffer out = CharBuffer.allocate(1 << 16);
        long line = 1;
        try (InputStream stream = Files.newInputStream(file)) {
            boolean end = false;
            while (!end) {
                int n = stream.read(in.array(), in.position(), in.remaining());
                end = n < 0;
                in.position(in.position() + Math.max(n, 0));
                in.flip();
                CoderResult result;
                do {
                    int before = in.position();
                    result = decoder.decode(in, out, end);
                    line += newlines(in.array(), before, in.position());
                    out.clear();
                    if (result.isError()) {
                        return Optional.of(new Malformed(line, in.get(in.position()) & 0xFF));
                    }
                } while (result.isOverflow());
                in.compact();
            }
        }
        return Optional.empty();
    }

    private static int newlines(byte[] bytes, int from, int to) {
        int count = 0;
        for (int i = from; i < to; i++) {
            count += bytes[i] == '\n' ? 1 : 0;
        }
        return count;
    }
}
