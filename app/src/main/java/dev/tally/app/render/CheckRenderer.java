package dev.tally.app.render;

import dev.tally.core.analysis.Finding;
import dev.tally.core.analysis.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The findings of the checks for people, errors first, with a closing count. */
public final class CheckRenderer {

    /**
     * Renders the findings.
     *
     * @param title  the first line
     * @param findings  the findings
     * @return the lines, never null
     */
    public List<String> render(String title, List<Finding> findings) {
        List<String> lines = new ArrayList<>();
        lines.add(title);
        lines.add("");
        for (Finding finding : findings) {
            String head = finding.severity().name().toLowerCase(Locale.ROOT) + " [" + finding.rule() + "] ";
            lines.addAll(TextTable.wrap(head, "    ", finding.message(), SummaryRenderer.WIDTH));
        }
        long errors = findings.stream().filter(f -> f.severity() == Severity.ERROR).count();
        long warnings = findings.size() - errors;
        if (!findings.isEmpty()) {
            lines.add("");
        }
        lines.add(errors + (errors == 1 ? " error, " : " errors, ") + warnings + (warnings == 1 ? " warning" : " warnings"));
        return lines;
    }
}
