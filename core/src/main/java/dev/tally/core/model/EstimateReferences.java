package dev.tally.core.model;

import java.util.List;
import java.util.Objects;

/**
 * Where the records that the estimates of a ledger name lie in the ledger's lists: for the estimate
 * at each position of {@link Ledger#estimates()}, the position of its subject in
 * {@link Ledger#subjects()}, of its source in {@link Ledger#sources()}, of its metric in
 * {@link Ledger#metrics()} and of each estimate it revises in {@link Ledger#estimates()}. The ledger
 * finds them while it checks that every reference resolves, so that a view may number the records
 * by their positions rather than look their ids up again.
 *
 * <p>Kept as four numbers an estimate (16 bytes: for the first revision, the revised estimate's
 * position, its kind and whether others follow, which are found by id when asked), in arrays of
 * 32 estimates, column after column, the arrays in a list
 * whose versions share their structure as the ledger's lists do: adding an estimate copies the
 * last, partly filled array.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class EstimateReferences {

    /** The columns of a row. */
    static final int SUBJECT = 0;
    static final int SOURCE = 1;
    static final int METRIC = 2;
    static final int REVISED = 3;
    /** The numbers of an estimate, the columns. */
    static final int WIDTH = 4;
    /** In the {@link #REVISED} column: the flag of a correction or a retraction, that of more revisions. */
    private static final int WITHDRAWS = 1;
    private static final int MORE = 2;
    private static final int FLAGS = 2;
    private static final int ROWS = 32;

    /** Arrays of the numbers of {@link #ROWS} estimates, column after column. */
    private final RecordList<int[]> chunks;
    /** The numbers of the estimates after the last full chunk, fewer than {@link #ROWS}, column after column. */
    private final int[] tail;
    private final RecordIndex<Estimate> estimates;

    private EstimateReferences(RecordList<int[]> chunks, int[] tail, RecordIndex<Estimate> estimates) {
        this.chunks = chunks;
        this.tail = tail;
        this.estimates = estimates;
    }

    /**
     * The references of no estimate.
     *
     * @param estimates  the ledger's estimates, none
     */
    static EstimateReferences none(RecordIndex<Estimate> estimates) {
        return new EstimateReferences(RecordList.of(List.of()), new int[0], estimates);
    }

    /**
     * These references with the numbers of more estimates.
     *
     * @param rows  the numbers of the estimates added, {@link #WIDTH} for each estimate in turn
     * @param all  the estimates of the ledger these references are then of, the added ones included
     */
    EstimateReferences plus(int[] rows, RecordIndex<Estimate> all) {
        int held = tail.length / WIDTH;
        int count = held + rows.length / WIDTH;
        RecordList<int[]> longer = chunks;
        int from = 0;
        for (; count - from >= ROWS; from += ROWS) {
            longer = longer.plus(columns(rows, held, from, ROWS));
        }
        return new EstimateReferences(longer, columns(rows, held, from, count - from), all);
    }

    /**
     * The numbers of {@code length} estimates from the {@code from}-th of the tail's and then the
     * added, column after column.
     */
    private int[] columns(int[] rows, int held, int from, int length) {
        int[] chunk = new int[length * WIDTH];
        for (int k = 0; k < length; k++) {
            int e = from + k;
            for (int c = 0; c < WIDTH; c++) {
                chunk[c * length + k] = e < held ? tail[c * held + e] : rows[(e - held) * WIDTH + c];
            }
        }
        return chunk;
    }

    /** What the {@link #REVISED} column holds of an estimate: -1 if it revises none. */
    static int revisedCode(List<Revision> revises, int firstRevised) {
        if (revises.isEmpty() || firstRevised < 0) {
            return -1;
        }
        if (firstRevised >= 1 << (Integer.SIZE - 1 - FLAGS)) {
            throw new IllegalStateException("a ledger holds fewer than 2^29 estimates");
        }
        return firstRevised << FLAGS | (revises.size() > 1 ? MORE : 0)
                | (revises.get(0).kind() == RevisionKind.UPDATE ? 0 : WITHDRAWS);
    }

    /** Told of one revision: the positions of the estimate revising and of the estimate revised. */
    @FunctionalInterface
    public interface RevisionConsumer {
        /**
         * Takes one revision.
         *
         * @param estimate  the position of the estimate revising, in {@link Ledger#estimates()}
         * @param revised  the position of the estimate revised, in {@link Ledger#estimates()}
         * @param withdraws  true for a correction or a retraction, false for an update
         */
        void accept(int estimate, int revised, boolean withdraws);
    }

    /**
     * Tells every revision of every estimate, in the order of {@link Ledger#estimates()} and of each
     * estimate's {@link Estimate#revises()}: reading the estimates only for those revising more than one.
     *
     * @param consumer  told of each revision, not null
     */
    public void forEachRevision(RevisionConsumer consumer) {
        int estimate = 0;
        for (int[] chunk : chunks) {
            revisions(chunk, ROWS, estimate, consumer);
            estimate += ROWS;
        }
        revisions(tail, tail.length / WIDTH, estimate, consumer);
    }

    private void revisions(int[] chunk, int length, int first, RevisionConsumer consumer) {
        for (int k = 0; k < length; k++) {
            int code = chunk[REVISED * length + k];
            if (code >= 0) {
                consumer.accept(first + k, code >>> FLAGS, (code & WITHDRAWS) != 0);
                if ((code & MORE) != 0) {
                    List<Revision> revises = estimates.list().get(first + k).revises();
                    for (int r = 1; r < revises.size(); r++) {
                        consumer.accept(first + k, estimates.position(revises.get(r).target()),
                                revises.get(r).kind() != RevisionKind.UPDATE);
                    }
                }
            }
        }
    }

    /**
     * How many estimates the references are of.
     *
     * @return the number of estimates of the ledger
     */
    public int size() {
        return chunks.size() * ROWS + tail.length / WIDTH;
    }

    /**
     * The position of the estimate with the given id.
     *
     * @param id  the id, not null
     * @return the position in {@link Ledger#estimates()}, or -1 if no estimate has the id
     */
    public int estimate(String id) {
        return estimates.position(Objects.requireNonNull(id, "id"));
    }

    /**
     * The position of an estimate's subject.
     *
     * @param estimate  the estimate's position in {@link Ledger#estimates()}
     * @return the position in {@link Ledger#subjects()}
     * @throws IndexOutOfBoundsException if there is no estimate at the position
     */
    public int subject(int estimate) {
        return at(estimate, SUBJECT);
    }

    /**
     * The position of an estimate's source.
     *
     * @param estimate  the estimate's position in {@link Ledger#estimates()}
     * @return the position in {@link Ledger#sources()}
     * @throws IndexOutOfBoundsException if there is no estimate at the position
     */
    public int source(int estimate) {
        return at(estimate, SOURCE);
    }

    /**
     * The position of an estimate's metric.
     *
     * @param estimate  the estimate's position in {@link Ledger#estimates()}
     * @return the position in {@link Ledger#metrics()}
     * @throws IndexOutOfBoundsException if there is no estimate at the position
     */
    public int metric(int estimate) {
        return at(estimate, METRIC);
    }

    /**
     * The position of the estimate that one revision of an estimate revises.
     *
     * @param estimate  the estimate's position in {@link Ledger#estimates()}
     * @param revision  the revision's index in the estimate's {@link Estimate#revises()}
     * @return the revised estimate's position in {@link Ledger#estimates()}
     * @throws IndexOutOfBoundsException if there is no estimate at the position or no such revision
     */
    public int revised(int estimate, int revision) {
        if (revision == 0) {
            Objects.checkIndex(0, estimates.list().get(estimate).revises().size());
            return at(estimate, REVISED) >>> FLAGS;
        }
        return estimates.position(estimates.list().get(estimate).revises().get(revision).target());
    }

    /**
     * The position of each estimate's subject, in the order of {@link Ledger#estimates()}.
     *
     * @return a new array of positions in {@link Ledger#subjects()}, one per estimate
     */
    public int[] subjects() {
        return column(SUBJECT);
    }

    /**
     * The position of each estimate's source, in the order of {@link Ledger#estimates()}.
     *
     * @return a new array of positions in {@link Ledger#sources()}, one per estimate
     */
    public int[] sources() {
        return column(SOURCE);
    }

    /**
     * The position of each estimate's metric, in the order of {@link Ledger#estimates()}.
     *
     * @return a new array of positions in {@link Ledger#metrics()}, one per estimate
     */
    public int[] metrics() {
        return column(METRIC);
    }

    private int at(int estimate, int column) {
        Objects.checkIndex(estimate, size());
        int chunk = estimate / ROWS;
        return chunk < chunks.size() ? chunks.get(chunk)[column * ROWS + estimate % ROWS]
                : tail[column * (tail.length / WIDTH) + estimate % ROWS];
    }

    /** One column of every estimate, walking the chunks one after the other. */
    private int[] column(int column) {
        int[] values = new int[size()];
        int p = 0;
        for (int[] chunk : chunks) {
            System.arraycopy(chunk, column * ROWS, values, p, ROWS);
            p += ROWS;
        }
        int held = tail.length / WIDTH;
        System.arraycopy(tail, column * held, values, p, held);
        return values;
    }
}
