package dev.tally.core.analysis;

import java.util.Objects;

/**
 * The key that groups estimates by two or three of their fields, such as subject and metric, or
 * subject, source and period. One small object per estimate, hashed from the fields' own hashes.
 *
 * @param first  the first field, not null
 * @param second  the second field, not null
 * @param third  the third field, or null when grouping by two
 */
record GroupKey(Object first, Object second, Object third) {

    /** The key of two fields. */
    static GroupKey of(Object first, Object second) {
        return new GroupKey(first, second, null);
    }

    /** The key of three fields. */
    static GroupKey of(Object first, Object second, Object third) {
        return new GroupKey(first, second, third);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof GroupKey that && first.equals(that.first) && second.equals(that.second)
                && Objects.equals(third, that.third);
    }

    @Override
    public int hashCode() {
        return (31 * first.hashCode() + second.hashCode()) * 31 + Objects.hashCode(third);
    }
}
