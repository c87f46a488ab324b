package dev.tally.app.mapping;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import dev.tally.app.io.InvalidFileException;
import dev.tally.core.spi.FormatOptions;
import dev.tally.core.spi.Location;
import dev.tally.core.spi.Problem;
import dev.tally.core.table.ColumnMapping;
import dev.tally.core.table.InvalidMappingException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A mapping file: a JSON object whose fields say how a table's columns become estimates (see
 * {@code docs/mappings.md} and the schema {@code mapping.schema.json}), read into the
 * {@link ColumnMapping#COLUMN_OPTION} and {@link ColumnMapping#VALUE_OPTION} options that the
 * readers of tables take. Each entry keeps the field it came from, so that every problem, of the
 * mapping or of the table it is used on, names the field's JSON pointer with its line and column.
 */
public final class MappingFile {

    /** What is wrong with a mapping file that cannot be read. */
    public static final String NOT_A_MAPPING = "is not a valid column mapping";

    private static final JsonFactory JSON = JsonFactory.builder().build();

    private final String name;
    private final Map<String, Text> texts;
    private final FormatOptions options;

    /** A field's text and where it starts. */
    private record Text(String text, Location.JsonPointer at) {
    }

    private MappingFile(String name, Map<String, Text> texts) {
        this.name = name;
        this.texts = texts;
        this.options = entries();
    }

    /**
     * Reads a mapping file.
     *
     * @param file  the file, as problems name it
     * @param content  the file's bytes
     * @return the mapping, never null
     * @throws InvalidFileException with every problem of the mapping, each at its field
     */
    public static MappingFile read(Path file, byte[] content) {
        List<Problem> problems = new ArrayList<>();
        Map<String, Text> texts = new LinkedHashMap<>();
        try (JsonParser parser = JSON.createParser(content)) {
            leaves(parser, problems, texts);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            problems.add(new Problem(new Location.JsonPointer("", at.getLineNr(), at.getColumnNr()),
                    "not JSON: " + e.getOriginalMessage()));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        MappingFile mapping = new MappingFile(file.getFileName().toString(), texts);
        mapping.check(problems);
        if (!problems.isEmpty()) {
            throw new InvalidFileException(file, NOT_A_MAPPING, problems);
        }
        return mapping;
    }

    /**
     * The reading options that give the mapping, each entry naming its field as its origin.
     *
     * @return the options, never null
     */
    public FormatOptions options() {
        return options;
    }

    /**
     * The description a mapping file gives of itself.
     *
     * @return the description, or empty if it gives none
     */
    public Optional<String> description() {
        return Optional.ofNullable(texts.get("/description")).map(Text::text);
    }

    /** Reads the texts of the fields, noting a problem for each field that is not one or holds no text. */
    private static void leaves(JsonParser parser, List<Problem> problems, Map<String, Text> texts) throws IOException {
        if (parser.nextToken() != JsonToken.START_OBJECT) {
            problems.add(new Problem(at(parser, ""), "write a JSON object of fields such as \"figure\" and \"as_of\""));
            return;
        }
        JsonToken token;
        while ((token = parser.nextToken()) != null) {
            if (token == JsonToken.FIELD_NAME || token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
                continue;
            }
            String pointer = parser.getParsingContext().pathAsPointer().toString();
            if (token == JsonToken.START_OBJECT && MappingFields.object(pointer)) {
                continue;
            }
            Location.JsonPointer place = at(parser, pointer);
            if (!MappingFields.known(pointer)) {
                problems.add(new Problem(place, "no field \"" + pointer.substring(pointer.lastIndexOf('/') + 1)
                        + "\" here; the fields here are " + MappingFields.besides(pointer)));
            } else if (token != JsonToken.VALUE_STRING) {
                problems.add(new Problem(place, "write a text" + MappingFields.orObject(pointer)));
            } else {
                texts.put(pointer, new Text(parser.getText(), place));
            }
            if (token.isStructStart()) {
                parser.skipChildren();
            }
        }
    }

    private static Location.JsonPointer at(JsonParser parser, String pointer) {
        JsonLocation at = parser.currentTokenLocation();
        return new Location.JsonPointer(pointer, at.getLineNr(), at.getColumnNr());
    }

    /** The options that give the mapping's entries, each naming its field as its origin. */
    private FormatOptions entries() {
        List<String> columns = new ArrayList<>();
        List<String> values = new ArrayList<>();
        texts.forEach((pointer, text) -> MappingFields.template(pointer).ifPresent(entry ->
                (text.text().contains("{") ? columns : values).add(option(pointer, entry, text.text()))));
        MappingFields.FIXED.forEach((pointer, entry) -> Optional.ofNullable(texts.get(pointer))
                .ifPresent(text -> values.add(option(pointer, entry, text.text()))));
        Optional.ofNullable(texts.get("/as_of/start")).ifPresent(start -> columns.add(option("/as_of/start", "As of",
                start.text() + Optional.ofNullable(texts.get("/as_of/end")).map(end -> "/" + end.text()).orElse(""))));
        Optional.ofNullable(texts.get("/reported/date")).ifPresent(date -> columns.add(option("/reported/date",
                "Reported", date.text() + Optional.ofNullable(texts.get("/reported/format"))
                        .map(format -> " (" + format.text() + ")").orElse(""))));
        texts.keySet().forEach(pointer -> MappingFields.metric(pointer).ifPresent(metric -> columns.add(
                option(pointer, ColumnMapping.FIGURE_OF + metric, texts.get(pointer).text()))));
        Optional.ofNullable(texts.get("/as_of/precision")).ifPresent(precision -> columns.add(option(
                "/as_of/precision", "Precision", precision.text() + Optional.ofNullable(texts.get("/as_of/scale"))
                        .map(scale -> " (" + scale.text() + ")").orElse(""))));
        return FormatOptions.of(Map.of(ColumnMapping.COLUMN_OPTION, columns, ColumnMapping.VALUE_OPTION, values));
    }

    private String option(String pointer, String entry, String text) {
        return ColumnMapping.option(origin(texts.get(pointer).at()), entry, text);
    }

    /** Where an entry was written, as problems with it name it: {@code m.json:/figure/best (4:13)}. */
    private String origin(Location.JsonPointer at) {
        return name + ":" + at;
    }

    /** The fields that mean something only beside another, each with the field it needs. */
    private static final Map<String, String> NEEDS = Map.of("/as_of/end", "/as_of/start", "/as_of/precision",
            "/as_of/start", "/as_of/scale", "/as_of/precision", "/reported/format", "/reported/date");

    /**
     * Notes a problem at its field for each field that lacks the field it needs, and for each entry
     * the column mapping cannot read.
     */
    private void check(List<Problem> problems) {
        NEEDS.forEach((field, needed) -> Optional.ofNullable(texts.get(field)).filter(t -> !texts.containsKey(needed))
                .ifPresent(t -> problems.add(new Problem(t.at(), "\"" + field.substring(field.lastIndexOf('/') + 1)
                        + "\" needs \"" + needed.substring(needed.lastIndexOf('/') + 1) + "\" beside it"))));
        try {
            ColumnMapping.of(options);
        } catch (InvalidMappingException e) {
            for (String problem : e.problems()) {
                Optional<Text> field = texts.values().stream().filter(t -> problem.startsWith(origin(t.at()) + ": "))
                        .findFirst();
                problems.add(field.map(t -> new Problem(t.at(), problem.substring(origin(t.at()).length() + 2)))
                        .orElseGet(() -> new Problem(new Location.Whole(), problem)));
            }
        }
    }
}
