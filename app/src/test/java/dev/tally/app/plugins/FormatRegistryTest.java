package dev.tally.app.plugins;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.inject.Guice;
import com.google.inject.ProvisionException;
import dev.tally.core.spi.FormatDescriptor;
import dev.tally.core.spi.LedgerFormat;
import dev.tally.core.spi.LedgerReader;
import dev.tally.core.spi.LedgerWriter;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FormatRegistryTest {

    @Test
    void service_loader_finds_the_format_that_exists_only_in_the_test_sources() {
        FormatDiscovery discovery = FormatDiscovery.discover(getClass().getClassLoader());

        assertThat(discovery.formats()).extracting(f -> f.descriptor().id()).contains("ids", "failing");
        assertThat(discovery.warnings()).isEmpty();
    }

    @Test
    void guice_binds_every_discovered_format_into_the_registry() {
        FormatDiscovery discovery = FormatDiscovery.discover(getClass().getClassLoader());

        FormatRegistry registry = Guice.createInjector(new FormatModule(discovery.formats()))
                .getInstance(FormatRegistry.class);

        assertThat(registry.formats()).hasSameSizeAs(discovery.formats());
        assertThat(registry.format("ids")).containsInstanceOf(IdListFormat.class);
    }

    @Test
    void two_formats_claiming_one_extension_are_refused_naming_both() {
        var module = new FormatModule(List.of(new IdListFormat(), new Impostor("other-ids", "ids")));

        assertThatThrownBy(() -> Guice.createInjector(module).getInstance(FormatRegistry.class))
                .isInstanceOf(ProvisionException.class)
                .cause()
                .isInstanceOf(FormatConflictException.class)
                .hasMessage("two format plugins claim the file extension .ids: " + IdListFormat.class.getName()
                        + " and " + Impostor.class.getName() + "; remove one of them from the class path");
    }

    @Test
    void two_formats_claiming_one_id_are_refused() {
        assertThatThrownBy(() -> new FormatRegistry(java.util.Set.of(new IdListFormat(), new Impostor("ids", "other"))))
                .isInstanceOf(FormatConflictException.class)
                .hasMessageContaining("claim the id ids");
    }

    @Test
    void a_writer_is_chosen_by_extension_ignoring_case_or_by_format_id() throws Exception {
        FormatRegistry registry = new FormatRegistry(java.util.Set.of(new IdListFormat(), new FailingFormat()));

        assertThat(written(registry.writerFor("LEDGER.IDS", Optional.empty()))).startsWith("nis-2025-01-killed\n");
        assertThat(written(registry.writerFor("ledger.txt", Optional.of("ids")))).startsWith("nis-2025-01-killed\n");
        assertThatThrownBy(() -> written(registry.writerFor("ledger.fail", Optional.empty())))
                .hasMessage("disk full (simulated)");
    }

    private static String written(LedgerWriter writer) throws java.io.IOException {
        var bytes = new java.io.ByteArrayOutputStream();
        writer.write(dev.tally.core.sample.SampleLedger.load(), bytes);
        return bytes.toString(java.nio.charset.StandardCharsets.UTF_8);
    }

    @Test
    void an_unclaimed_extension_names_the_known_formats() {
        FormatRegistry registry = new FormatRegistry(java.util.Set.of(new IdListFormat()));

        assertThatThrownBy(() -> registry.writerFor("ledger.csv", Optional.empty()))
                .isInstanceOf(UnknownFormatException.class)
                .hasMessage("no format claims the file ledger.csv; name it with a known extension or give --format "
                        + "(known formats: ids (.ids))");
    }

    @Test
    void a_format_that_cannot_read_says_so() {
        FormatRegistry registry = new FormatRegistry(java.util.Set.of(new IdListFormat()));

        assertThatThrownBy(() -> registry.readerFor("ledger.ids", Optional.empty()))
                .isInstanceOf(UnknownFormatException.class)
                .hasMessage("the ids format cannot read files");
    }

    /** A second plugin that claims what another already claims. */
    private static final class Impostor implements LedgerFormat {
        private final FormatDescriptor descriptor;

        Impostor(String id, String extension) {
            this.descriptor = new FormatDescriptor(id, "Impostor", List.of(extension));
        }

        @Override
        public FormatDescriptor descriptor() {
            return descriptor;
        }

        @Override
        public Optional<LedgerReader> reader() {
            return Optional.empty();
        }

        @Override
        public Optional<LedgerWriter> writer() {
            return Optional.empty();
        }
    }
}
