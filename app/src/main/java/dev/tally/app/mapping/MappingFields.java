package dev.tally.app.mapping;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The fields of a mapping file, by JSON pointer, each with the entry of a column mapping it gives:
 * a template over the table's columns for a column of estimates, or a detail of the fixed source,
 * the figure's repair, the As of period's start, end and precision, the Reported date's column and
 * form, or, for a wide table, a metric's figure column. {@code docs/mappings.md} documents each.
 */
final class MappingFields {

    /** The fields whose text is a template for a column of estimates, with the column they give. */
    static final Map<String, String> TEMPLATES = templates();
    /** The fields whose text is taken as it is, with the entry they give. */
    static final Map<String, String> FIXED = Map.of("/source/id", "Source", "/source/name", "Source name",
            "/source/kind", "Source kind", "/source/reliability", "Source reliability", "/figure/repair", "Repair");
    /** The fields of the As of period given as an object. */
    static final List<String> PERIOD = List.of("/as_of/start", "/as_of/end", "/as_of/precision", "/as_of/scale");
    /** The fields of the Reported date given as an object: its column and the form its cells take. */
    static final List<String> REPORTED = List.of("/reported/date", "/reported/format");
    /** The object of a wide table's metrics, each field a metric and its text the column of its figures. */
    static final String METRICS = "/metric/";
    /** The fields that say what the mapping is, and nothing of how to read a table. */
    static final List<String> ABOUT = List.of("/$schema", "/description");

    private MappingFields() {
    }

    private static Map<String, String> templates() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("/id", "Id");
        fields.put("/source", "Source");
        fields.put("/subject", "Subject");
        fields.put("/metric", "Metric");
        fields.put("/figure", "Figure");
        fields.put("/figure/low", "Low");
        fields.put("/figure/best", "Best");
        fields.put("/figure/high", "High");
        fields.put("/as_of", "As of");
        fields.put("/basis", "Basis");
        fields.put("/reported", "Reported");
        fields.put("/via", "Via");
        fields.put("/credibility", "Credibility");
        fields.put("/citation/title", "Citation title");
        fields.put("/citation/publisher", "Publisher");
        fields.put("/citation/url", "URL");
        fields.put("/citation/quote", "Quote");
        fields.put("/note", "Note");
        fields.put("/revises", "Revises");
        return Map.copyOf(fields);
    }

    /** Whether a pointer names a field that holds a text. */
    static boolean known(String pointer) {
        return TEMPLATES.containsKey(pointer) || FIXED.containsKey(pointer) || PERIOD.contains(pointer)
                || REPORTED.contains(pointer) || ABOUT.contains(pointer) || metric(pointer).isPresent();
    }

    /** Whether a pointer names a field that may hold an object of texts. */
    static boolean object(String pointer) {
        return all().anyMatch(p -> p.startsWith(pointer + "/")) || (pointer + "/").equals(METRICS);
    }

    /** What else than a text a field may hold, for a problem to say: an object of fields, or of metrics. */
    static String orObject(String pointer) {
        if ((pointer + "/").equals(METRICS)) {
            return ", or, for a wide table, an object of metrics, each with the column of its figures "
                    + "(\"killed\": \"{killed_cum}\")";
        }
        return object(pointer) ? ", or an object of the fields " + besides(pointer + "/x") : "";
    }

    /** The metric a field of a wide table's metrics names, such as killed for {@code /metric/killed}. */
    static Optional<String> metric(String pointer) {
        String name = pointer.startsWith(METRICS) ? pointer.substring(METRICS.length()) : "";
        return name.isEmpty() || name.contains("/") ? Optional.empty()
                : Optional.of(name.replace("~1", "/").replace("~0", "~"));
    }

    /** The names of the fields beside a field that is not one, for a problem to list. */
    static String besides(String pointer) {
        String parent = pointer.substring(0, pointer.lastIndexOf('/'));
        return all().filter(p -> p.startsWith(parent + "/")).map(p -> p.substring(parent.length() + 1))
                .map(p -> p.contains("/") ? p.substring(0, p.indexOf('/')) : p).distinct().sorted()
                .collect(Collectors.joining(", "));
    }

    private static java.util.stream.Stream<String> all() {
        return java.util.stream.Stream.of(TEMPLATES.keySet().stream(), FIXED.keySet().stream(), PERIOD.stream(),
                REPORTED.stream(), ABOUT.stream()).flatMap(s -> s);
    }

    /** The entry a template field gives, by whether its text names columns. */
    static Optional<String> template(String pointer) {
        return Optional.ofNullable(TEMPLATES.get(pointer));
    }
}
