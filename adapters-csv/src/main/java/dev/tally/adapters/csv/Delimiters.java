package dev.tally.adapters.csv;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds a CSV file's delimiter from its first records: the one of {@code , ; tab |} that the most
 * records hold the same number of times, outside quotes (a title line above the header holds
 * none or fewer, and a comma inside a quoted note does not count).
 */
final class Delimiters {

    /** The delimiters detected, in the order that breaks a tie. */
    private static final char[] CANDIDATES = {',', ';', '\t', '|'};
    /** The records looked at. */
    private static final int RECORDS = 30;

    private Delimiters() {
    }

    /**
     * The delimiter of a file's start, if it shows one.
     *
     * @param sample  the file's first characters
     * @param comments  whether lines that begin with {@code #} are comments, and so not looked at
     * @return the delimiter, or empty when no candidate occurs outside quotes
     */
    static Optional<Character> find(CharSequence sample, boolean comments) {
        List<int[]> counts = counts(sample, comments);
        Character best = null;
        int bestShared = 0;
        int bestCount = 0;
        for (int c = 0; c < CANDIDATES.length; c++) {
            Map<Integer, Integer> records = new HashMap<>();
            for (int[] record : counts) {
                if (record[c] > 0) {
                    records.merge(record[c], 1, Integer::sum);
                }
            }
            for (Map.Entry<Integer, Integer> e : records.entrySet()) {
                if (e.getValue() > bestShared || e.getValue() == bestShared && e.getKey() > bestCount) {
                    best = CANDIDATES[c];
                    bestShared = e.getValue();
                    bestCount = e.getKey();
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /** How often each candidate occurs outside quotes in each whole record of the sample. */
    private static List<int[]> counts(CharSequence sample, boolean comments) {
        List<int[]> records = new ArrayList<>();
        int[] current = new int[CANDIDATES.length];
        boolean quoted = false;
        boolean lineStart = true;
        boolean comment = false;
        for (int i = 0; i < sample.length() && records.size() < RECORDS; i++) {
            char ch = sample.charAt(i);
            if (lineStart && !quoted) {
                comment = comments && ch == '#';
            }
            lineStart = false;
            if (ch == '"' && !comment) {
                quoted = !quoted;
            } else if (ch == '\n' && !quoted) {
                if (!comment) {
                    records.add(current);
                }
                current = new int[CANDIDATES.length];
                lineStart = true;
            } else if (!quoted && !comment) {
                for (int c = 0; c < CANDIDATES.length; c++) {
                    current[c] += ch == CANDIDATES[c] ? 1 : 0;
                }
            }
        }
        if (records.isEmpty() || !lineStart && records.size() < RECORDS && !comment) {
            records.add(current);
        }
        return records;
    }
}
