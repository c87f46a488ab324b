package dev.tally.archfixture.core.model;

/** Broken on purpose: a domain value with a field that can change. */
public final class MutableValue {
    int count;
}
