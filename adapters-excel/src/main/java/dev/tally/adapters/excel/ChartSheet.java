package dev.tally.adapters.excel;

import dev.tally.core.model.Estimate;
import dev.tally.core.model.Ledger;
import dev.tally.core.model.Metric;
import dev.tally.core.model.Subject;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.MarkerStyle;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The Chart sheet, built with POI's workbook model before the rows are streamed: for each subject
 * and metric with more than one estimate, a block of its points (as of, best figure) and a line
 * chart of them over time. At most {@link #MAX_CHARTS} charts, the subjects' and metrics' first.
 */
final class ChartSheet {

    static final String NAME = "Chart";
    /** The most charts the sheet holds; a large ledger charts its first subjects and metrics. */
    static final int MAX_CHARTS = 50;
    /** The most points a chart shows; a longer series is thinned to evenly spaced points, its last kept. */
    static final int MAX_POINTS = 500;
    private static final int CHART_ROWS = 18;
    private static final int CHART_COLUMNS = 10;

    private ChartSheet() {
    }

    /**
     * Adds the Chart sheet to a workbook, if any subject and metric has more than one estimate.
     *
     * @return true if the sheet was added
     */
    static boolean add(XSSFWorkbook workbook, Ledger ledger) {
        Map<List<String>, List<Estimate>> series = new LinkedHashMap<>();
        for (Estimate e : ledger.estimates()) {
            if (e.quantity().best().isPresent() || e.quantity().high().isPresent()) {
                series.computeIfAbsent(List.of(e.subject(), e.metric()), k -> new java.util.ArrayList<>()).add(e);
            }
        }
        series.values().removeIf(points -> points.size() < 2);
        if (series.isEmpty()) {
            return false;
        }
        XSSFSheet sheet = workbook.createSheet(NAME);
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        int top = 0;
        int charts = 0;
        for (Map.Entry<List<String>, List<Estimate>> s : series.entrySet()) {
            if (charts++ == MAX_CHARTS) {
                break;
            }
            List<Estimate> points = thinned(s.getValue().stream().sorted(Comparator.comparing(Estimate::asOf)).toList());
            String title = ledger.subject(s.getKey().get(0)).map(Subject::name).orElse(s.getKey().get(0)) + ": "
                    + ledger.metric(s.getKey().get(1)).map(Metric::name).orElse(s.getKey().get(1));
            writePoints(sheet, top, title, points);
            chart(drawing, sheet, top, title, points.size());
            top += Math.max(CHART_ROWS, points.size() + 3);
        }
        sheet.setColumnWidth(0, 18 * 256);
        return true;
    }

    private static List<Estimate> thinned(List<Estimate> points) {
        if (points.size() <= MAX_POINTS) {
            return points;
        }
        double step = (points.size() - 1) / (double) (MAX_POINTS - 1);
        return java.util.stream.IntStream.range(0, MAX_POINTS).mapToObj(i -> points.get((int) Math.round(i * step)))
                .toList();
    }

    private static void writePoints(XSSFSheet sheet, int top, String title, List<Estimate> points) {
        sheet.createRow(top).createCell(0).setCellValue(DisplayText.modelCell(title));
        XSSFRow header = sheet.createRow(top + 1);
        header.createCell(0).setCellValue("As of");
        header.createCell(1).setCellValue("Best");
        for (int i = 0; i < points.size(); i++) {
            Estimate e = points.get(i);
            XSSFRow row = sheet.createRow(top + 2 + i);
            row.createCell(0).setCellValue(DisplayText.modelCell(e.asOf().toText() + " " + e.source()));
            row.createCell(1).setCellValue(e.quantity().best().orElseGet(() -> e.quantity().high().orElseThrow()));
        }
    }

    private static void chart(XSSFDrawing drawing, XSSFSheet sheet, int top, String title, int size) {
        XSSFChart chart = drawing.createChart(drawing.createAnchor(0, 0, 0, 0, 3, top, 3 + CHART_COLUMNS,
                top + CHART_ROWS - 1));
        chart.setTitleText(DisplayText.chartTitle(title));
        chart.setTitleOverlay(false);
        XDDFCategoryAxis x = chart.createCategoryAxis(AxisPosition.BOTTOM);
        x.setTitle("As of");
        XDDFValueAxis y = chart.createValueAxis(AxisPosition.LEFT);
        y.setCrosses(AxisCrosses.AUTO_ZERO);
        XDDFLineChartData data = (XDDFLineChartData) chart.createData(ChartTypes.LINE, x, y);
        CellRangeAddress labels = new CellRangeAddress(top + 2, top + 1 + size, 0, 0);
        CellRangeAddress values = new CellRangeAddress(top + 2, top + 1 + size, 1, 1);
        XDDFLineChartData.Series line = (XDDFLineChartData.Series) data.addSeries(
                XDDFDataSourcesFactory.fromStringCellRange(sheet, labels),
                XDDFDataSourcesFactory.fromNumericCellRange(sheet, values));
        line.setTitle("Best", null);
        line.setSmooth(false);
        line.setMarkerStyle(MarkerStyle.CIRCLE);
        chart.plot(data);
    }
}
