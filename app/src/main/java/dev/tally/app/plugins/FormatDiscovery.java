package dev.tally.app.plugins;

import dev.tally.core.spi.LedgerFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;

/**
 * Finds the format plugins on the class path (or module path) with {@link ServiceLoader}.
 *
 * <p>A plugin that cannot be loaded is skipped with a warning, as SLF4J does with a broken
 * provider, so that one bad jar does not stop every other format.
 */
public final class FormatDiscovery {

    private final List<LedgerFormat> formats = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();

    private FormatDiscovery() {
    }

    /**
     * Loads every {@link LedgerFormat} that the class loader announces.
     *
     * @param loader  the class loader to search
     * @return the discovery, with its formats and warnings
     */
    public static FormatDiscovery discover(ClassLoader loader) {
        FormatDiscovery discovery = new FormatDiscovery();
        var iterator = ServiceLoader.load(LedgerFormat.class, loader).iterator();
        while (true) {
            try {
                if (!iterator.hasNext()) {
                    break;
                }
                discovery.formats.add(iterator.next());
            } catch (ServiceConfigurationError e) {
                discovery.warnings.add("a format plugin could not be loaded and is skipped: " + e.getMessage());
            }
        }
        return discovery;
    }

    /**
     * The formats found, in class path order.
     *
     * @return the formats, never null
     */
    public List<LedgerFormat> formats() {
        return List.copyOf(formats);
    }

    /**
     * What went wrong while loading plugins.
     *
     * @return the warnings, never null
     */
    public List<String> warnings() {
        return List.copyOf(warnings);
    }
}
