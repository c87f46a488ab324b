package dev.tally.archfixture.core;

/** Broken on purpose: a class outside the app that prints to the console. */
public class CorePrinting {
    void print() {
        System.out.println("not allowed here");
    }
}
