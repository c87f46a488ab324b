package dev.tally.app.report;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * Renders the page from its model with the Mustache template {@code report.mustache}: every
 * {@code {{text}}} is HTML-escaped, so a source named {@code <script>} shows as text.
 */
final class ReportPage {

    private static final Mustache TEMPLATE = new DefaultMustacheFactory(
            ReportPage.class.getPackageName().replace('.', '/')).compile("report.mustache");

    private ReportPage() {
    }

    static void render(PageModel model, OutputStream output) throws IOException {
        Writer writer = new OutputStreamWriter(output, StandardCharsets.UTF_8);
        TEMPLATE.execute(writer, model);
        writer.flush();
    }
}
