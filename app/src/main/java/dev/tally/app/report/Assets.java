package dev.tally.app.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * The scripts and the style sheet the page inlines, read from the class path: the charting library
 * (Apache ECharts, from its WebJar, at the version the build manages) and the page's own script and
 * style. Inlined scripts may not contain {@code </script}: it is written {@code <\/script}, which
 * means the same inside a JavaScript string or regular expression, the only places it can stand.
 */
final class Assets {

    private static final Pattern END_TAG = Pattern.compile("</(script)", Pattern.CASE_INSENSITIVE);

    private Assets() {
    }

    /** The charting library's minified script. */
    static String charts() {
        Properties paths = new Properties();
        try (InputStream in = resource("assets.properties")) {
            paths.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return script(read(Assets.class.getClassLoader(), paths.getProperty("charts")));
    }

    /** The page's own script. */
    static String pageScript() {
        return script(read(Assets.class.getClassLoader(), path("report.js")));
    }

    /** The page's style sheet. */
    static String style() {
        return read(Assets.class.getClassLoader(), path("report.css"));
    }

    /** A script's text made safe to stand inside a {@code <script>} element. */
    static String script(String text) {
        return END_TAG.matcher(text).replaceAll("<\\\\/$1");
    }

    private static String path(String name) {
        return Assets.class.getPackageName().replace('.', '/') + "/" + name;
    }

    private static InputStream resource(String name) {
        return open(Assets.class.getClassLoader(), path(name));
    }

    private static InputStream open(ClassLoader loader, String path) {
        InputStream in = loader.getResourceAsStream(path);
        if (in == null) {
            throw new IllegalStateException("missing from the class path: " + path);
        }
        return in;
    }

    private static String read(ClassLoader loader, String path) {
        try (InputStream in = open(loader, path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
