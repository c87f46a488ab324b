package dev.tally.app;

import java.io.Flushable;
import java.io.IOException;
import java.io.Writer;

/**
 * A writer that flushes another stream before each write: standard error flushes buffered standard
 * output first, so that a message printed after some output appears after it.
 */
final class FlushingFirst extends Writer {

    private final Flushable first;
    private final Writer target;

    FlushingFirst(Flushable first, Writer target) {
        this.first = first;
        this.target = target;
    }

    @Override
    public void write(char[] text, int offset, int length) throws IOException {
        first.flush();
        target.write(text, offset, length);
    }

    @Override
    public void flush() throws IOException {
        target.flush();
    }

    @Override
    public void close() throws IOException {
        target.close();
    }
}
