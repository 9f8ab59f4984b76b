package nncourse.grader.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import nncourse.grader.report.ClassReport.ExerciseStats;
import nncourse.grader.report.ClassReport.LessonStats;
import nncourse.grader.report.ClassReport.Message;
import nncourse.grader.report.ClassReport.TestFailures;
import nncourse.grader.report.ClassReport.Total;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The class report as a teacher sees it: {@code grader grade} on the example submissions, then
 * {@code report.html} opened in a real browser — Chromium, headless, from Debian's package. It must load,
 * show every chart (its script marks each image the browser decoded), and look right: the screenshot is
 * kept as {@value #SCREENSHOT} for a person to look at. Without Chromium on the PATH the test is skipped
 * and says why; CI ({@code .ci/run}) installs it.
 */
@DisplayName("The class report in a headless Chromium")
class ReportInBrowserTest {

    private static final Path KIT = Path.of(System.getProperty("kit.root", "..")).toAbsolutePath().normalize();
    private static final Path JAR = KIT.resolve("grader/target/grader.jar");
    private static final String SCREENSHOT = "grader/target/report-screenshot.png";
    private static final int WIDTH = 1000;
    private static final int HEIGHT = 4200;
    private static final Duration BROWSER_TIMEOUT = Duration.ofMinutes(2);
    private static final Pattern IMG = Pattern.compile("<img\\b[^>]*>");

    @TempDir
    static Path out;
    private static Path chromium;
    private static String printed;
    private static int status;

    @BeforeAll
    static void gradeExamples() throws Exception {
        chromium = onPath("chromium").orElse(null);
        assumeTrue(chromium != null, "Chromium is not installed (apt-get install chromium), so report.html is not"
                + " checked in a browser here; CI installs it");
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.awt.headless=true", "-jar", JAR.toString(), "grade", "--kit", KIT.toString(),
                "--out", out.resolve("graded").toString())
                .redirectErrorStream(true).start();
        printed = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        status = p.waitFor();
    }

    @Test
    @DisplayName("grade writes report.html and says so")
    void written() {
        assertEquals(0, status, printed);
        assertTrue(Files.isRegularFile(out.resolve("graded").resolve(ReportPage.FILE)), printed);
        assertTrue(printed.contains("Wrote the class report " + out.resolve("graded").resolve(ReportPage.FILE)),
                printed);
    }

    @Test
    @DisplayName("the page loads and every chart in it is an image the browser decoded")
    void everyImageShows() throws Exception {
        String dom = dumpDom(out.resolve("graded").resolve(ReportPage.FILE));
        assertTrue(dom.contains("<h1>Class report</h1>"), dom);
        List<String> images = images(dom);
        assertEquals(3, images.size(), "the histogram, the lessons' boxes and the exercises' bars");
        images.forEach(img -> assertTrue(img.contains("data-shown=\"true\""), "not decoded: " + shorten(img)));
        assertTrue(dom.contains("data-images-shown=\"3/3\""), "the page's load event did not run its check");
        assertTrue(dom.contains("half-done") && dom.contains("does-not-compile"), "the submissions are listed");
    }

    @Test
    @DisplayName("the screenshot of the page is kept in grader/target, drawn and not blank")
    void screenshot() throws Exception {
        Path shot = KIT.resolve(SCREENSHOT);
        Files.deleteIfExists(shot);
        run(List.of("--screenshot=" + shot, "--window-size=" + WIDTH + "," + HEIGHT, "--hide-scrollbars",
                url(out.resolve("graded").resolve(ReportPage.FILE))));
        BufferedImage image = ImageIO.read(shot.toFile());
        assertTrue(image != null, "not a PNG: " + shot);
        assertEquals(WIDTH, image.getWidth());
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 7) {
            for (int x = 0; x < image.getWidth(); x += 7) {
                colours.add(image.getRGB(x, y) & 0xffffff);
            }
        }
        assertTrue(colours.size() > 20, "the screenshot has " + colours.size() + " colours: blank?");
    }

    @Test
    @DisplayName("a student's name or message that is markup shows as text: no script of theirs runs, no image added")
    void hostileTextStaysText() throws Exception {
        String name = "<img src=x onerror=\"document.title='owned'\">eve";
        String message = "</pre><script>document.title='owned'</script>expected: <0.5> but was: <NaN>";
        ExerciseStats exercise = new ExerciseStats("1.1", "Sigmoid.sigmoid", 10, 5, 0.5, 2,
                List.of(new TestFailures("sigmoid › at z = 0 › is exactly 0.5", false, 1,
                        List.of(new Message(message, 1)), 0)));
        ClassReport report = new ClassReport(10, List.of(new Total(name, 0, true), new Total("bob", 10, false)),
                List.of(new LessonStats("lesson-01-logistic-regression", "Logistic regression", 10, List.of(0.0, 10.0),
                        1, List.of(exercise))));
        Path page = out.resolve("hostile.html");
        Files.writeString(page, ReportPage.of(report), StandardCharsets.UTF_8);
        String dom = dumpDom(page);
        assertEquals(3, images(dom).size(), "only the charts are images");
        assertTrue(dom.contains("data-images-shown=\"3/3\""), "the page's own script ran");
        assertTrue(dom.contains("<title>Class report</title>"), "no script of theirs ran");
        assertFalse(dom.contains("<script>document.title"), "their script is an element");
        assertTrue(dom.contains("&lt;img src=x onerror=\"document.title='owned'\"&gt;eve"), "the name as text");
        assertTrue(dom.contains("&lt;/pre&gt;&lt;script&gt;document.title='owned'&lt;/script&gt;expected: "
                + "&lt;0.5&gt; but was: &lt;NaN&gt;"), "the message as text");
    }

    private static String dumpDom(Path page) throws Exception {
        return run(List.of("--virtual-time-budget=10000", "--dump-dom", url(page)));
    }

    /** Runs Chromium headless on its own profile; returns what it printed on standard output. */
    private static String run(List<String> arguments) throws Exception {
        List<String> command = new ArrayList<>(List.of(chromium.toString(), "--headless", "--no-sandbox",
                "--disable-gpu", "--no-first-run", "--user-data-dir=" + Files.createTempDirectory(out, "profile")));
        command.addAll(arguments);
        Path stdout = Files.createTempFile(out, "chromium", ".out");
        Path stderr = Files.createTempFile(out, "chromium", ".log");
        Process p = new ProcessBuilder(command).redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).start();
        p.getOutputStream().close();
        if (!p.waitFor(BROWSER_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("Chromium did not finish within " + BROWSER_TIMEOUT + ": " + command);
        }
        assertEquals(0, p.exitValue(), () -> "Chromium failed: " + command + "\n" + read(stderr));
        return read(stdout);
    }

    private static List<String> images(String dom) {
        List<String> images = new ArrayList<>();
        for (Matcher m = IMG.matcher(dom); m.find(); ) {
            images.add(m.group());
        }
        return images;
    }

    private static String url(Path page) {
        return page.toUri().toString();
    }

    private static Optional<Path> onPath(String program) {
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .filter(d -> !d.isBlank()).map(d -> Path.of(d, program)).filter(Files::isExecutable).findFirst();
    }

    private static String shorten(String s) {
        return s.length() <= 200 ? s : s.substring(0, 200) + "…";
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }
}
