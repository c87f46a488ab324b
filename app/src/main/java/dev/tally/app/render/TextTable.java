package dev.tally.app.render;

import java.util.ArrayList;
import java.util.List;

/** Left-aligned columns, each as wide as its widest cell, separated by two spaces. */
final class TextTable {

    private final List<List<String>> rows = new ArrayList<>();

    TextTable row(String... cells) {
        rows.add(List.of(cells));
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
        int columns = rows.stream().mapToInt(List::size).max().orElse(0);
        int[] widths = new int[columns];
        for (List<String> row : rows) {
            for (int i = 0; i < row.size(); i++) {
                widths[i] = Math.max(widths[i], row.get(i).length());
            }
        }
        List<String> lines = new ArrayList<>();
        for (List<String> row : rows) {
            StringBuilder line = new StringBuilder(indent);
            for (int i = 0; i < row.size(); i++) {
                line.append(row.get(i));
                if (i < row.size() - 1) {
                    line.append(" ".repeat(widths[i] - row.get(i).length() + 2));
                }
            }
            lines.add(line.toString().stripTrailing());
        }
        return lines;
    }
}
