package dev.tally.app.render;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Left-aligned columns, each as wide as its widest cell, separated by two spaces. */
final class TextTable {

    private final List<String[]> rows = new ArrayList<>();

    TextTable row(String... cells) {
        rows.add(cells.clone());
        return this;
    }

    /**
     * Breaks a text into lines of at most {@code width} characters at spaces, the first line after
     * {@code first}, the others after {@code rest}; spacing within a line is kept. A word longer than a
     * line stands alone.
     */
    static List<String> wrap(String first, String rest, String text, int width) {
        List<String> lines = new ArrayList<>();
        String prefix = first;
        String remaining = text;
        while (prefix.length() + remaining.length() > width) {
            int room = width - prefix.length();
            int cut = remaining.lastIndexOf(' ', room);
            if (cut <= 0) {
                cut = remaining.indexOf(' ', room);
                if (cut < 0) {
                    break;
                }
            }
            lines.add(prefix + remaining.substring(0, cut).stripTrailing());
            remaining = remaining.substring(cut + 1).stripLeading();
            prefix = rest;
        }
        lines.add(prefix + remaining);
        return lines;
    }

    List<String> lines(String indent) {
        int columns = rows.stream().mapToInt(row -> row.length).max().orElse(0);
        int[] widths = new int[columns];
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                widths[i] = Math.max(widths[i], row[i].length());
            }
        }
        int width = indent.length() + Arrays.stream(widths).map(w -> w + 2).sum();
        List<String> lines = new ArrayList<>(rows.size());
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder(width).append(indent);
            for (int i = 0; i < row.length; i++) {
                line.append(row[i]);
                if (i < row.length - 1) {
                    pad(line, widths[i] - row[i].length() + 2);
                }
            }
            lines.add(line.toString().stripTrailing());
        }
        return lines;
    }

    private static void pad(StringBuilder line, int spaces) {
        for (int i = 0; i < spaces; i++) {
            line.append(' ');
        }
    }
}
