package dev.tally.archfixture.core;

import com.google.inject.Injector;

/** Broken on purpose: a class outside the app that uses Guice. */
public class CoreUsingGuice {
    Injector injector;
}
