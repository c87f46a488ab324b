package dev.tally.core.model;

import java.util.Optional;

/**
 * Where a claim was published: title, publisher, URL and the quoted words. At least one is given.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param title  the title of the report or article
 * @param publisher  who published it
 * @param url  where it can be read
 * @param quote  the sentence that makes the claim, in the publisher's words
 */
public record Citation(Optional<String> title, Optional<String> publisher, Optional<String> url,
                       Optional<String> quote) {

    /**
     * Folds blank texts into empty ones and checks that something is cited.
     *
     * @param title  the title of the report or article
     * @param publisher  who published it
     * @param url  where it can be read
     * @param quote  the sentence that makes the claim, in the publisher's words
     * @throws IllegalArgumentException if all four are empty
     */
    public Citation {
        title = Ids.optional(title, "title");
        publisher = Ids.optional(publisher, "publisher");
        url = Ids.optional(url, "url");
        quote = Ids.optional(quote, "quote");
        if (title.isEmpty() && publisher.isEmpty() && url.isEmpty() && quote.isEmpty()) {
            throw new IllegalArgumentException("a citation needs a title, a publisher, a URL or a quote");
        }
    }

    /**
     * A citation of a titled publication with the quoted words.
     *
     * @param title  the title, not blank
     * @param quote  the quoted words, not blank
     * @return the citation, never null
     */
    public static Citation of(String title, String quote) {
        return new Citation(Optional.of(title), Optional.empty(), Optional.empty(), Optional.of(quote));
    }
}
