package dev.tally.app.report;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;

/**
 * JSON escapes for data embedded in an HTML {@code <script>} element: {@code <}, {@code >} and
 * {@code &} are written as {@code \u003c}, {@code \u003e} and {@code \u0026}, so that no text of
 * the ledger can close the element ({@code </script>}) or open a comment ({@code <!--}). The JSON
 * means the same once parsed.
 */
final class HtmlSafeEscapes extends CharacterEscapes {

    private static final long serialVersionUID = 1L;

    private final int[] escapes;

    HtmlSafeEscapes() {
        escapes = CharacterEscapes.standardAsciiEscapesForJSON();
        escapes['<'] = CharacterEscapes.ESCAPE_STANDARD;
        escapes['>'] = CharacterEscapes.ESCAPE_STANDARD;
        escapes['&'] = CharacterEscapes.ESCAPE_STANDARD;
    }

    @Override
    public int[] getEscapeCodesForAscii() {
        return escapes;
    }

    @Override
    public SerializableString getEscapeSequence(int ch) {
        return null;
    }
}
