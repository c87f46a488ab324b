package dev.tally.core.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A figure as a table or an article states it, with the words that may follow its count:
 * {@code 751 prisoners}, {@code 4,700 KIA}, {@code dozens of soldiers}. The words are a hint of what
 * is counted (a metric), never part of the figure.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param quantity  the figure, not null
 * @param words  the words after the count, stripped, never blank; empty if the text held only the figure
 */
public record StatedFigure(Quantity quantity, Optional<String> words) {

    /**
     * Checks the parts.
     *
     * @param quantity  the figure, not null
     * @param words  the words after the count, not null
     * @throws IllegalArgumentException if the words are blank
     */
    public StatedFigure {
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(words, "words");
        if (words.isPresent() && words.get().isBlank()) {
            throw new IllegalArgumentException("words cannot be blank");
        }
    }

    /**
     * Reads a figure in any form {@link Quantity#parse(String)} reads, optionally followed by words
     * that say what it counts ({@code 751 prisoners}, {@code at least 300 killed}); a leading "of"
     * of the words is dropped ({@code dozens of soldiers} gives "soldiers").
     *
     * @param text  the text, not null
     * @return the figure and its words, never null
     * @throws InvalidTextException if no figure begins the text; the message says why
     */
    public static StatedFigure parse(String text) {
        return QuantityText.parseStated(text);
    }
}
