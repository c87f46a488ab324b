package dev.tally.adapters.excel;

import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Whether a sheet's bytes hold the word {@code mergeCell} at all: a quick scan, with no XML parsed
 * and nothing allocated per block, that spares most sheets an XML pass for their merged areas. It
 * looks eight bytes at a time for the word's {@code g}, a letter a sheet's markup never uses, and
 * checks the whole word at each one.
 */
final class MergeCellScan {

    private static final byte[] WORD = "mergeCell".getBytes(StandardCharsets.US_ASCII);
    /** Where in the word the letter searched for is. */
    private static final int ANCHOR = 3;
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGH_BITS = 0x8080808080808080L;
    private static final long ANCHORS = ONES * WORD[ANCHOR];
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    private MergeCellScan() {
    }

    /** Reads the stream until the word is found or the stream ends. */
    static boolean mentions(InputStream in) throws IOException {
        byte[] buffer = new byte[1 << 16];
        int carried = 0;
        for (int n = in.read(buffer, carried, buffer.length - carried); n > 0;
             n = in.read(buffer, carried, buffer.length - carried)) {
            int end = carried + n;
            if (holds(buffer, end)) {
                return true;
            }
            carried = Math.min(WORD.length - 1, end);
            System.arraycopy(buffer, end - carried, buffer, 0, carried);
        }
        return false;
    }

    /** Whether the word lies wholly within the first {@code end} bytes. */
    static boolean holds(byte[] bytes, int end) {
        int last = end - WORD.length + ANCHOR;
        int i = ANCHOR;
        for (; i + Long.BYTES - 1 <= last; i += Long.BYTES) {
            // a byte equal to the anchor becomes zero; the high bit of each zero byte is set (and perhaps of
            // bytes above one, which the check of the whole word sorts out)
            long x = (long) LONGS.get(bytes, i) ^ ANCHORS;
            for (long zeros = (x - ONES) & ~x & HIGH_BITS; zeros != 0; zeros &= zeros - 1) {
                if (wordAt(bytes, i + (Long.numberOfTrailingZeros(zeros) >>> 3) - ANCHOR)) {
                    return true;
                }
            }
        }
        for (; i <= last; i++) {
            if (wordAt(bytes, i - ANCHOR)) {
                return true;
            }
        }
        return false;
    }

    private static boolean wordAt(byte[] bytes, int start) {
        return Arrays.equals(bytes, start, start + WORD.length, WORD, 0, WORD.length);
    }
}
