package dev.tally.archfixture.cycle.b;

import dev.tally.archfixture.cycle.a.CycleA;

/** Broken on purpose: the other half of a package cycle. */
public class CycleB {
    CycleA other;
}
