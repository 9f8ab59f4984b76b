package nncourse.grader.report;

import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nncourse.grader.report.ClassReport.ExerciseStats;
import nncourse.grader.report.ClassReport.LessonStats;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.BitmapEncoder.BitmapFormat;
import org.knowm.xchart.BoxChart;
import org.knowm.xchart.BoxChartBuilder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.style.AxesChartStyler;
import org.knowm.xchart.style.Styler;

/**
 * The class report's charts, drawn with XChart (the chart library of the lessons' notebooks) as PNG
 * images: the page embeds them, so it opens anywhere, offline, and shows the same picture in every
 * browser. They are drawn without a display — the grader runs on servers and in CI — so this class
 * makes AWT headless unless told otherwise before AWT starts.
 */
final class ReportCharts {

    static final int WIDTH = 860;
    static final int HEIGHT = 340;
    /** Bars of the totals' histogram. */
    static final int BINS = 10;

    private static final Color EARNED = new Color(0x2f6fb0);
    private static final Color PASSED = new Color(0x59a14f);

    static {
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }

    private ReportCharts() {
    }

    /**
     * How many submissions earned totals in each tenth of the points: a bar counts the totals from its first
     * number up to its second, which belongs to the next bar (the last bar's to itself).
     */
    static byte[] totals(ClassReport report) {
        double width = report.points() > 0 ? report.points() / BINS : 1;
        int[] counts = new int[BINS];
        for (ClassReport.Total total : report.totals()) {
            counts[(int) Math.max(0, Math.min(BINS - 1, Math.floor(total.score() / width)))]++;
        }
        List<String> labels = new ArrayList<>();
        List<Integer> values = new ArrayList<>();
        for (int i = 0; i < BINS; i++) {
            labels.add(number(i * width) + "–" + number((i + 1) * width));
            values.add(counts[i]);
        }
        CategoryChart chart = new CategoryChartBuilder().width(WIDTH).height(HEIGHT)
                .xAxisTitle("total points").yAxisTitle("submissions").build();
        style(chart.getStyler());
        chart.getStyler().setAvailableSpaceFill(0.96);
        chart.getStyler().setYAxisDecimalPattern("#");
        chart.getStyler().setLegendVisible(false);
        chart.getStyler().setSeriesColors(new Color[] {EARNED});
        chart.addSeries("submissions", labels, values);
        return png(chart);
    }

    /** Per exercise, the mean as a share of its points and the share of submissions that earned them all. */
    static byte[] exercises(ClassReport report) {
        List<String> ids = new ArrayList<>();
        List<Double> means = new ArrayList<>();
        List<Double> passed = new ArrayList<>();
        for (LessonStats lesson : report.lessons()) {
            for (ExerciseStats e : lesson.exercises()) {
                ids.add(e.id());
                means.add(e.points() > 0 ? 100 * e.mean() / e.points() : 0);
                passed.add(100 * e.passRate());
            }
        }
        CategoryChart chart = new CategoryChartBuilder().width(WIDTH).height(HEIGHT)
                .xAxisTitle("exercise").yAxisTitle("%").build();
        style(chart.getStyler());
        chart.getStyler().setAvailableSpaceFill(0.8);
        chart.getStyler().setYAxisMin(0.0);
        chart.getStyler().setYAxisMax(100.0);
        chart.getStyler().setSeriesColors(new Color[] {EARNED, PASSED});
        chart.addSeries("mean, % of the exercise's points", ids, means);
        chart.addSeries("% of submissions with every point", ids, passed);
        return png(chart);
    }

    /** Per lesson, a box of the submissions' points: quartiles, median and the whiskers to the extremes. */
    static byte[] lessons(ClassReport report) {
        BoxChart chart = new BoxChartBuilder().width(WIDTH).height(HEIGHT)
                .yAxisTitle("% of the lesson's points").build();
        style(chart.getStyler());
        chart.getStyler().setLegendVisible(false);
        chart.getStyler().setYAxisMin(0.0);
        chart.getStyler().setYAxisMax(100.0);
        for (LessonStats lesson : report.lessons()) {
            chart.addSeries(lesson.name(), lesson.scores().stream()
                    .map(s -> lesson.points() > 0 ? 100 * s / lesson.points() : 0).toList());
        }
        return png(chart);
    }

    private static void style(AxesChartStyler styler) {
        styler.setChartBackgroundColor(Color.WHITE);
        styler.setPlotBackgroundColor(Color.WHITE);
        styler.setPlotBorderVisible(false);
        styler.setChartTitleVisible(false);
        styler.setLegendPosition(Styler.LegendPosition.InsideNE);
        styler.setLegendBorderColor(Color.LIGHT_GRAY);
        styler.setPlotGridVerticalLinesVisible(false);
        styler.setAxisTickLabelsColor(Color.DARK_GRAY);
        styler.setAntiAlias(true);
    }

    private static byte[] png(Chart<?, ?> chart) {
        try {
            return BitmapEncoder.getBitmapBytes(chart, BitmapFormat.PNG);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot draw a chart of the class report: " + e.getMessage(), e);
        }
    }

    private static String number(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.format(Locale.ROOT, "%.1f", value);
    }
}
