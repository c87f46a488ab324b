package dev.tally.adapters.csv;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;

/**
 * A file's characters followed by a line holding only a mark, which tells a quote left open to
 * the end of the file from quotes that all close. FastCSV ends a field whose quote is never closed
 * at the end of the input, silently (FastCSV issue #173): the rest of the file, rows and all,
 * would be read into that one field. Behind the file's characters, the mark reads back as a record
 * of its own when every quote closed, and as the end of the last field when a quote was left open.
 */
final class EndMark extends Reader {

    /** Characters of Unicode's private use area, which no delimiter or quote is. */
    private static final String MARK = "\uE000tally:end\uE000";

    private final Reader text;
    private final Reader mark = new StringReader("\n" + MARK + "\n");
    private boolean textRead;

    /** The characters of a text, then the mark on a line of its own. */
    EndMark(Reader text) {
        this.text = text;
    }

    /**
     * Whether the last record of the file is the mark alone, as it is when every quote closed.
     *
     * @param last  the last record read
     */
    static boolean closes(CsvFields last) {
        return last.fields() == 1 && last.raw(0).equals(MARK);
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        if (!textRead) {
            int read = text.read(buffer, offset, length);
            if (read >= 0) {
                return read;
            }
            textRead = true;
        }
        return mark.read(buffer, offset, length);
    }

    @Override
    public void close() throws IOException {
        text.close();
    }
}
