package dev.tally.core.table;

import dev.tally.core.spi.Location;
import dev.tally.core.spi.Problem;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Reads a table on two threads: the format parses its rows on the calling thread while a second
 * thread reads them into estimates, so that an import takes about as long as the longer of the
 * two, not their sum. The rows reach the sink in order, on one thread, with the same outcome as if
 * it took them on the calling thread: a stop by the sink stops the parsing at the next batch, and
 * when the format stops first, the rows it parsed before are all read.
 *
 * <p>One read ahead reads one table once: {@link #read} returns after the second thread is done.
 */
final class ReadAhead implements RowSink {

    /** Rows handed over at a time, so that the threads meet once per batch, not once per row. */
    private static final int BATCH = 256;
    /** Batches parsed but not yet read, at most: bounds the memory the parser may run ahead by. */
    private static final int BATCHES = 16;
    /** The end of the rows; the sink's {@link RowSink#end()} follows. */
    private static final Row[] END = new Row[0];
    /** The end of the rows, the format having stopped before its end: no {@link RowSink#end()}. */
    private static final Row[] STOPPED = new Row[0];

    private final RowSink sink;
    private final BlockingQueue<Row[]> batches = new ArrayBlockingQueue<>(BATCHES);
    private final Thread reader;
    private Row[] batch = new Row[BATCH];
    private int filled;
    /** How the second thread ended: null while it runs or when it read every row; else the stop or failure. */
    private volatile Throwable ended;

    private ReadAhead(RowSink sink, String table) {
        this.sink = sink;
        this.reader = new Thread(this::take, "tally-read-" + table);
        this.reader.setDaemon(true);
    }

    /**
     * Streams a table's rows to a sink as {@link Tables#read} does, the sink taking them on a
     * second thread.
     *
     * @return the problem that stopped the reading: the sink's, which comes first in row order, else
     *         the format's; empty if the table was read to its end or the sink stopped it
     */
    static Optional<Problem> read(Tables tables, String table, RowSink sink) {
        ReadAhead ahead = new ReadAhead(sink, table);
        ahead.reader.start();
        Optional<Problem> stopped;
        try {
            stopped = tables.read(table, ahead);
        } finally {
            ahead.finish(STOPPED);
        }
        Throwable ended = ahead.ended;
        if (ended instanceof StopReading stop) {
            return stop.problem();
        }
        if (ended instanceof RuntimeException e) {
            throw e;
        }
        if (ended instanceof Error e) {
            throw e;
        }
        return stopped;
    }

    @Override
    public void row(Row row) throws StopReading {
        batch[filled++] = row;
        if (filled == BATCH) {
            hand(batch);
            batch = new Row[BATCH];
            filled = 0;
            if (ended != null) {
                throw new StopReading();
            }
        }
    }

    @Override
    public void end() throws StopReading {
        finish(END);
        if (ended instanceof StopReading stop) {
            throw stop;
        }
    }

    /** Hands on the rows of the last batch, then the mark, and waits for the second thread to be done; once. */
    private void finish(Row[] mark) {
        if (!reader.isAlive() && batches.isEmpty()) {
            return;
        }
        if (filled > 0) {
            hand(Arrays.copyOf(batch, filled));
            filled = 0;
        }
        hand(mark);
        try {
            reader.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            ended = new StopReading(new Problem(new Location.Whole(), "the reading was interrupted"));
        }
    }

    private void hand(Row[] rows) {
        try {
            batches.put(rows);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            ended = new StopReading(new Problem(new Location.Whole(), "the reading was interrupted"));
        }
    }

    /** The second thread: gives the sink every row, up to a mark, then its end; after a stop, takes the rest unread. */
    private void take() {
        Row[] rows;
        try {
            for (rows = batches.take(); rows != END && rows != STOPPED; rows = batches.take()) {
                for (Row row : rows) {
                    sink.row(row);
                }
            }
        } catch (StopReading | RuntimeException | Error e) {
            ended = e;
            drain();
            return;
        } catch (InterruptedException e) {
            ended = new StopReading(new Problem(new Location.Whole(), "the reading was interrupted"));
            return;
        }
        if (rows == END) {
            try {
                sink.end();
            } catch (StopReading | RuntimeException | Error e) {
                ended = e;
            }
        }
    }

    /** Takes the batches still coming, unread, so that the parsing thread never waits on a full queue, up to a mark. */
    private void drain() {
        try {
            for (Row[] rows = batches.take(); rows != END && rows != STOPPED; rows = batches.take()) {
                // the sink has stopped: the rows after are not read
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
