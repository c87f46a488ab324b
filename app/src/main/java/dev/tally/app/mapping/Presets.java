package dev.tally.app.mapping;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The mapping files bundled in the jar, for the public event datasets, by name: {@code --preset
 * ucdp-ged}. Each is a resource {@code dev/tally/app/presets/NAME.json}, documented in
 * {@code docs/mappings.md}.
 */
public final class Presets {

    /** The names of the bundled presets, in the order {@code tally presets} lists them. */
    public static final List<String> NAMES = List.of("ucdp-ged", "acled");

    /** The JSON Schema (draft 2020-12) of a mapping file. */
    public static final String SCHEMA = "/dev/tally/app/presets/mapping.schema.json";

    private Presets() {
    }

    /**
     * A bundled preset.
     *
     * @param name  the preset's name, such as {@code ucdp-ged}
     * @return the mapping, or empty if no preset has that name
     */
    public static Optional<MappingFile> find(String name) {
        return NAMES.contains(name) ? Optional.of(MappingFile.read(Path.of(name + ".json"), resource(path(name))))
                : Optional.empty();
    }

    /**
     * The resource that holds a preset.
     *
     * @param name  the preset's name
     * @return the resource's absolute path, never null
     */
    public static String path(String name) {
        return "/dev/tally/app/presets/" + name + ".json";
    }

    /**
     * The bytes of a resource of the app.
     *
     * @param path  the resource's absolute path
     * @return the bytes, never null
     */
    public static byte[] resource(String path) {
        try (InputStream in = Objects.requireNonNull(Presets.class.getResourceAsStream(path), path)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
