package dev.tally.app.plugins;

import dev.tally.core.spi.LedgerFormat;
import dev.tally.core.spi.LedgerReader;
import dev.tally.core.spi.LedgerWriter;
import dev.tally.core.spi.TemplateWriter;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The formats Tally knows, chosen by id ({@code --format}) or by file extension.
 *
 * <p>Two formats may not claim one id or one extension: the registry refuses them at start, naming
 * both plugins, rather than pick one silently.
 */
public final class FormatRegistry {

    private final List<LedgerFormat> formats;

    /**
     * Builds the registry.
     *
     * @param formats  the formats bound by {@link FormatModule}
     * @throws FormatConflictException if two formats claim the same id or extension
     */
    @Inject
    public FormatRegistry(Set<LedgerFormat> formats) {
        this.formats = formats.stream().sorted(Comparator.comparing(f -> f.descriptor().id())).toList();
        refuseConflicts();
    }

    private void refuseConflicts() {
        Map<String, LedgerFormat> byId = new HashMap<>();
        Map<String, LedgerFormat> byExtension = new HashMap<>();
        for (LedgerFormat format : formats) {
            claim(byId, format.descriptor().id(), format, "id " + format.descriptor().id());
            format.descriptor().extensions().forEach(e -> claim(byExtension, e, format, "file extension ." + e));
        }
    }

    private static void claim(Map<String, LedgerFormat> claims, String key, LedgerFormat format, String what) {
        LedgerFormat previous = claims.putIfAbsent(key, format);
        if (previous != null) {
            throw new FormatConflictException("two format plugins claim the " + what + ": " + previous.getClass().getName() + " and " + format.getClass().getName()
                    + "; remove one of them from the class path");
        }
    }

    /**
     * Every format, sorted by id.
     *
     * @return the formats, never null
     */
    public List<LedgerFormat> formats() {
        return formats;
    }

    /**
     * The reader for a file: the format named by id if given, else the one claiming the file's extension.
     *
     * @param fileName  the file's name, not null
     * @param formatId  the format's id, or empty to choose by extension
     * @return the reader, never null
     * @throws UnknownFormatException if no format fits or the format cannot read
     */
    public LedgerReader readerFor(String fileName, Optional<String> formatId) {
        return choose(fileName, formatId, LedgerFormat::reader, "read files");
    }

    /**
     * The writer for a file: the format named by id if given, else the one claiming the file's extension.
     *
     * @param fileName  the file's name, not null
     * @param formatId  the format's id, or empty to choose by extension
     * @return the writer, never null
     * @throws UnknownFormatException if no format fits or the format cannot write
     */
    public LedgerWriter writerFor(String fileName, Optional<String> formatId) {
        return choose(fileName, formatId, LedgerFormat::writer, "write files");
    }

    /**
     * The template writer for a file: the format named by id if given, else the one claiming the file's extension.
     *
     * @param fileName  the file's name, not null
     * @param formatId  the format's id, or empty to choose by extension
     * @return the template writer, never null
     * @throws UnknownFormatException if no format fits or the format offers no template
     */
    public TemplateWriter templateWriterFor(String fileName, Optional<String> formatId) {
        return choose(fileName, formatId, LedgerFormat::templateWriter, "write templates");
    }

    /**
     * The format with the given id.
     *
     * @param id  the id, not null
     * @return the format, or empty if none has that id
     */
    public Optional<LedgerFormat> format(String id) {
        return formats.stream().filter(f -> f.descriptor().id().equals(id)).findFirst();
    }

    private <T> T choose(String fileName, Optional<String> formatId, Function<LedgerFormat, Optional<T>> role,
                         String verb) {
        LedgerFormat format = formatId.map(id -> format(id).orElseThrow(() -> new UnknownFormatException(
                        "no format has the id \"" + id + "\"; known formats: " + known())))
                .orElseGet(() -> formats.stream().filter(f -> f.descriptor().claims(fileName)).findFirst()
                        .orElseThrow(() -> new UnknownFormatException("no format claims the file " + fileName
                                + "; name it with a known extension or give --format (known formats: " + known() + ")")));
        return role.apply(format).orElseThrow(() -> new UnknownFormatException(
                "the " + format.descriptor().id() + " format cannot " + verb));
    }

    private String known() {
        return formats.stream()
                .map(f -> f.descriptor().id() + " (" + f.descriptor().extensions().stream().map(e -> "." + e)
                        .collect(Collectors.joining(", ")) + ")")
                .collect(Collectors.joining(", "));
    }
}
