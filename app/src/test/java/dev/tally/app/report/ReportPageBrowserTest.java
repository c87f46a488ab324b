package dev.tally.app.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tally.core.model.Citation;
import dev.tally.core.model.Estimate;
import dev.tally.core.model.Ledger;
import dev.tally.core.model.Source;
import dev.tally.core.model.SourceKind;
import dev.tally.core.sample.SampleLedger;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/** The report page of the sample ledger, opened in headless Chromium. */
class ReportPageBrowserTest {

    static final Path PAGES = Path.of("target", "report");
    private static final String CASUALTIES = "dprk-forces-russia/casualties";
    private static final String EVIL_NAME = "<img src=x onerror=alert(1)>";

    private static Browser browser;
    private static Path sample;

    @BeforeAll
    static void openTheSampleReport() throws IOException {
        sample = write("sample-report.html", SampleLedger.load());
        browser = new Browser(1400, 1000);
        browser.open(sample);
    }

    @AfterAll
    static void closeTheBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    static Path write(String name, Ledger ledger) throws IOException {
        Files.createDirectories(PAGES);
        Path page = PAGES.resolve(name);
        try (OutputStream out = Files.newOutputStream(page)) {
            new ReportWriter(ReportScope.everything(name)).write(ledger, out);
        }
        return page;
    }

    @Test
    void the_sample_page_opens_without_a_console_error() {
        browser.open(sample);
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void the_page_draws_one_chart_per_subject_and_metric() {
        long pairs = SampleLedger.load().estimates().stream().map(e -> e.subject() + "/" + e.metric()).distinct().count();
        List<WebElement> charts = browser.driver().findElements(By.cssSelector("section.chart .plot svg"));
        assertThat(charts).hasSize((int) pairs);
        assertThat(browser.driver().findElements(By.cssSelector("section.chart table.figure-table"))).hasSize((int) pairs);
    }

    @Test
    void hovering_nis_april_casualties_shows_its_citation() {
        knownAt("2025-05-01");
        hover(CASUALTIES, "nis-2025-04-casualties");
        Ledger ledger = SampleLedger.load();
        Estimate estimate = ledger.estimate("nis-2025-04-casualties").orElseThrow();
        Source nis = ledger.source(estimate.source()).orElseThrow();
        String details = section(CASUALTIES).findElement(By.cssSelector(".details")).getText();
        assertThat(details).contains(estimate.citation().orElseThrow().title().orElseThrow())
                .contains("around 4,700 North Korean soldiers").contains(nis.name())
                .contains(nis.reliability().map(Enum::name).orElse("not graded"))
                .contains("2025-04").contains(estimate.note().orElseThrow());
    }

    @Test
    void focusing_a_figure_with_the_keyboard_shows_its_citation() {
        knownAt("2025-05-01");
        WebElement previous = section(CASUALTIES).findElement(By.cssSelector("tr[data-figure='rok-military-2025-02-casualties']"));
        browser.driver().executeScript("arguments[0].focus()", previous);
        new Actions(browser.driver()).sendKeys(Keys.TAB).perform();
        assertThat(browser.driver().switchTo().activeElement().getAttribute("data-figure")).isEqualTo("nis-2025-04-casualties");
        assertThat(section(CASUALTIES).findElement(By.cssSelector(".details")).getText())
                .contains("around 4,700 North Korean soldiers");
    }

    @Test
    void at_2025_02_28_the_casualties_reconcile_to_the_militarys_4000() {
        knownAt("2025-02-28");
        assertThat(reconciled(CASUALTIES)).startsWith("best 4,000").contains("South Korean military");
    }

    @Test
    void at_2025_05_01_the_casualties_reconcile_to_nis_4700() {
        knownAt("2025-05-01");
        assertThat(reconciled(CASUALTIES)).startsWith("best 4,700");
    }

    @Test
    void at_2025_02_15_no_casualty_figure_is_known_yet_and_the_militarys_is_drawn_as_possibly_known() {
        knownAt("2025-02-15");
        assertThat(reconciled(CASUALTIES)).startsWith("No figure known at 2025-02-15");
        assertThat(row(CASUALTIES, "rok-military-2025-02-casualties")).contains("possibly known");
    }

    @Test
    void stepping_the_slider_with_the_keyboard_replays_the_dates_where_knowledge_changed() {
        WebElement slider = browser.driver().findElement(By.id("known-at-slider"));
        slider.sendKeys(Keys.HOME);
        String first = browser.driver().findElement(By.id("known-at-text")).getText();
        slider.sendKeys(Keys.ARROW_RIGHT);
        String second = browser.driver().findElement(By.id("known-at-text")).getText();
        assertThat(first).isEqualTo("2025-01-31");
        assertThat(second).isEqualTo("2025-02-28");
        assertThat(reconciled(CASUALTIES)).startsWith("best 4,000");
    }

    @Test
    void a_source_named_like_markup_shows_as_text_and_runs_nothing() throws IOException {
        Ledger ledger = SampleLedger.load().toBuilder()
                .add(Source.of("evil", EVIL_NAME, SourceKind.OTHER))
                .add(Estimate.builder().id("evil-casualties").source("evil").subject("dprk-forces-russia")
                        .metric("casualties").quantity("5000").asOf("2025-03").reported("2025-03")
                        .citation(Citation.of("</script><script>alert(2)</script>", "<!-- \"quoted\" & 'more'"))
                        .note("<b onmouseover=alert(3)>note</b>").build())
                .build();
        Path page = write("hostile-report.html", ledger);
        try (Browser hostile = new Browser(1400, 1000)) {
            hostile.open(page);
            assertThatThrownBy(() -> hostile.driver().switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
            assertThat(hostile.driver().findElements(By.tagName("img"))).isEmpty();
            assertThat(hostile.driver().findElements(By.cssSelector(".sources td.name")).stream().map(WebElement::getText))
                    .contains(EVIL_NAME);
            assertThat(hostile.consoleErrors()).isEmpty();
            hover(hostile, CASUALTIES, "evil-casualties");
            assertThatThrownBy(() -> hostile.driver().switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
            assertThat(hostile.driver().findElement(By.cssSelector("section.chart[data-key='" + CASUALTIES + "'] .details"))
                    .getText()).contains(EVIL_NAME).contains("</script><script>alert(2)</script>");
        }
    }

    @Test
    void a_screenshot_of_the_sample_report_is_kept_in_target() throws IOException {
        try (Browser tall = new Browser(1400, 1000)) {
            tall.open(sample);
            long height = (Long) tall.driver().executeScript("return document.documentElement.scrollHeight;");
            tall.driver().manage().window().setSize(new Dimension(1400, (int) height + 40));
            Path shot = PAGES.resolve("sample-report.png");
            Files.copy(tall.driver().getScreenshotAs(OutputType.FILE).toPath(), shot, StandardCopyOption.REPLACE_EXISTING);
            assertThat(Files.size(shot)).isGreaterThan(10_000);
        }
    }

    @Test
    void printed_the_page_keeps_charts_and_tables_and_drops_the_controls() {
        browser.driver().executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        try {
            assertThat(browser.driver().findElement(By.id("known-at-slider")).isDisplayed()).isFalse();
            assertThat(browser.driver().findElement(By.id("known-at-text")).isDisplayed()).isTrue();
            assertThat(browser.driver().findElements(By.cssSelector("section.chart .plot svg")))
                    .allMatch(WebElement::isDisplayed);
            assertThat(browser.driver().findElements(By.cssSelector("section.chart table.figure-table")))
                    .allMatch(WebElement::isDisplayed);
        } finally {
            browser.driver().executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        }
    }

    @Test
    void every_text_of_the_page_has_at_least_aa_contrast_against_its_background() {
        @SuppressWarnings("unchecked")
        List<String> failing = (List<String>) browser.driver().executeScript(
                "function rgb(c) { return c.match(/[0-9.]+/g).slice(0, 3).map(Number); }"
                        + "function lum(c) { return rgb(c).map(function (v) { v /= 255;"
                        + "  return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); })"
                        + "  .reduce(function (s, v, i) { return s + v * [0.2126, 0.7152, 0.0722][i]; }, 0); }"
                        + "function background(e) { for (; e; e = e.parentElement) { var b = getComputedStyle(e).backgroundColor;"
                        + "  if (b && b !== 'rgba(0, 0, 0, 0)' && b !== 'transparent') { return b; } } return 'rgb(255, 255, 255)'; }"
                        + "var failing = [];"
                        + "document.querySelectorAll('body *').forEach(function (e) {"
                        + "  if (e.closest('svg') || e.closest('.plot')) { return; }"
                        + "  var own = Array.prototype.some.call(e.childNodes, function (n) { return n.nodeType === 3 && n.textContent.trim(); });"
                        + "  if (!own) { return; }"
                        + "  var a = lum(getComputedStyle(e).color), b = lum(background(e));"
                        + "  var ratio = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);"
                        + "  if (ratio < 4.5) { failing.push(e.tagName + ' ' + e.className + ' ' + ratio.toFixed(2)); } });"
                        + "return failing;");
        assertThat(failing).isEmpty();
    }

    private static void knownAt(String date) {
        browser.driver().executeScript("var p = document.getElementById('known-at'); p.value = arguments[0];"
                + "p.dispatchEvent(new Event('change'));", date);
        assertThat(browser.driver().findElement(By.id("known-at-text")).getText()).isEqualTo(date);
    }

    private static WebElement section(String key) {
        return browser.driver().findElement(By.cssSelector("section.chart[data-key='" + key + "']"));
    }

    private static String reconciled(String key) {
        return section(key).findElement(By.cssSelector(".reconciled")).getText().replace("Reconciled\n", "");
    }

    private static String row(String key, String id) {
        return section(key).findElement(By.cssSelector("tr[data-figure='" + id + "']")).getText();
    }

    private static void hover(String key, String id) {
        hover(browser, key, id);
    }

    /** Moves the mouse over a figure's mark, found where the chart draws the figure's value. */
    @SuppressWarnings("unchecked")
    static void hover(Browser in, String key, String id) {
        WebElement plot = in.driver().findElement(By.cssSelector("section.chart[data-key='" + key + "'] .plot"));
        Map<String, Object> at = (Map<String, Object>) in.driver().executeScript(
                "var key = arguments[0], id = arguments[1], plot = arguments[2];"
                        + "var data = JSON.parse(document.getElementById('tally-data').textContent);"
                        + "var chart = data.charts.filter(function (c) { return c.key === key; })[0];"
                        + "var f = chart.figures.filter(function (x) { return x.id === id; })[0];"
                        + "var y = f.form === 'at_most' ? f.high : (f.best !== null ? f.best : f.low);"
                        + "var p = echarts.getInstanceByDom(plot).convertToPixel({ gridIndex: 0 },"
                        + " [Date.parse(f.x + 'T00:00:00Z'), y]);"
                        + "return { x: p[0], y: p[1], w: plot.clientWidth, h: plot.clientHeight };",
                key, id, plot);
        int dx = (int) Math.round(((Number) at.get("x")).doubleValue() - ((Number) at.get("w")).doubleValue() / 2);
        int dy = (int) Math.round(((Number) at.get("y")).doubleValue() - ((Number) at.get("h")).doubleValue() / 2);
        new Actions(in.driver()).scrollToElement(plot).perform();
        new Actions(in.driver()).moveToElement(plot, dx, dy).perform();
    }
}
