package nncourse.grader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import jdk.jshell.EvalException;
import jdk.jshell.ExpressionSnippet;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;
import jdk.jshell.UnresolvedReferenceException;
import jdk.jshell.VarSnippet;
import nncourse.engine.Folders;
import nncourse.engine.JavaCompilation;
import nncourse.engine.KitLesson;
import nncourse.learner.NotDoneYet;
import nncourse.learner.NotebookCheck;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The notebooks run. Every code cell of every {@code notebooks/*.ipynb} goes through the JDK's JShell
 * API, in this JVM, the way IJava and JJava run it: line magics in order ({@code %maven},
 * {@code %classpath}, {@code %jars}, {@code %load} — no other), the Java between them snippet by
 * snippet, relative paths from the notebook's folder.
 * <ul>
 * <li>Against the reference solutions — which the build compiles into {@code solutions/lesson-0N-…/target/classes},
 *     and chosen by the teachers' line of {@code setup.jsh} — no cell may fail to compile or throw, and
 *     every cell tagged {@code chart} must yield an image, which is written as a PNG to
 *     {@code grader/target/notebook-charts/} to look at.</li>
 * <li>Against the untouched stubs, a notebook runs every cell up to its first {@code requireDone(…)}:
 *     its first charts draw the reference in place of the stubs, which throw, and say so in one line
 *     that names a {@code TODO}; every chart cell before the stop yields an image (written as
 *     {@code …-stubs-cellNN.png}). That {@code requireDone(…)} stops it with a
 *     {@link nncourse.learner.NotDoneYet} that names the lesson's first {@code TODO}.</li>
 * <li>Against a wrong answer, {@code check(…)} shows what fails with the hint,
 *     {@code requireDone(…)} names the {@code TODO} to finish, and a chart labels the learner's curve
 *     with what fails, beside the reference's.</li>
 * </ul>
 * A {@code %maven} line must name an artifact at a version this build resolves (it is on this test's
 * class path, through {@code grader/pom.xml}); JShell compiles and runs the snippets against this
 * class path, which stands in for what the kernels download. Training runs quick
 * ({@code -Dnncourse.quick=true}, read by {@code setup.jsh}).
 */
@DisplayName("The notebooks")
class NotebooksTest {

    private static final Path KIT = Path.of(System.getProperty("kit.root", "..")).toAbsolutePath().normalize();
    private static final Path NOTEBOOKS = KIT.resolve("notebooks");
    private static final Path CHARTS = KIT.resolve("grader/target/notebook-charts");
    private static final Set<String> MAGICS = Set.of("maven", "classpath", "jars", "load");
    private static final Pattern LINE_MAGIC = Pattern.compile("^\\s*%(\\w+)(.*)$");
    /** The teachers' line of setup.jsh, commented out: it puts the compiled solutions first on the class path. */
    private static final Pattern TEACHERS_LINE = Pattern.compile("(?m)^// (%classpath \\.\\./solutions/.*)$");

    @BeforeAll
    static void findTheSolutionsAndRunQuick() throws IOException {
        for (KitLesson lesson : KitLesson.all(KIT)) {
            Path classes = KIT.resolve("solutions").resolve(lesson.name()).resolve("target/classes");
            assertTrue(Files.isDirectory(classes), () -> classes + " is missing: the solutions module builds it,"
                    + " before the grader, with -Psolutions");
        }
        Files.createDirectories(CHARTS);
        System.setProperty("nncourse.quick", "true");
    }

    @AfterAll
    static void trainInFullAgain() {
        System.clearProperty("nncourse.quick");
    }

    @TestFactory
    @DisplayName("run every cell against the solutions, and every chart cell draws")
    Stream<DynamicTest> runAgainstTheSolutions() throws IOException {
        return notebooks().map(notebook -> dynamicTest(notebook.getFileName().toString(), () -> {
            try (Kernel kernel = new Kernel(NOTEBOOKS, true)) {
                List<Cell> cells = cells(notebook);
                int charts = 0;
                for (Cell cell : cells) {
                    Kernel.Value value = kernel.run(cell.source(), notebook, cell.number());
                    boolean image = value != null && kernel.writePng(value, png(notebook, cell));
                    if (cell.chart()) {
                        assertTrue(image, () -> where(notebook, cell) + " is tagged chart but its last line is not an "
                                + "image (BitmapEncoder.getBufferedImage(chart)): " + value);
                        assertDrawn(png(notebook, cell), notebook, cell);
                        charts++;
                    } else {
                        assertTrue(!image, () -> where(notebook, cell) + " draws an image: tag it chart, so that "
                                + "both notebook checks look at it");
                    }
                }
                assertTrue(charts > 0, () -> notebook.getFileName() + " has no cell tagged chart");
            }
        }));
    }

    @TestFactory
    @DisplayName("on the untouched stubs draw the first charts from the reference, then stop at the lesson's"
            + " first TODO")
    Stream<DynamicTest> stopAtTheFirstTodoOnTheStubs() throws IOException {
        return notebooks().map(notebook -> dynamicTest(notebook.getFileName().toString(), () -> {
            String firstTodo = "TODO " + lessonOf(notebook).manifest().exercises().get(0).id() + " first";
            try (Kernel kernel = new Kernel(NOTEBOOKS, false)) {
                int charts = 0;
                for (Cell cell : cells(notebook)) {
                    Kernel.Value value;
                    try {
                        value = kernel.run(cell.source(), notebook, cell.number());
                    } catch (CellFailed failed) {
                        assertEquals("nncourse.learner.NotDoneYet", failed.exceptionClass,
                                () -> where(notebook, cell) + " failed on the stubs before a requireDone(…)"
                                        + " stopped it: " + failed.getMessage());
                        assertTrue(cell.source().startsWith("requireDone("), () -> where(notebook, cell)
                                + " stopped the notebook, but it is not the first requireDone(…): " + failed.detail);
                        assertTrue(failed.detail.contains(firstTodo), () -> where(notebook, cell) + " stopped, but "
                                + "its message does not say \"" + firstTodo + "\": " + failed.detail);
                        int drawn = charts;
                        assertTrue(drawn > 0, () -> notebook.getFileName() + " drew no chart before its first "
                                + "requireDone(…): its first charts should draw the reference where the stubs throw");
                        assertTrue(kernel.printed().contains("throws UnsupportedOperationException (TODO"),
                                () -> notebook.getFileName() + ": no line says that the stubs throw and the charts"
                                        + " draw the reference in their place:" + kernel.printed());
                        return;
                    }
                    if (cell.chart()) {
                        Path png = CHARTS.resolve(png(notebook, cell).getFileName().toString()
                                .replace("-cell", "-stubs-cell"));
                        assertTrue(value != null && kernel.writePng(value, png), () -> where(notebook, cell)
                                + " is tagged chart but draws no image on the stubs: " + value);
                        assertDrawn(png, notebook, cell);
                        charts++;
                    }
                }
                fail(notebook.getFileName() + " ran to its end on the untouched stubs: call requireDone(…) before the "
                        + "cells that use the lesson");
            }
        }));
    }

    @Test
    @DisplayName("check(…) shows a wrong answer's failures and hint, and requireDone(…) names the TODO to finish")
    void checkShowsAWrongAnswer(@TempDir Path work) throws IOException {
        KitLesson lesson = lessonOf(NOTEBOOKS.resolve("01-logistic-regression.ipynb"));
        // The reference solution with one typical mistake: σ′(z) = σ(z)(1 + σ(z)).
        Path sources = work.resolve("src");
        for (var file : lesson.solutionFiles().entrySet()) {
            Files.createDirectories(sources.resolve(file.getKey()).getParent());
            Files.copy(file.getValue(), sources.resolve(file.getKey()));
        }
        Path sigmoid = sources.resolve("nncourse/lesson01/Sigmoid.java");
        String right = Files.readString(sigmoid, StandardCharsets.UTF_8);
        assertTrue(right.contains("return sigma * (1 - sigma);"), "the mistake no longer fits the solution");
        Files.writeString(sigmoid, right.replace("return sigma * (1 - sigma);", "return sigma * (1 + sigma);"),
                StandardCharsets.UTF_8);
        Path classes = work.resolve("classes");
        List<Path> classpath = Stream.of(System.getProperty("java.class.path").split(File.pathSeparator))
                .map(Path::of).toList();
        assertEquals(List.of(), JavaCompilation.compile(JavaCompilation.sourcesIn(sources), classpath, classes));
        Folders.copy(lesson.dir().resolve("src/main/resources"), classes);

        try (URLClassLoader code = new URLClassLoader(new URL[] {classes.toUri().toURL()},
                getClass().getClassLoader())) {
            NotebookCheck course = NotebookCheck.forNotebook(code);
            String table = course.check("1.1", "1.2").toString();
            assertTrue(table.contains("✔ 1.1") && table.contains("✘ 1.2"), table);
            assertTrue(table.contains("0 of 4 tests pass"), table);
            assertTrue(table.contains(lesson.manifest().exercise("1.2").orElseThrow().hint()), table);
            NotDoneYet stop = assertThrows(NotDoneYet.class, () -> course.requireDone("1.1", "1.2"));
            assertTrue(stop.getMessage().startsWith("Finish TODO 1.2 first (0 of 4 tests pass): Sigmoid.derivative,"
                    + " in lesson-01-logistic-regression/src/main/java/nncourse/lesson01/Sigmoid.java:"),
                    stop.getMessage());
            assertEquals(0, stop.getStackTrace().length, "a learner reads one sentence, not a stack trace");
            assertTrue(course.check("1.1").passed());
            // A chart draws the wrong σ′ labelled with what fails, beside the reference; the right σ as it is.
            assertEquals("your σ′(z) (fails 4 of 4 tests)", course.yours("σ′(z)", "1.2"));
            assertEquals("your σ′(z) (fails 4 of 8 tests)", course.yours("σ′(z)", "1.1", "1.2"));
            assertEquals(null, course.yours("σ(z)", "1.1"));
            assertEquals("σ′(z), reference", course.reference("σ′(z)"));
            assertEquals("your code throws UnsupportedOperationException (TODO 1.3: one line): the chart draws the "
                    + "reference in its place",
                    course.cannotDraw(new UnsupportedOperationException("TODO 1.3:\n one line")));
        }
    }

    /** A chart is drawn when its PNG decodes to a picture of some size with more than a few colours. */
    private static void assertDrawn(Path png, Path notebook, Cell cell) throws IOException {
        BufferedImage image = ImageIO.read(png.toFile());
        assertTrue(image != null && image.getWidth() >= 200 && image.getHeight() >= 150,
                () -> where(notebook, cell) + " drew no picture of a useful size: " + png);
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 3) {
            for (int x = 0; x < image.getWidth(); x += 3) {
                colours.add(image.getRGB(x, y));
            }
        }
        assertTrue(colours.size() > 8, () -> where(notebook, cell) + " drew a blank picture (" + colours.size()
                + " colours): " + png);
    }

    private static Stream<Path> notebooks() throws IOException {
        try (Stream<Path> files = Files.list(NOTEBOOKS)) {
            List<Path> all = files.filter(f -> f.toString().endsWith(".ipynb")).sorted().toList();
            assertTrue(!all.isEmpty(), "no notebooks in " + NOTEBOOKS);
            return all.stream();
        }
    }

    /** {@code 02-artificial-neuron.ipynb} belongs to {@code lesson-02-artificial-neuron}. */
    private static KitLesson lessonOf(Path notebook) {
        String name = "lesson-" + notebook.getFileName().toString().replaceFirst("\\.ipynb$", "");
        return KitLesson.all(KIT).stream().filter(l -> l.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(notebook.getFileName() + " is named after no lesson ("
                        + name + ")"));
    }

    /** A code cell: its number among all cells (1-based, as Jupyter shows them), source and chart tag. */
    record Cell(int number, String source, boolean chart) {}

    private static List<Cell> cells(Path notebook) throws IOException {
        JsonNode root = new ObjectMapper().readTree(notebook.toFile());
        assertEquals("java", root.path("metadata").path("kernelspec").path("name").asText(),
                () -> notebook.getFileName() + ": the kernelspec must be named java (IJava and JJava both are)");
        List<Cell> cells = new ArrayList<>();
        int number = 0;
        for (JsonNode cell : root.path("cells")) {
            number++;
            if (!cell.path("cell_type").asText().equals("code")) {
                continue;
            }
            StringBuilder text = new StringBuilder();
            JsonNode source = cell.path("source");
            if (source.isArray()) {
                source.forEach(line -> text.append(line.asText()));
            } else {
                text.append(source.asText());
            }
            boolean chart = false;
            for (JsonNode tag : cell.path("metadata").path("tags")) {
                chart |= tag.asText().equals("chart");
            }
            cells.add(new Cell(number, text.toString(), chart));
        }
        return cells;
    }

    private static Path png(Path notebook, Cell cell) {
        return CHARTS.resolve(notebook.getFileName().toString().replaceFirst("\\.ipynb$", "")
                + String.format("-cell%02d.png", cell.number()));
    }

    private static String where(Path notebook, Cell cell) {
        return notebook.getFileName() + " cell " + cell.number();
    }

    /** A cell that did not run: it did not compile, or it threw. */
    static final class CellFailed extends AssertionError {
        final String exceptionClass;
        final String detail;

        CellFailed(String where, String exceptionClass, String detail) {
            super(where + ": " + (exceptionClass.isEmpty() ? "" : exceptionClass + ": ") + detail);
            this.exceptionClass = exceptionClass;
            this.detail = detail;
        }
    }

    /** A notebook's kernel: one JShell in this JVM, started fresh for each notebook. */
    static final class Kernel implements AutoCloseable {

        /** The last snippet of a cell, when it has a value: its name in JShell (e.g. {@code $12}) and type. */
        record Value(String name, String type) {}

        private final JShell shell;
        /**
         * Cuts a cell into snippets. A JShell of its own: the running shell's SourceCodeAnalysis would
         * re-index its class path in the background at every {@code %classpath}, racing the compiler
         * (now and then a snippet then did not see a package just added).
         */
        private final JShell splitter = JShell.builder().executionEngine("local").build();
        private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
        private final Path dir;
        private final boolean solutions;

        /**
         * @param dir       the notebook's folder: relative paths in magics start there
         * @param solutions whether to take the teachers' line of setup.jsh, plotting the solutions
         */
        Kernel(Path dir, boolean solutions) {
            PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8);
            this.shell = JShell.builder().executionEngine("local").out(out).err(out).build();
            this.dir = dir;
            this.solutions = solutions;
        }

        /** Runs a cell, or a file it loads; returns the value of its last snippet, or null. */
        Value run(String source, Path notebook, int cell) {
            if (solutions && source.contains("%classpath")) {
                Matcher teachers = TEACHERS_LINE.matcher(source);
                assertTrue(teachers.find(), () -> notebook.getFileName() + " cell " + cell
                        + ": no teachers' line \"// %classpath ../solutions/…\" to plot the solutions with");
                source = teachers.replaceAll("$1");
            }
            Value value = null;
            StringBuilder javaSource = new StringBuilder();
            for (String line : source.split("\n", -1)) {
                Matcher magic = LINE_MAGIC.matcher(line);
                if (!magic.matches()) {
                    javaSource.append(line).append('\n');
                    continue;
                }
                value = eval(javaSource.toString(), notebook, cell, value);
                javaSource.setLength(0);
                String name = magic.group(1);
                List<String> args = List.of(magic.group(2).trim().split("\\s+"));
                assertTrue(MAGICS.contains(name), () -> notebook.getFileName() + " cell " + cell + ": %" + name
                        + " is not among the magics that IJava and JJava share, " + MAGICS);
                switch (name) {
                    case "load" -> run(read(dir.resolve(args.get(0))), notebook, cell);
                    case "maven" -> args.forEach(a -> requireBuildResolves(a, notebook, cell));
                    default -> args.stream().map(dir::resolve).map(Path::normalize).filter(Files::exists)
                            .forEach(p -> shell.addToClasspath(p.toString()));
                }
                value = null;
            }
            return eval(javaSource.toString(), notebook, cell, value);
        }

        /** Evaluates Java source snippet by snippet; fails on the first that does not compile or throws. */
        private Value eval(String code, Path notebook, int cell, Value before) {
            Value value = before;
            String remaining = code;
            SourceCodeAnalysis analysis = splitter.sourceCodeAnalysis();
            while (!remaining.isBlank()) {
                SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(remaining);
                if (info.completeness() == SourceCodeAnalysis.Completeness.EMPTY) {
                    break;
                }
                String where = notebook.getFileName() + " cell " + cell;
                if (!info.completeness().isComplete()) {
                    throw new CellFailed(where, "", "incomplete Java: " + remaining.strip());
                }
                remaining = info.remaining();
                for (SnippetEvent event : evalPrinting(info.source())) {
                    if (event.causeSnippet() != null) {
                        continue;
                    }
                    Snippet snippet = event.snippet();
                    if (event.status() == Snippet.Status.REJECTED) {
                        String errors = shell.diagnostics(snippet).map(d -> d.getMessage(Locale.ENGLISH))
                                .collect(Collectors.joining("; "));
                        throw new CellFailed(where, "", "does not compile: " + errors + "\n" + snippet.source());
                    }
                    if (event.exception() instanceof EvalException e) {
                        throw new CellFailed(where, e.getExceptionClassName(), String.valueOf(e.getMessage())
                                + "\n" + snippet.source() + printedBefore());
                    }
                    if (event.exception() instanceof UnresolvedReferenceException e) {
                        throw new CellFailed(where, "", "unresolved: "
                                + shell.unresolvedDependencies(e.getSnippet()).toList());
                    }
                    if (event.exception() != null) {
                        throw new CellFailed(where, event.exception().getClass().getName(),
                                event.exception().getMessage());
                    }
                    // Like the kernels, a cell shows the value of its last snippet when that is an expression.
                    if (snippet instanceof VarSnippet v
                            && snippet.subKind() == Snippet.SubKind.TEMP_VAR_EXPRESSION_SUBKIND) {
                        value = new Value(v.name(), v.typeName());
                    } else if (snippet instanceof ExpressionSnippet x) {
                        value = new Value(x.name(), x.typeName());
                    } else {
                        value = null;
                    }
                }
            }
            return value;
        }

        /**
         * Evaluates one snippet. In this JVM its System.out is this JVM's: what it prints goes to
         * {@link #printed()}, as a kernel shows it under the cell.
         */
        private List<SnippetEvent> evalPrinting(String snippet) {
            PrintStream out = System.out;
            System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
            try {
                return shell.eval(snippet);
            } finally {
                System.setOut(out);
            }
        }

        /** Writes the cell's value as a PNG when it is an image; false when it is not one. */
        boolean writePng(Value value, Path png) {
            if (!value.type().endsWith("BufferedImage") && !value.type().endsWith("RenderedImage")) {
                return false;
            }
            List<SnippetEvent> events = shell.eval("javax.imageio.ImageIO.write((java.awt.image.RenderedImage) "
                    + value.name() + ", \"png\", new java.io.File(\"" + png.toString().replace("\\", "\\\\") + "\"))");
            return events.stream().anyMatch(e -> "true".equals(e.value()));
        }

        /** A %maven coordinate names an artifact at a version the build resolved: it is on this class path. */
        private static void requireBuildResolves(String coordinates, Path notebook, int cell) {
            String[] gav = coordinates.split(":");
            assertEquals(3, gav.length, () -> notebook.getFileName() + " cell " + cell + ": %maven " + coordinates
                    + " is not groupId:artifactId:version");
            String jar = String.join("/", gav[0].replace('.', '/'), gav[1], gav[2], gav[1] + "-" + gav[2] + ".jar");
            boolean resolved = Stream.of(System.getProperty("java.class.path").split(File.pathSeparator))
                    .anyMatch(entry -> entry.replace(File.separatorChar, '/').endsWith(jar));
            assertTrue(resolved, () -> notebook.getFileName() + " cell " + cell + ": %maven " + coordinates
                    + " names an artifact the build does not resolve — is the version the one in pom.xml, and is it a "
                    + "test dependency of grader/pom.xml?");
        }

        private static String read(Path file) {
            try {
                return Files.readString(file, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new AssertionError("%load cannot read " + file, e);
            }
        }

        /** What the cells printed so far. */
        String printed() {
            return printed.toString(StandardCharsets.UTF_8);
        }

        private String printedBefore() {
            String text = printed.toString(StandardCharsets.UTF_8).strip();
            return text.isEmpty() ? "" : "\nprinted before:\n" + text;
        }

        @Override
        public void close() {
            shell.close();
            splitter.close();
        }
    }
}
