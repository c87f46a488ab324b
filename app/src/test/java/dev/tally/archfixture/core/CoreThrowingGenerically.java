package dev.tally.archfixture.core;

/** Broken on purpose: a class that throws a generic exception. */
public class CoreThrowingGenerically {
    void fail() {
        throw new RuntimeException("too generic");
    }
}
