package dev.tally.app.cli;

import dev.tally.core.model.Estimate;
import dev.tally.core.model.Ledger;
import dev.tally.core.model.Metric;
import dev.tally.core.model.Source;
import dev.tally.core.model.Subject;
import java.util.List;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/**
 * Resolves {@code --subject} and {@code --metric} against a ledger, with a usage error naming the
 * choices. Where an option is left out and only one choice is possible (the ledger's only subject,
 * the only metric the subject has figures of), that choice is taken.
 */
final class SubjectAndMetric {

    private SubjectAndMetric() {
    }

    static Subject subject(CommandLine command, Ledger ledger, String id) {
        if (id == null) {
            return onlyChoice(command, "--subject", ledger.subjects(), Subject::id,
                    "the ledger has " + count(ledger.subjects().size(), "subject"));
        }
        return ledger.subject(id).orElseThrow(() -> new ParameterException(command,
                "no subject \"" + id + "\" in the ledger; subjects: " + ids(ledger.subjects(), Subject::id)));
    }

    /** Whether a subject and a metric (ids) are among those the options select (every one when an option is null). */
    static BiPredicate<String, String> selected(CommandLine command, Ledger ledger, String subject, String metric) {
        Predicate<String> subjects = only(subject, text -> subject(command, ledger, text).id());
        Predicate<String> metrics = only(metric, text -> metric(command, ledger, text).id());
        return (s, m) -> subjects.test(s) && metrics.test(m);
    }

    /** Whether a source (id) is the one the option names (every one when it is null). */
    static Predicate<String> selectedSource(CommandLine command, Ledger ledger, String source) {
        return only(source, id -> ledger.source(id).map(Source::id).orElseThrow(() -> new ParameterException(command,
                "no source \"" + id + "\" in the ledger; sources: " + ids(ledger.sources(), Source::id))));
    }

    /** Every id when the option was not given, else only the id it resolves to. */
    private static Predicate<String> only(String option, UnaryOperator<String> resolve) {
        if (option == null) {
            return id -> true;
        }
        String chosen = resolve.apply(option);
        return chosen::equals;
    }

    static Metric metric(CommandLine command, Ledger ledger, String text) {
        return ledger.findMetric(text).orElseThrow(() -> new ParameterException(command,
                "no metric \"" + text + "\" in the ledger; metrics: " + ids(ledger.metrics(), Metric::id)));
    }

    /** The metric named, or the only metric the subject has figures of when none is named. */
    static Metric metric(CommandLine command, Ledger ledger, Subject subject, String text) {
        if (text != null) {
            return metric(command, ledger, text);
        }
        List<Metric> used = ledger.estimates().stream().filter(e -> e.subject().equals(subject.id()))
                .map(Estimate::metric).distinct().map(id -> ledger.metric(id).orElseThrow()).toList();
        return onlyChoice(command, "--metric", used, Metric::id,
                subject.id() + " has figures of " + count(used.size(), "metric"));
    }

    private static <T> T onlyChoice(CommandLine command, String option, List<T> choices, Function<T, String> id,
                                    String why) {
        if (choices.size() == 1) {
            return choices.get(0);
        }
        throw new ParameterException(command, option + " is needed: " + why
                + (choices.isEmpty() ? "" : ": " + ids(choices, id)));
    }

    private static String count(int n, String noun) {
        return (n == 0 ? "no" : String.valueOf(n)) + " " + noun + (n == 1 ? "" : "s");
    }

    private static <T> String ids(List<T> choices, Function<T, String> id) {
        return String.join(", ", choices.stream().map(id).toList());
    }
}
