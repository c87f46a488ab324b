package dev.tally.app.render;

import dev.tally.core.analysis.Finding;
import dev.tally.core.analysis.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The findings of the checks for people, errors first, with a closing count. */
public final class CheckRenderer {

    private final Style style;

    /**
     * A renderer.
     *
     * @param style  the colours to use
     */
    public CheckRenderer(Style style) {
        this.style = style;
    }

    /**
     * Renders the findings.
     *
     * @param heading  the first lines: what is shown, and what was left out
     * @param findings  the findings
     * @return the lines, never null
     */
    public List<String> render(List<String> heading, List<Finding> findings) {
        List<String> lines = new ArrayList<>();
        lines.addAll(heading);
        lines.add("");
        for (Finding finding : findings) {
            String severity = finding.severity().name().toLowerCase(Locale.ROOT);
            List<String> wrapped = TextTable.wrap(severity + " [" + finding.rule() + "] ", "    ", finding.message(),
                    SummaryRenderer.WIDTH);
            String painted = finding.severity() == Severity.ERROR ? style.error(severity) : style.warning(severity);
            lines.add(painted + wrapped.get(0).substring(severity.length()));
            lines.addAll(wrapped.subList(1, wrapped.size()));
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
