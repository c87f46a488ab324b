package dev.tally.app.plugins;

import com.google.inject.AbstractModule;
import com.google.inject.multibindings.Multibinder;
import dev.tally.core.spi.LedgerFormat;
import java.util.List;

/**
 * Binds each format plugin into a Guice {@link Multibinder} of {@link LedgerFormat}, from which the
 * {@link FormatRegistry} is built.
 */
public final class FormatModule extends AbstractModule {

    private final List<LedgerFormat> formats;

    /**
     * A module binding the given formats.
     *
     * @param formats  the formats, usually those of {@link FormatDiscovery}
     */
    public FormatModule(List<LedgerFormat> formats) {
        this.formats = List.copyOf(formats);
    }

    @Override
    protected void configure() {
        Multibinder<LedgerFormat> binder = Multibinder.newSetBinder(binder(), LedgerFormat.class);
        formats.forEach(format -> binder.addBinding().toInstance(format));
    }
}
