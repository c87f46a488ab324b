package dev.tally.archfixture.core;

import com.fasterxml.jackson.core.JsonFactory;

/** Broken on purpose: a core class that depends on Jackson. */
public class CoreUsingJackson {
    final JsonFactory factory = new JsonFactory();
}
