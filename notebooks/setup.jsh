// setup.jsh — the first cell of every notebook runs it with `%load setup.jsh`.
// It puts XChart and the lessons' compiled classes on the notebook's class path, so that the charts
// plot YOUR code as `./mvnw test` last compiled it, and it defines check("1.3") and requireDone(…).
// Only %maven, %classpath and plain Java: it runs the same in IJava and in JJava.

// JUnit runs your public tests for check(…). It comes before XChart, which brings an older JUnit.
%maven org.junit.jupiter:junit-jupiter:5.14.4 org.junit.platform:junit-platform-launcher:1.14.4
// XChart draws the charts (a cell whose last line is an image shows it); commons-csv reads the data.
%maven org.knowm.xchart:xchart:3.8.8 org.apache.commons:commons-csv:1.14.1
%classpath ../learner/target/classes

// ── Whose code the notebooks plot ─────────────────────────────────────────────────────────────
// TEACHERS, to plot the reference solutions: remove the // at the start of the next line. (The
// solutions are compiled there by `./mvnw verify -Psolutions`; the line must stay above the next.)
// %classpath ../solutions/lesson-01-logistic-regression/target/classes ../solutions/lesson-02-artificial-neuron/target/classes ../solutions/lesson-03-network/target/classes
%classpath ../lesson-01-logistic-regression/target/classes ../lesson-02-artificial-neuron/target/classes ../lesson-03-network/target/classes

// Charts are drawn off-screen, into images: no window is ever opened.
System.setProperty("java.awt.headless", "true");

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.*;
import org.knowm.xchart.*;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;
import java.util.function.*;

// ── Your checks: check("1.3"), requireDone(…) ──────────────────────────────────────────────────
// They run the kit's nncourse.learner.NotebookCheck, looked up by its name: before the kit is
// compiled this file still loads, and it and every check say so in one line.

/** The one line that tells what to do when the kit is not compiled yet, in the learner's language. */
String notCompiled() {
    String locale = java.util.stream.Stream.of("LC_ALL", "LC_MESSAGES", "LANG").map(System::getenv)
            .filter(v -> v != null && !v.isBlank()).findFirst().orElse(Locale.getDefault().toString());
    return locale.startsWith("ko") ? "키트가 아직 컴파일되지 않았습니다. 키트의 루트에서 ./mvnw test를 실행한 뒤 커널을 다시 시작하세요."
            : "The kit is not compiled yet: run ./mvnw test at its root, then restart the kernel.";
}

/** The checks of this notebook, run against the classes the lines above put on its class path; null before the kit is compiled. */
Object course = null;
try {
    course = Class.forName("nncourse.learner.NotebookCheck").getMethod("forNotebook", ClassLoader.class)
            .invoke(null, java.lang.invoke.MethodHandles.lookup().lookupClass().getClassLoader());
} catch (ClassNotFoundException notCompiled) {
    System.out.println(notCompiled());
}

/** Calls a method of the checks (NotebookCheck) and passes on what it throws, such as a NotDoneYet of one line. */
Object ask(String method, Object... arguments) {
    if (course == null) {
        var notYet = new IllegalStateException(notCompiled());
        notYet.setStackTrace(new StackTraceElement[0]);
        throw notYet;
    }
    try {
        for (var m : course.getClass().getMethods()) {
            if (m.getName().equals(method)) return m.invoke(course, arguments);
        }
        throw new NoSuchMethodException(method);
    } catch (java.lang.reflect.InvocationTargetException e) {
        throw e.getCause() instanceof RuntimeException thrown ? thrown : new IllegalStateException(e.getCause());
    } catch (ReflectiveOperationException e) {
        throw new IllegalStateException(e);
    }
}

/** check("1.3") runs the public tests of exercise 1.3 against your code and shows what passes; check("1") a whole lesson. */
Object check(String... exercises) {
    return ask("check", (Object) exercises);
}

/** Stops the notebook, naming the TODO to do first, unless these exercises pass their public tests. */
Object requireDone(String... exercises) {
    return ask("requireDone", (Object) exercises);
}

/**
 * How long to train: {@code full} steps, or a tenth of them when the system property
 * {@code nncourse.quick} or the environment variable {@code NNCOURSE_QUICK} is set (CI runs the
 * notebooks quick; the charts then show less training).
 */
int trainingLength(int full) {
    boolean quick = Boolean.getBoolean("nncourse.quick") || System.getenv("NNCOURSE_QUICK") != null;
    return quick ? Math.max(1, full / 10) : full;
}

// ── Charts: one look for every notebook ──────────────────────────────────────────────────────
// A cell shows a chart when its last line is the chart's image: BitmapEncoder.getBufferedImage(chart).

/** The course's look for a chart: white, a light grid, the legend inside the plot. */
XYChart styled(XYChart chart) {
    chart.getStyler().setChartBackgroundColor(Color.WHITE);
    chart.getStyler().setLegendPosition(Styler.LegendPosition.InsideNW);
    chart.getStyler().setLegendBorderColor(Color.LIGHT_GRAY);
    chart.getStyler().setPlotGridLinesColor(new Color(225, 225, 225));
    chart.getStyler().setMarkerSize(7);
    chart.getStyler().setSeriesColors(new Color[] {    // Okabe and Ito's colours, told apart by colour-blind eyes too
        new Color(0x0072B2), new Color(0xE69F00), new Color(0x009E73), new Color(0xD55E00),
        new Color(0xCC79A7), new Color(0x56B4E9), Color.BLACK});
    return chart;
}

/** A line or scatter chart of 640 × 380 pixels, in the course's look. (JShell methods cannot overload each other.) */
XYChart xyChart(String title, String xAxisTitle, String yAxisTitle) {
    return styled(new XYChartBuilder().width(640).height(380).title(title)
            .xAxisTitle(xAxisTitle).yAxisTitle(yAxisTitle).build());
}

/**
 * A dashed grey line from (x0, y0) to (x1, y1) on a chart, such as the threshold 0.5. Added before a
 * history (x = 0, 1, 2, …), it also makes XChart mark round numbers on the x axis, not every 143rd step.
 */
XYSeries referenceLine(XYChart chart, String name, double x0, double y0, double x1, double y1) {
    XYSeries line = chart.addSeries(name, new double[] {x0, x1}, new double[] {y0, y1});
    line.setMarker(SeriesMarkers.NONE);
    line.setLineStyle(org.knowm.xchart.style.lines.SeriesLines.DASH_DASH).setLineColor(Color.GRAY);
    return line;
}

/** 0, 1, …, n − 1 as doubles: the x values of a history such as the cost after each step. */
double[] steps(int n) {
    return java.util.stream.IntStream.range(0, n).asDoubleStream().toArray();
}

/** From blue (0) through white (0.5) to red (1): ten colours for the ten tenths of an output a. */
final Color[] BLUE_TO_RED = {
    new Color(0x053061), new Color(0x2166ac), new Color(0x4393c3), new Color(0x92c5de), new Color(0xd1e5f0),
    new Color(0xfddbc7), new Color(0xf4a582), new Color(0xd6604d), new Color(0xb2182b), new Color(0x67001f)};

/** A square that fills one cell of a heat map's grid, however large the chart's markers are. */
class Tile extends org.knowm.xchart.style.markers.Marker {
    final int cells;
    Tile(int cells) { this.cells = cells; }
    @Override
    public void paint(java.awt.Graphics2D g, double x, double y, int markerSize) {
        java.awt.Rectangle plot = g.getClipBounds();   // XChart clips to the plot while it paints the series
        double side = plot == null ? markerSize : Math.ceil(Math.max(plot.width, plot.height) / (double) cells) + 1;
        g.fill(new java.awt.geom.Rectangle2D.Double(x - side / 2, y - side / 2, side, side));
    }
}

/**
 * A heat map of f(x₁, x₂), a number between 0 and 1 such as a neuron's output, over the square
 * −0.25 ≤ x₁, x₂ ≤ 1.25 around the unit square: blue where f is near 0, white near 0.5, red near 1,
 * in ten shades, one for each tenth. Add the data's points on top with {@link #addPoints}.
 */
XYChart heatMap(String title, java.util.function.DoubleBinaryOperator f) {
    int cells = 80;
    double lo = -0.25, hi = 1.25, step = (hi - lo) / cells;
    XYChart chart = new XYChartBuilder().width(380).height(380).title(title).xAxisTitle("x₁").yAxisTitle("x₂").build();
    chart.getStyler().setChartBackgroundColor(Color.WHITE);
    int titleSize = (int) Math.min(13, 600.0 / Math.max(1, title.length()));    // a long title in a smaller font
    chart.getStyler().setChartTitleFont(new java.awt.Font(java.awt.Font.SANS_SERIF, java.awt.Font.BOLD, titleSize));
    chart.getStyler().setPlotContentSize(1.0);
    chart.getStyler().setXAxisMin(lo).setXAxisMax(hi).setYAxisMin(lo).setYAxisMax(hi);
    chart.getStyler().setPlotGridLinesVisible(false);
    chart.getStyler().setLegendVisible(false);             // the points show their labels themselves
    chart.getStyler().setMarkerSize(17);
    List<List<Double>> x1 = new ArrayList<>(), x2 = new ArrayList<>();
    for (int k = 0; k < BLUE_TO_RED.length; k++) { x1.add(new ArrayList<>()); x2.add(new ArrayList<>()); }
    for (int i = 0; i < cells; i++) {
        for (int j = 0; j < cells; j++) {
            double a = lo + (i + 0.5) * step, b = lo + (j + 0.5) * step;
            int tenth = (int) Math.min(BLUE_TO_RED.length - 1, Math.max(0, Math.floor(f.applyAsDouble(a, b) * 10)));
            x1.get(tenth).add(a);
            x2.get(tenth).add(b);
        }
    }
    for (int k = 0; k < BLUE_TO_RED.length; k++) {
        if (!x1.get(k).isEmpty()) {
            XYSeries tiles = chart.addSeries("a in [" + k / 10.0 + ", " + (k + 1) / 10.0 + ")", x1.get(k), x2.get(k));
            tiles.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
            tiles.setMarker(new Tile(cells)).setMarkerColor(BLUE_TO_RED[k]);
            tiles.setShowInLegend(false);
        }
    }
    return chart;
}

/** A data point of a heat map: a white disc with its label y, 1 or 0, written in it, to read on any colour. */
class LabelledPoint extends org.knowm.xchart.style.markers.Marker {
    final String label;
    LabelledPoint(int y) { this.label = String.valueOf(y); }
    @Override
    public void paint(java.awt.Graphics2D g, double x, double y, int markerSize) {
        var disc = new java.awt.geom.Ellipse2D.Double(x - markerSize / 2.0, y - markerSize / 2.0, markerSize, markerSize);
        g.setColor(Color.WHITE);
        g.fill(disc);
        g.setColor(Color.BLACK);
        g.setStroke(new java.awt.BasicStroke(1.2f));
        g.draw(disc);
        g.setFont(g.getFont().deriveFont(java.awt.Font.BOLD, markerSize * 0.75f));
        var metrics = g.getFontMetrics();
        g.drawString(label, (float) (x - metrics.stringWidth(label) / 2.0), (float) (y + metrics.getAscent() * 0.38));
    }
}

/** Adds a data set's points to a chart, each showing its label y (1 or 0) on a white disc. */
XYChart addPoints(XYChart chart, double[][] x, int[] y) {
    for (int label : new int[] {1, 0}) {
        List<Double> x1 = new ArrayList<>(), x2 = new ArrayList<>();
        for (int i = 0; i < x.length; i++) {
            if (y[i] == label) { x1.add(x[i][0]); x2.add(x[i][1]); }
        }
        if (x1.isEmpty()) continue;
        XYSeries points = chart.addSeries("y = " + label, x1, x2);
        points.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
        points.setMarker(new LabelledPoint(label));
    }
    return chart;
}

/** Several charts as one image, {@code columns} to a row; a null leaves its place empty. */
BufferedImage grid(int columns, org.knowm.xchart.internal.chartpart.Chart<?, ?>... charts) {
    List<BufferedImage> images = new ArrayList<>();
    for (var chart : charts) images.add(chart == null ? null : BitmapEncoder.getBufferedImage(chart));
    int width = images.stream().filter(Objects::nonNull).mapToInt(BufferedImage::getWidth).max().orElse(1);
    int height = images.stream().filter(Objects::nonNull).mapToInt(BufferedImage::getHeight).max().orElse(1);
    int rows = (images.size() + columns - 1) / columns;
    BufferedImage all = new BufferedImage(columns * width, rows * height, BufferedImage.TYPE_INT_RGB);
    java.awt.Graphics2D g = all.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, all.getWidth(), all.getHeight());
    for (int i = 0; i < images.size(); i++) {
        if (images.get(i) != null) g.drawImage(images.get(i), (i % columns) * width, (i / columns) * height, null);
    }
    g.dispose();
    return all;
}

// ── Your code beside the reference ───────────────────────────────────────────────────────────
// A chart draws your code even when its tests fail: then beside the reference — computed in the
// cell from the formula — and labelled so. When your code throws (a TODO not done yet), one line
// says so and the chart draws the reference alone.

/** Adds the curve of f over x to a chart, without markers; where f is infinite or NaN, the curve has a gap. */
XYSeries plot(XYChart chart, String name, double[] x, DoubleUnaryOperator f) {
    double[] y = Arrays.stream(x).map(f).map(v -> Double.isFinite(v) ? v : Double.NaN).toArray();
    XYSeries curve = chart.addSeries(name, x, y);
    curve.setMarker(SeriesMarkers.NONE);
    return curve;
}

/** The notes said so far: a TODO that keeps a chart from drawing your code is named once. */
Set<String> said = new HashSet<>();

/** Says in one line, once, that your code threw and that the reference is drawn in its place. */
void cannotDraw(RuntimeException thrown) {
    String line = (String) ask("cannotDraw", thrown);
    if (said.add(line)) System.out.println(line);
}

/**
 * Adds to a chart the curve of your code for these exercises (e.g. "1.1", or "2.1 2.2"): named
 * {@code name} when they pass their public tests; else labelled with what fails, beside the
 * reference's curve, dashed in the same colour. A long legend moves beside the chart.
 */
void plotYours(XYChart chart, String exercises, String name, double[] x, DoubleUnaryOperator yours, DoubleUnaryOperator reference) {
    String label = (String) ask("yours", name, exercises.split(" "));
    if (label == null) {
        plot(chart, name, x, yours);
        return;
    }
    Color[] colours = chart.getStyler().getSeriesColors();
    Color colour = colours[chart.getSeriesMap().size() % colours.length];
    try {
        plot(chart, label, x, yours).setLineColor(colour);
    } catch (RuntimeException thrown) {
        cannotDraw(thrown);
    }
    plot(chart, (String) ask("reference", name), x, reference).setLineColor(colour)
            .setLineStyle(org.knowm.xchart.style.lines.SeriesLines.DASH_DASH);
    if (chart.getSeriesMap().size() > 5) chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideE);
}

/**
 * The heat map of your code for these exercises: alone when they pass their public tests; else
 * labelled with what fails, above the reference's map (or the reference's alone, when it throws).
 */
List<XYChart> mapsYours(String exercises, String title, DoubleBinaryOperator yours, DoubleBinaryOperator reference) {
    String label = (String) ask("yours", title, exercises.split(" "));
    if (label == null) return List.of(heatMap(title, yours));
    List<XYChart> maps = new ArrayList<>();
    try {
        maps.add(heatMap(label, yours));
    } catch (RuntimeException thrown) {
        cannotDraw(thrown);
    }
    maps.add(heatMap((String) ask("reference", title), reference));
    return maps;
}

/** Charts side by side, one column for each list, the charts of a list one below the other. */
BufferedImage columns(List<? extends org.knowm.xchart.internal.chartpart.Chart<?, ?>>... columns) {
    int rows = Arrays.stream(columns).mapToInt(List::size).max().orElse(1);
    List<org.knowm.xchart.internal.chartpart.Chart<?, ?>> charts = new ArrayList<>();
    for (int row = 0; row < rows; row++) {
        for (var column : columns) charts.add(row < column.size() ? column.get(row) : null);
    }
    return grid(columns.length, charts.toArray(new org.knowm.xchart.internal.chartpart.Chart<?, ?>[0]));
}

if (course != null) System.out.print(ask("status"));
