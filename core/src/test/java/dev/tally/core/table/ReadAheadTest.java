package dev.tally.core.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tally.core.spi.Location;
import dev.tally.core.spi.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ReadAheadTest {

    private static final Problem FORMAT_LIMIT = new Problem(new Location.Whole(), "the format's limit");
    private static final Problem SINK_LIMIT = new Problem(new Location.Whole(), "the sink's limit");

    /**
     * One table of numbered rows, parsed as a format does: rows in order, then end; or, after them,
     * a stop of its own or a failure.
     */
    private record Numbered(int rows, Optional<Problem> formatStop, RuntimeException failure, List<Integer> parsed)
            implements Tables {

        Numbered(int rows, Optional<Problem> formatStop) {
            this(rows, formatStop, null);
        }

        Numbered(int rows, Optional<Problem> formatStop, RuntimeException failure) {
            this(rows, formatStop, failure, new ArrayList<>());
        }

        @Override
        public Optional<String> find(String name) {
            return Optional.of(name);
        }

        @Override
        public List<String> estimateCandidates() {
            return List.of();
        }

        @Override
        public Optional<Problem> read(String table, RowSink sink) {
            try {
                for (int i = 1; i <= rows; i++) {
                    parsed.add(i);
                    sink.row(new Row(i, List.of(Cell.ofText(0, Integer.toString(i)))));
                }
                if (failure != null) {
                    throw failure;
                }
                if (formatStop.isPresent()) {
                    return formatStop;
                }
                sink.end();
                return Optional.empty();
            } catch (StopReading stop) {
                return stop.problem();
            }
        }

        @Override
        public Location cell(String table, int row, int column, String header) {
            return new Location.Whole();
        }

        @Override
        public Location row(String table, int row) {
            return new Location.Whole();
        }
    }

    /** A sink that notes what it takes and on which thread, and stops at a row if told to. */
    private static final class Noting implements RowSink {
        final List<Integer> rows = new ArrayList<>();
        final List<Thread> threads = new ArrayList<>();
        int ends;
        private final int stopAt;
        private final Problem stop;

        Noting(int stopAt, Problem stop) {
            this.stopAt = stopAt;
            this.stop = stop;
        }

        @Override
        public void row(Row row) throws StopReading {
            rows.add(row.number());
            threads.add(Thread.currentThread());
            if (row.number() == stopAt) {
                throw new StopReading(stop);
            }
        }

        @Override
        public void end() {
            ends++;
        }
    }

    private static List<Integer> upTo(int last) {
        return IntStream.rangeClosed(1, last).boxed().toList();
    }

    @Test
    void every_row_reaches_the_sink_in_order_on_one_other_thread_then_end_once() {
        Noting sink = new Noting(-1, null);

        Optional<Problem> stopped = ReadAhead.read(new Numbered(10_000, Optional.empty()), "t", sink);

        assertEquals(Optional.empty(), stopped);
        assertEquals(upTo(10_000), sink.rows);
        assertEquals(1, sink.ends);
        assertEquals(1, sink.threads.stream().distinct().count());
        assertNotEquals(Thread.currentThread(), sink.threads.get(0));
    }

    @Test
    void a_table_shorter_than_a_batch_is_read_whole() {
        Noting sink = new Noting(-1, null);

        ReadAhead.read(new Numbered(3, Optional.empty()), "t", sink);

        assertEquals(upTo(3), sink.rows);
        assertEquals(1, sink.ends);
    }

    @Test
    void the_sinks_stop_gives_its_problem_and_no_row_after_it_is_read_nor_the_end() {
        Noting sink = new Noting(700, SINK_LIMIT);
        Numbered table = new Numbered(100_000, Optional.empty());

        Optional<Problem> stopped = ReadAhead.read(table, "t", sink);

        assertEquals(Optional.of(SINK_LIMIT), stopped);
        assertEquals(upTo(700), sink.rows);
        assertEquals(0, sink.ends);
        assertTrue(table.parsed().size() < 100_000, "the format stops parsing soon after the sink stops");
    }

    @Test
    void the_sinks_stop_wins_over_a_later_stop_of_the_format() {
        Noting sink = new Noting(5, SINK_LIMIT);

        Optional<Problem> stopped = ReadAhead.read(new Numbered(20, Optional.of(FORMAT_LIMIT)), "t", sink);

        assertEquals(Optional.of(SINK_LIMIT), stopped);
    }

    @Test
    void when_the_format_stops_every_row_it_parsed_before_is_read_and_end_is_not_called() {
        Noting sink = new Noting(-1, null);

        Optional<Problem> stopped = ReadAhead.read(new Numbered(1_000, Optional.of(FORMAT_LIMIT)), "t", sink);

        assertEquals(Optional.of(FORMAT_LIMIT), stopped);
        assertEquals(upTo(1_000), sink.rows);
        assertEquals(0, sink.ends);
    }

    @Test
    void a_sink_that_stops_at_its_end_gives_that_stop() {
        RowSink sink = new RowSink() {
            @Override
            public void row(Row row) {
                // takes every row
            }

            @Override
            public void end() throws StopReading {
                throw new StopReading(SINK_LIMIT);
            }
        };

        assertEquals(Optional.of(SINK_LIMIT), ReadAhead.read(new Numbered(10, Optional.empty()), "t", sink));
    }

    @Test
    void a_failure_of_the_sink_reaches_the_caller_as_it_is() {
        IllegalStateException failure = new IllegalStateException("a bug in the sink");
        RowSink sink = row -> {
            if (row.number() == 300) {
                throw failure;
            }
        };

        IllegalStateException thrown = assertThrows(IllegalStateException.class,
                () -> ReadAhead.read(new Numbered(5_000, Optional.empty()), "t", sink));

        assertSame(failure, thrown);
    }

    @Test
    void a_failure_of_the_format_reaches_the_caller_once_the_rows_before_are_read() {
        Noting sink = new Noting(-1, null);
        IllegalStateException failure = new IllegalStateException("the format broke");

        IllegalStateException thrown = assertThrows(IllegalStateException.class,
                () -> ReadAhead.read(new Numbered(600, Optional.empty(), failure), "t", sink));

        assertSame(failure, thrown);
        assertEquals(upTo(600), sink.rows);
        assertEquals(0, sink.ends);
    }
}
