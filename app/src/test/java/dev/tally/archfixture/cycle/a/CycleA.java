package dev.tally.archfixture.cycle.a;

import dev.tally.archfixture.cycle.b.CycleB;

/** Broken on purpose: half of a package cycle. */
public class CycleA {
    CycleB other;
}
