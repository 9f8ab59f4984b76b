package nncourse.grader.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import nncourse.engine.Folders;
import nncourse.engine.KitLesson;
import nncourse.grader.batch.Feedback;
import nncourse.grader.batch.Gradebook;
import nncourse.grader.batch.NotGraded;
import nncourse.grader.batch.SolutionEdit;
import nncourse.learner.ExerciseInfo;
import nncourse.learner.KitPath;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The grader's corpus of hostile submissions: each is the kit's solutions with one hostile edit — or, for
 * an attack the admission check refuses, the solution of the attacked lesson with the stubs of the others,
 * or the stubs alone — graded by the documented command, {@code java -jar grader/target/grader.jar grade},
 * with 2 s a test, 3 s of javac a lesson and the grader's heap capped; then graded again, one at a time,
 * which must give the same gradebook. The attacks, by mechanism:
 * <ul>
 *   <li>refused by the admission check before they run, so that the file's exercises score 0 and the
 *       feedback names file, line and API: {@code System.exit}; writing to the JVM's own standard streams;
 *       forging the worker's reports; rewriting the compiled hidden tests; reading the worker's secret and
 *       heap through {@code java.lang.management}; a double-forked process ({@code ProcessBuilder},
 *       {@code Runtime.exec}) that would outlive grading; reading the kit's solutions and hidden tests from
 *       disk; calling the hidden tests' {@code HiddenReference} by reflection; a sleeping thread left
 *       behind; JUnit's dry-run property; {@code junit-platform.properties} and ServiceLoader files
 *       written into the classes folder; killing the grader; rewriting the gradebook and the next
 *       student's files; classes named like the public or the hidden tests, in a file of their own or in
 *       {@code src/main/java} beside edited tests and an edited {@code pom.xml};</li>
 *   <li>naming the hidden tests' {@code Reference} directly, which does not compile;</li>
 *   <li>a lesson folder, {@code src} or {@code src/main} that is a link into the kit's {@code solutions/}:
 *       that lesson is not found; a package folder or a Java file that is such a link: it is not read;</li>
 *   <li>javac held to its limits: a bomb that would compile for long, and an expression nested 20,000
 *       deep that overflows javac's stack — each costs its own lesson only;</li>
 *   <li>run, and stopped where they harm: an endless printing loop, a heap exhausted, a recursion without
 *       end, half a megabyte printed, Markdown links and images in a failure message;</li>
 *   <li>mended: a compile error, a file in the wrong package, missing, or not in UTF-8;</li>
 *   <li>refused before grading: a zip that escapes its folder, one with an absolute path, a zip bomb.</li>
 * </ul>
 * Every attacker earns nothing it did not write: it keeps the points of what it left alone and earns none
 * for what it attacked; the correct submissions graded after all of them keep their exact rows.
 * The attacks that are one edit of a solution are {@link SolutionEdit}s, named as their submissions, in
 * {@code src/test/resources/hostile/attacks.yaml}; every one of them is laid out.
 */
@DisplayName("grader grade on hostile submissions")
class HostileSubmissionsTest {

    private static final Path KIT = Path.of(System.getProperty("kit.root", "..")).toAbsolutePath().normalize();
    private static final Path JAR = KIT.resolve("grader/target/grader.jar");
    private static final String L1 = "lesson-01-logistic-regression";
    private static final String L2 = "lesson-02-artificial-neuron";
    private static final String L3 = "lesson-03-network";
    private static final List<String> LESSONS = List.of(L1, L2, L3);
    private static final String GRADER_HEAP = "-Xmx128m";
    private static final List<String> VICTIMS = List.of("zz-victim-1", "zz-victim-2", "zz-victim-3");

    private static final String LOGIC_GATES = "nncourse/lesson02/LogicGates.java";
    private static final String NEURON_TRAINING = "nncourse/lesson02/NeuronTraining.java";
    private static final String TRAINING = "nncourse/lesson03/Training.java";
    private static final String LOGISTIC_REGRESSION = "nncourse/lesson01/LogisticRegression.java";
    private static final Path ATTACKS = KIT.resolve("grader/src/test/resources/hostile/attacks.yaml");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([a-z-]+)}");

    @TempDir
    static Path dir;
    private static Path submissions;
    private static Map<String, Double> points;
    private static Map<String, String> files;
    /** The attacks of attacks.yaml by name, until they are laid out. */
    private static final Map<String, SolutionEdit> TO_LAY_OUT = new LinkedHashMap<>();
    /** What the attacks' placeholders stand for in this run ({@link #placeholderValues()}). */
    private static Map<String, String> placeholders;
    /** Per hostile submission, the exercises its attack is in: it must earn none of their points. */
    private static final Map<String, Set<String>> ATTACKED = new TreeMap<>();
    /** Per submission, the lessons it hands in solved; of the others it hands in the stubs. */
    private static final Map<String, Set<String>> SOLVED = new TreeMap<>();
    private static Run first;
    private static Run again;

    /** One run of {@code grader grade}: what it printed, its exit status, and what it wrote. */
    private record Run(String printed, int status, Path out) {

        /** The gradebook's rows by submission: after its byte-order mark, header and row of points possible. */
        Map<String, CSVRecord> gradebook() throws IOException {
            String text = Files.readString(out.resolve(Gradebook.FILE), StandardCharsets.UTF_8);
            assertTrue(text.startsWith("\uFEFF"), "the gradebook starts with a byte-order mark");
            try (CSVParser csv = CSVParser.builder().setReader(new StringReader(text.substring(1)))
                    .setFormat(CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()).get()) {
                List<CSVRecord> records = csv.getRecords();
                assertEquals(Gradebook.POINTS_POSSIBLE, records.get(0).get("submission"), "the first row");
                Map<String, CSVRecord> rows = new LinkedHashMap<>();
                records.subList(1, records.size()).forEach(row -> rows.put(row.get("submission"), row));
                return rows;
            }
        }

        String feedback(String submission) throws IOException {
            return Files.readString(out.resolve(submission).resolve(Feedback.FILE), StandardCharsets.UTF_8);
        }
    }

    @BeforeAll
    static void gradeTheCorpus() throws Exception {
        submissions = Files.createDirectories(dir.resolve("submissions"));
        points = new LinkedHashMap<>();
        files = new LinkedHashMap<>();
        for (KitLesson lesson : KitLesson.all(KIT)) {
            for (ExerciseInfo e : lesson.manifest().exercises()) {
                points.put(e.id(), e.points());
                files.put(e.id(), lesson.name() + "/" + e.file());
            }
        }
        SolutionEdit.read(ATTACKS, Set.of()).forEach(attack -> TO_LAY_OUT.put(attack.name(), attack));
        placeholders = placeholderValues();
        layOutCorpus();
        assertEquals(Set.of(), TO_LAY_OUT.keySet(), "attacks of " + ATTACKS + " that no submission has");
        first = grade("first", "--jobs", "2");
        again = grade("again", "--jobs", "1");
    }

    private static void layOutCorpus() throws IOException {
        solved("well-done");
        for (String victim : VICTIMS) {
            solved(victim);
        }
        layOutRefusedAttacks();
        layOutTestClassLookalikes();
        layOutLinksIntoTheSolutions();
        layOutJavacBombs();
        layOutRunawayCode();
        layOutUnspeakableFailures();
        layOutMendedFiles();
        layOutZips();
    }

    /** Attacks that name API outside the allowlist: refused before they run. */
    private static void layOutRefusedAttacks() throws IOException {
        attack("system-exit");
        attack("writes-to-the-jvm-streams");
        attack("forges-the-worker-reports");
        attack("rewrites-the-compiled-hidden-tests");
        attack("reads-the-worker-secret-through-management");
        attack("double-forks-a-process");
        attack("reads-the-kit-from-disk");
        attack("calls-the-hidden-reference-by-reflection");
        attack("leaves-a-sleeping-thread");
        attack("sets-the-junit-dry-run-property");
        attack("writes-junit-files-into-the-classes");
        attack("kills-the-grader");
        attack("rewrites-the-gradebook-and-the-next-students-files");
    }

    /** Classes named like the lesson's tests, handed in beside untouched stubs or in place of tests. */
    private static void layOutTestClassLookalikes() throws IOException {
        Path publicNames = handIn("names-classes-like-the-public-tests", Set.of());
        ATTACKED.put("names-classes-like-the-public-tests", exercisesOf(L1));
        write(publicNames.resolve(L1).resolve("src/main/java/nncourse/lesson01/Lookalikes.java"),
                lookalikes("nncourse.lesson01", classesIn(KIT.resolve(L1).resolve("src/test/java/nncourse/lesson01"),
                        "Test"), exercisesOf(L1)));

        Path hiddenNames = handIn("names-classes-like-the-hidden-tests", Set.of());
        ATTACKED.put("names-classes-like-the-hidden-tests", exercisesOf(L2));
        write(hiddenNames.resolve(L2).resolve("src/main/java/nncourse/lesson02/Lookalikes.java"),
                lookalikes("nncourse.lesson02", classesIn(KIT.resolve("solutions").resolve(L2)
                        .resolve("src/test/java/nncourse/lesson02"), "HiddenTest"), exercisesOf(L2)));

        Path cheat = onSolutions("tests-and-build-edited", Set.of());
        Path lesson1 = cheat.resolve(L1);
        Folders.copy(KIT.resolve(L1).resolve("src/test"), lesson1.resolve("src/test"));
        String passes = lookalikes("nncourse.lesson01", List.of("%s"), Set.of("1.2"));
        write(lesson1.resolve("src/test/java/nncourse/lesson01/SigmoidDerivativeTest.java"),
                passes.formatted("SigmoidDerivativeTest"));
        write(lesson1.resolve("pom.xml"), Files.readString(KIT.resolve(L1).resolve("pom.xml"))
                .replace("</project>", "  <properties>\n    <maven.test.failure.ignore>true"
                        + "</maven.test.failure.ignore>\n  </properties>\n</project>"));
        write(lesson1.resolve("src/main/java/nncourse/lesson01/SigmoidDerivativeHiddenTest.java"),
                passes.formatted("SigmoidDerivativeHiddenTest"));

        attack("names-the-hidden-reference");
    }

    /** A lesson folder, a {@code src} and a {@code src/main}, each a link into the kit's solutions. */
    private static void layOutLinksIntoTheSolutions() throws IOException {
        Path lessonLink = handIn("links-the-lesson-folder-into-the-solutions", Set.of());
        ATTACKED.put("links-the-lesson-folder-into-the-solutions", exercisesOf(L1));
        Folders.deleteOrThrow(lessonLink.resolve(L1));
        Files.createSymbolicLink(lessonLink.resolve(L1), KIT.resolve("solutions").resolve(L1));

        Path srcLink = handIn("links-src-into-the-solutions", Set.of());
        ATTACKED.put("links-src-into-the-solutions", exercisesOf(L2));
        Folders.deleteOrThrow(srcLink.resolve(L2).resolve("src"));
        Files.createSymbolicLink(srcLink.resolve(L2).resolve("src"),
                KIT.resolve("solutions").resolve(L2).resolve("src"));

        Path mainLink = handIn("links-src-main-into-the-solutions", Set.of());
        ATTACKED.put("links-src-main-into-the-solutions", exercisesOf(L3));
        Folders.deleteOrThrow(mainLink.resolve(L3).resolve("src/main"));
        Files.createSymbolicLink(mainLink.resolve(L3).resolve("src/main"),
                KIT.resolve("solutions").resolve(L3).resolve("src/main"));

        Path deeper = handIn("links-a-package-and-a-file-into-the-solutions", Set.of());
        ATTACKED.put("links-a-package-and-a-file-into-the-solutions", points.keySet());
        Path packageFolder = deeper.resolve(L1).resolve("src/main/java/nncourse");
        Folders.deleteOrThrow(packageFolder);
        Files.createSymbolicLink(packageFolder, KIT.resolve("solutions").resolve(L1).resolve("src/main/java/nncourse"));
        Path gates = deeper.resolve(L2).resolve("src/main/java").resolve(LOGIC_GATES);
        Files.delete(gates);
        Files.createSymbolicLink(gates, KIT.resolve("solutions").resolve(L2).resolve("src/main/java")
                .resolve(LOGIC_GATES));
    }

    /** Sources that make javac itself take too long, or crash. */
    private static void layOutJavacBombs() throws IOException {
        onSolutions("javac-takes-too-long", exercisesOf(L1));
        onSolutions("javac-overflows-its-stack", exercisesOf(L2));
    }

    /** Code that needs no refused API to do harm: it runs, and is stopped where it does. */
    private static void layOutRunawayCode() throws IOException {
        onSolutions("endless-loop", Set.of("3.4"));
        onSolutions("out-of-memory", Set.of("1.2"));
        onSolutions("stack-overflow", Set.of());
        onSolutions("prints-too-much", Set.of());
        onSolutions("markdown-in-a-failure-message", Set.of());
    }

    /**
     * The stubs, with every {@code TODO} throwing instead an exception of the submission's own whose
     * {@code getMessage()} throws: only allowed API, and no exercise written.
     */
    private static void layOutUnspeakableFailures() throws IOException {
        Path unspeakable = handIn("exception-whose-message-throws", Set.of());
        ATTACKED.put("exception-whose-message-throws", points.keySet());
        Pattern todo = Pattern.compile("(?s)throw new UnsupportedOperationException\\(.*?\\);");
        Pattern topLevel = Pattern.compile("(?m)^public final class \\w+ \\{\n");
        for (String file : new LinkedHashSet<>(files.values())) {
            Path source = unspeakable.resolve(file);
            String thrown = todo.matcher(Files.readString(source, StandardCharsets.UTF_8))
                    .replaceAll("throw new Unspeakable();");
            Matcher top = topLevel.matcher(thrown);
            assertTrue(top.find(), file + " has no top-level public final class");
            write(source, thrown.substring(0, top.end()) + """

                        static final class Unspeakable extends RuntimeException {
                            @Override
                            public String getMessage() {
                                throw new Unspeakable();
                            }
                        }
                    """ + thrown.substring(top.end()));
        }
    }

    /** Files the grader mends: broken, in the wrong package, missing, not UTF-8. */
    private static void layOutMendedFiles() throws IOException {
        onSolutions("compile-error", exercisesIn(L2, NEURON_TRAINING));
        onSolutions("wrong-package", exercisesIn(L3, TRAINING));

        Files.delete(solved("missing-file").resolve(L2).resolve("src/main/java").resolve(LOGIC_GATES));
        ATTACKED.put("missing-file", exercisesIn(L2, LOGIC_GATES));

        Path latin1 = solved("not-utf8").resolve(L3).resolve("src/main/java/nncourse/lesson03/Backpropagation.java");
        Files.write(latin1, ("// R\u00e9tropropagation du gradient, \u00e9crite sous Windows\n"
                + Files.readString(latin1, StandardCharsets.UTF_8)).getBytes(Charset.forName("windows-1252")));
        ATTACKED.put("not-utf8", Set.of());
    }

    private static void layOutZips() throws IOException {
        Path complete = solved("zipped-for-the-zips");
        Map<String, byte[]> sources = filesOf(complete);
        Folders.deleteOrThrow(complete);
        Map<String, byte[]> slip = new LinkedHashMap<>(sources);
        slip.put("../".repeat(40) + KitPath.of(dir.getRoot(), dir.resolve("escaped/Evil.java")),
                "class Evil {}".getBytes(StandardCharsets.UTF_8));
        zip(submissions.resolve("zip-slip.zip"), slip);
        Map<String, byte[]> absolute = new LinkedHashMap<>(sources);
        absolute.put(KitPath.of(dir.resolve("absolute/Evil.java")),
                "class Evil {}".getBytes(StandardCharsets.UTF_8));
        zip(submissions.resolve("absolute-path.zip"), absolute);
        zipBomb(submissions.resolve("zip-bomb.zip"), sources);
        for (String zip : List.of("zip-slip", "absolute-path", "zip-bomb")) {
            ATTACKED.put(zip, points.keySet());
        }
    }

    private static Run grade(String name, String... options) throws Exception {
        Path out = dir.resolve(name);
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), GRADER_HEAP, "-jar", JAR.toString(), "grade", "--kit", KIT.toString(),
                "--submissions", submissions.toString(), "--out", out.toString(), "--test-timeout", "2s",
                "--compile-timeout", "3s"));
        command.addAll(List.of(options));
        Process p = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve(name + ".log").toFile()).start();
        if (!p.waitFor(10, TimeUnit.MINUTES)) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
            fail("grader grade did not finish within 10 minutes: "
                    + Files.readString(dir.resolve(name + ".log"), StandardCharsets.UTF_8));
        }
        return new Run(Files.readString(dir.resolve(name + ".log"), StandardCharsets.UTF_8), p.exitValue(), out);
    }

    private static List<Run> runs() {
        return List.of(first, again);
    }

    @Test
    @DisplayName("grades the whole corpus without failing, with the grader's own heap capped at 128 MB")
    void gradesEverySubmission() throws IOException {
        assertEquals(NotGraded.EXIT_STATUS, first.status(), "the zips and links are not graded:\n" + first.printed());
        assertEquals(NotGraded.EXIT_STATUS, again.status(), "the zips and links are not graded:\n" + again.printed());
        List<String> expected;
        try (Stream<Path> entries = Files.list(submissions)) {
            expected = entries.map(p -> p.getFileName().toString().replaceFirst("\\.zip$", "")).sorted().toList();
        }
        assertEquals(expected, List.copyOf(first.gradebook().keySet()), "one row per submission, in order");
        assertTrue(first.printed().contains("(2 s a test, 2 min a lesson)"), first.printed());
    }

    @Test
    @DisplayName("marks the zips it could not unpack and the lessons it could not find, every other row graded")
    void statusOfEverySubmission() throws IOException {
        Map<String, String> notGraded = new TreeMap<>();
        for (String zip : List.of("zip-slip", "absolute-path", "zip-bomb")) {
            notGraded.put(zip, "could not unpack");
        }
        // A lesson the grader finds no sources of is not graded: its folder, src or src/main is a link, or
        // its one package folder is.
        for (String link : List.of("links-the-lesson-folder-into-the-solutions", "links-src-into-the-solutions",
                "links-src-main-into-the-solutions", "links-a-package-and-a-file-into-the-solutions")) {
            notGraded.put(link, "not graded");
        }
        for (Run run : runs()) {
            Map<String, CSVRecord> gradebook = run.gradebook();
            Map<String, String> expected = new TreeMap<>();
            Map<String, String> actual = new TreeMap<>();
            for (CSVRecord row : gradebook.values()) {
                expected.put(row.get("submission"), notGraded.getOrDefault(row.get("submission"), "graded"));
                actual.put(row.get("submission"), row.get("status"));
            }
            assertEquals(expected, actual, "each submission's status");
            Matcher line = Pattern.compile("\\n(\\d+) of (\\d+) submissions could not be graded: (.*)\\n")
                    .matcher(run.printed());
            assertTrue(line.find(), run.printed());
            assertEquals(String.valueOf(notGraded.size()), line.group(1), line.group());
            assertEquals(String.valueOf(gradebook.size()), line.group(2), line.group());
            for (String submission : notGraded.keySet()) {
                assertTrue(line.group(3).contains(submission + " ("), submission + " in " + line.group());
            }
            assertTrue(line.group(3).contains("zip-bomb (could not unpack zip-bomb.zip: "), line.group());
        }
    }

    @Test
    @DisplayName("gives the well-behaved submission every point, though it is graded after hostile ones")
    void wellDone() throws IOException {
        for (Run run : runs()) {
            losesOnly(run, "well-done", Set.of());
            String feedback = run.feedback("well-done");
            assertFalse(feedback.contains("Notes from the grader"), feedback);
            assertFalse(feedback.contains("Not graded"), feedback);
        }
    }

    @Test
    @DisplayName("gives the correct submissions graded after every attacker exactly the well-done row, in full")
    void victimsKeepTheirExactRows() throws IOException {
        for (Run run : runs()) {
            CSVRecord wellDone = run.gradebook().get("well-done");
            for (String victim : VICTIMS) {
                CSVRecord row = run.gradebook().get(victim);
                assertNotNull(row, victim + " has no row in the gradebook:\n" + run.printed());
                Map<String, String> expected = new LinkedHashMap<>(wellDone.toMap());
                expected.put("submission", victim);
                assertEquals(expected, row.toMap(), victim + ":\n" + run.feedback(victim));
                losesOnly(run, victim, Set.of());
            }
        }
    }

    @Test
    @DisplayName("gives no attacker a point for the exercises it attacked, in either run")
    void attackersEarnNothingTheyDidNotWrite() throws IOException {
        List<String> gains = new ArrayList<>();
        for (Run run : runs()) {
            Map<String, CSVRecord> gradebook = run.gradebook();
            for (Map.Entry<String, Set<String>> attack : ATTACKED.entrySet()) {
                CSVRecord row = gradebook.get(attack.getKey());
                assertNotNull(row, attack.getKey() + " has no row in the gradebook");
                double ceiling = points.keySet().stream().filter(e -> solved(attack.getKey(), e))
                        .filter(e -> !attack.getValue().contains(e)).mapToDouble(points::get).sum();
                if (Double.parseDouble(row.get("total")) > ceiling + 1e-6) {
                    gains.add(run.out().getFileName() + ": " + attack.getKey() + " earned " + row.get("total")
                            + ", more than the " + ceiling + " it may; attacked exercises that earned points: "
                            + attack.getValue().stream().filter(e -> Double.parseDouble(row.get(e)) > 0).toList());
                }
            }
        }
        assertEquals(List.of(), gains, "attackers earned points for what they did not write");
    }

    @Test
    @DisplayName("finds no file that an attacker's code would have written outside the worker")
    void nothingRanOutsideTheWorker() {
        assertFalse(Files.exists(ranOutside()), "an attacker's code wrote " + ranOutside());
    }

    @Test
    @DisplayName("refuses System.exit in LogicGates.not: LogicGates.java scores 0 and the feedback names the call")
    void systemExit() throws IOException {
        refused("system-exit", L2, LOGIC_GATES, "java.lang.System.exit");
    }

    @Test
    @DisplayName("refuses writing to the worker's own standard output through FileDescriptor.out")
    void writesToTheJvmStreams() throws IOException {
        refused("writes-to-the-jvm-streams", L2, LOGIC_GATES, "java.io.FileOutputStream");
    }

    @Test
    @DisplayName("refuses code that forges the worker's reports: LogisticRegression.java scores 0")
    void forgesTheWorkerReports() throws IOException {
        refused("forges-the-worker-reports", L1, LOGISTIC_REGRESSION, "java.io.FileOutputStream");
    }

    @Test
    @DisplayName("refuses code that looks for the compiled hidden tests through its class loader")
    void rewritesTheCompiledHiddenTests() throws IOException {
        refused("rewrites-the-compiled-hidden-tests", L1, LOGISTIC_REGRESSION, "java.lang.Class.getClassLoader");
    }

    @Test
    @DisplayName("refuses reading the worker's arguments and dumping its heap through java.lang.management")
    void readsTheWorkerSecret() throws IOException {
        refused("reads-the-worker-secret-through-management", L2, LOGIC_GATES,
                "java.lang.management.ManagementFactory");
    }

    @Test
    @DisplayName("refuses a double-forked process started with ProcessBuilder and Runtime.exec")
    void doubleForksAProcess() throws IOException {
        refused("double-forks-a-process", L3, TRAINING, "java.lang.ProcessBuilder");
    }

    @Test
    @DisplayName("refuses reading the kit's solutions and hidden tests from disk, and echoes none of them")
    void readsTheKitFromDisk() throws IOException {
        refused("reads-the-kit-from-disk", L3, TRAINING, "java.nio.file.Path");
        String kitLine = Files.readAllLines(hiddenReference()).stream().filter(l -> l.contains("static double[] "))
                .findFirst().orElseThrow().strip();
        for (Run run : runs()) {
            String feedback = run.feedback("reads-the-kit-from-disk");
            assertFalse(feedback.contains(kitLine), feedback);
        }
    }

    @Test
    @DisplayName("refuses calling the hidden tests' HiddenReference by reflection")
    void callsTheHiddenReferenceByReflection() throws IOException {
        refused("calls-the-hidden-reference-by-reflection", L3, TRAINING, "java.lang.Class.forName");
    }

    @Test
    @DisplayName("does not compile code that names the hidden tests' Reference: LogisticRegression.java scores 0")
    void namesTheHiddenReference() throws IOException {
        for (Run run : runs()) {
            earnsNothingFor(run, "names-the-hidden-reference", exercisesIn(L1, LOGISTIC_REGRESSION));
            assertTrue(matches(run.feedback("names-the-hidden-reference"), L1 + "/src/main/java/" + LOGISTIC_REGRESSION
                    + ":\\d+: cannot find symbol\\n\\s+symbol:\\s+variable Reference\\n"),
                    run.feedback("names-the-hidden-reference"));
        }
    }

    @Test
    @DisplayName("refuses a thread left sleeping behind the tests")
    void leavesASleepingThread() throws IOException {
        refused("leaves-a-sleeping-thread", L3, TRAINING, "java.lang.Thread");
    }

    @Test
    @DisplayName("refuses setting JUnit's dry-run system property")
    void setsTheJunitDryRunProperty() throws IOException {
        refused("sets-the-junit-dry-run-property", L2, LOGIC_GATES, "java.lang.System.setProperty");
    }

    @Test
    @DisplayName("refuses writing junit-platform.properties and META-INF/services into the classes folder")
    void writesJunitFilesIntoTheClasses() throws IOException {
        refused("writes-junit-files-into-the-classes", L2, NEURON_TRAINING, "java.lang.Class.getResource");
    }

    @Test
    @DisplayName("refuses killing the grader through ProcessHandle, and the grader finishes every submission")
    void killsTheGrader() throws IOException {
        refused("kills-the-grader", L2, LOGIC_GATES, "java.lang.ProcessHandle");
        for (Run run : runs()) {
            assertEquals(NotGraded.EXIT_STATUS, run.status(), run.printed());
            assertNotNull(run.gradebook().get(VICTIMS.get(VICTIMS.size() - 1)), run.printed());
        }
    }

    @Test
    @DisplayName("refuses rewriting the gradebook and the next student's files")
    void rewritesTheGradebookAndTheNextStudentsFiles() throws IOException {
        refused("rewrites-the-gradebook-and-the-next-students-files", L2, NEURON_TRAINING, "java.io.FileWriter");
    }

    @Test
    @DisplayName("refuses a file of classes named like the public tests beside untouched stubs: lesson 01 scores 0")
    void classesNamedLikeThePublicTests() throws IOException {
        lookalikesRefused("names-classes-like-the-public-tests", L1, "nncourse/lesson01/Lookalikes.java");
    }

    @Test
    @DisplayName("refuses a file of classes named like the hidden tests beside untouched stubs: lesson 02 scores 0")
    void classesNamedLikeTheHiddenTests() throws IOException {
        lookalikesRefused("names-classes-like-the-hidden-tests", L2, "nncourse/lesson02/Lookalikes.java");
    }

    @Test
    @DisplayName("ignores edited tests and an edited pom.xml, refuses a test class slipped into src/main/java, and"
            + " says so")
    void testsAndBuildEdited() throws IOException {
        for (Run run : runs()) {
            losesOnly(run, "tests-and-build-edited", Set.of("1.2"));
            String feedback = run.feedback("tests-and-build-edited");
            assertTrue(feedback.contains("pom.xml, src/test/java/nncourse/lesson01/SigmoidDerivativeTest.java differ"
                    + " from the kit's: a submission's tests and build files are never used, so these changes were"
                    + " ignored"), feedback);
            assertTrue(feedback.contains("nncourse/lesson01/SigmoidDerivativeHiddenTest.java was refused (see above)"
                    + " and left out"), feedback);
            assertTrue(matches(feedback, "SigmoidDerivativeHiddenTest\\.java(:\\d+)? (declares the class"
                    + " nncourse\\.lesson01\\.SigmoidDerivativeHiddenTest|uses org\\.junit\\.jupiter\\.api\\.Test|uses"
                    + " nncourse\\.learner\\.Exercise)"), feedback);
            assertEquals(1, feedback.split("differ from the kit's", -1).length - 1,
                    "only lesson 01's files were changed: " + feedback);
        }
    }

    @Test
    @DisplayName("grades nothing of a lesson folder that is a link into the kit's solutions/")
    void lessonFolderLinkedIntoTheSolutions() throws IOException {
        linkedLessonNotFound("links-the-lesson-folder-into-the-solutions", L1);
    }

    @Test
    @DisplayName("grades nothing of a lesson whose src is a link into the kit's solutions/")
    void srcLinkedIntoTheSolutions() throws IOException {
        linkedLessonNotFound("links-src-into-the-solutions", L2);
    }

    @Test
    @DisplayName("grades nothing of a lesson whose src/main is a link into the kit's solutions/")
    void srcMainLinkedIntoTheSolutions() throws IOException {
        linkedLessonNotFound("links-src-main-into-the-solutions", L3);
    }

    @Test
    @DisplayName("grades neither a package folder nor a Java file that is a link into the kit's solutions/")
    void packageAndFileLinkedIntoTheSolutions() throws IOException {
        for (Run run : runs()) {
            earnsNothingFor(run, "links-a-package-and-a-file-into-the-solutions", points.keySet());
            String feedback = run.feedback("links-a-package-and-a-file-into-the-solutions");
            assertTrue(feedback.contains(L1 + "/src/main/java holds no Java file"), feedback);
            assertTrue(feedback.contains(LOGIC_GATES + " is missing: the stub's copy was graded instead"), feedback);
        }
    }

    @Test
    @DisplayName("stops javac at the 3 s of --compile-timeout on a bomb: that lesson scores 0, the others in full")
    void javacTakesTooLong() throws IOException {
        for (Run run : runs()) {
            earnsNothingFor(run, "javac-takes-too-long", exercisesOf(L1));
            assertTrue(run.feedback("javac-takes-too-long").contains("\njavac did not finish compiling this lesson"
                    + " within 3 s\n"), run.feedback("javac-takes-too-long"));
        }
    }

    @Test
    @DisplayName("reports javac's stack overflow on an expression nested 20,000 deep: that lesson scores 0, the"
            + " next one in full")
    void javacOverflowsItsStack() throws IOException {
        for (Run run : runs()) {
            earnsNothingFor(run, "javac-overflows-its-stack", exercisesOf(L2));
            assertTrue(matches(run.feedback("javac-overflows-its-stack"), "\njavac crashed while compiling this lesson"
                    + " \\([^)]*StackOverflowError"), run.feedback("javac-overflows-its-stack"));
        }
    }

    @Test
    @DisplayName("gives no point to stubs whose TODOs throw an exception of their own whose getMessage() throws")
    void exceptionWhoseMessageThrows() throws IOException {
        for (Run run : runs()) {
            CSVRecord row = run.gradebook().get("exception-whose-message-throws");
            List<String> earned = points.keySet().stream().filter(e -> Double.parseDouble(row.get(e)) > 0)
                    .map(e -> e + " " + row.get(e)).toList();
            assertEquals(List.of(), earned, "hole: a test whose failure cannot be described counts as passed"
                    + " (nncourse.learner.ResultCollector.executionFinished calls Failures.describe, which calls the"
                    + " thrown exception's getMessage(); when that throws, the failure is never recorded, and a"
                    + " @ParameterizedTest's container then finishes as PASSED) — the stubs, writing no exercise,"
                    + " earned " + row.get("total") + ":\n" + run.feedback("exception-whose-message-throws"));
        }
    }

    @Test
    @DisplayName("stops an endless printing loop at the 2 s given by --test-timeout: only Network.xor loses")
    void endlessLoop() throws IOException {
        for (Run run : runs()) {
            earnsNothingFor(run, "endless-loop", Set.of("3.4"));
            assertTrue(run.feedback("endless-loop").contains("did not finish within 2 s — is a loop bound right"),
                    run.feedback("endless-loop"));
        }
    }

    @Test
    @DisplayName("stops a test that exhausts the capped heap: only Sigmoid.derivative loses, and the feedback says"
            + " it ran out of memory")
    void outOfMemory() throws IOException {
        for (Run run : runs()) {
            earnsNothingFor(run, "out-of-memory", Set.of("1.2"));
            assertTrue(run.feedback("out-of-memory").contains("ran out of memory (the tests' heap is capped at"
                    + " 256 MB)"), run.feedback("out-of-memory"));
        }
    }

    @Test
    @DisplayName("reports a recursion without end as a stack overflow, costing LogisticRegression.accuracy only")
    void stackOverflow() throws IOException {
        for (Run run : runs()) {
            losesOnly(run, "stack-overflow", Set.of("1.8"));
            assertTrue(run.feedback("stack-overflow").contains("overflowed the stack — does a recursion never stop?"
                    + " (at LogisticRegression.java:"), run.feedback("stack-overflow"));
        }
    }

    @Test
    @DisplayName("caps what a submission prints, keeps its points, and says how much was printed")
    void printsTooMuch() throws IOException {
        for (Run run : runs()) {
            losesOnly(run, "prints-too-much", Set.of());
            assertTrue(matches(run.feedback("prints-too-much"), "\\n- `your code printed [\\d.]+ [KM]B while the tests"
                    + " ran; only the first 16 KB were kept — take the prints out of loops`\\n"),
                    run.feedback("prints-too-much"));
        }
    }

    @Test
    @DisplayName("shows Markdown links and images of a failure message only as code: LogicGates.not loses alone")
    void markdownInAFailureMessage() throws IOException {
        for (Run run : runs()) {
            losesOnly(run, "markdown-in-a-failure-message", Set.of("2.3"));
            String feedback = run.feedback("markdown-in-a-failure-message");
            assertTrue(feedback.contains("[click](http://evil.example) ![img](http://evil.example/x.png)"), feedback);
            String outsideCode = Pattern.compile("(`+)(?!`).*?(?<!`)\\1(?!`)").matcher(feedback).replaceAll("");
            assertFalse(outsideCode.contains("evil.example"), "the message is rendered outside code:\n" + outsideCode);
        }
    }

    @Test
    @DisplayName("grades the other lessons and lesson 02's other files when NeuronTraining.java does not compile,"
            + " and names the file and line")
    void compileError() throws IOException {
        for (Run run : runs()) {
            earnsNothingFor(run, "compile-error", exercisesIn(L2, NEURON_TRAINING));
            String feedback = run.feedback("compile-error");
            assertTrue(matches(feedback, "\\n" + L2 + "/src/main/java/" + NEURON_TRAINING + ":\\d+: incompatible types:"
                    + " java\\.lang\\.String cannot be converted to double\\n"), feedback);
            assertTrue(feedback.contains(NEURON_TRAINING + " does not compile: the stub's copy was graded in its"
                    + " place"), feedback);
        }
    }

    @Test
    @DisplayName("grades the stub in place of a file that declares another package, and names that package")
    void wrongPackage() throws IOException {
        for (Run run : runs()) {
            earnsNothingFor(run, "wrong-package", exercisesIn(L3, TRAINING));
            assertTrue(run.feedback("wrong-package").contains(TRAINING + " declares package nncourse.lesson3, not"
                    + " nncourse.lesson03: the stub's copy was graded instead"), run.feedback("wrong-package"));
        }
    }

    @Test
    @DisplayName("grades the stub in place of a missing file, and says it is missing")
    void missingFile() throws IOException {
        for (Run run : runs()) {
            earnsNothingFor(run, "missing-file", exercisesIn(L2, LOGIC_GATES));
            assertTrue(run.feedback("missing-file").contains(LOGIC_GATES + " is missing: the stub's copy was graded"
                    + " instead"), run.feedback("missing-file"));
        }
    }

    @Test
    @DisplayName("reads a source that is not UTF-8 as Windows-1252, grades it in full, and says so")
    void notUtf8() throws IOException {
        for (Run run : runs()) {
            losesOnly(run, "not-utf8", Set.of());
            assertTrue(run.feedback("not-utf8").contains("Backpropagation.java is not UTF-8; it was read as"
                    + " Windows-1252"), run.feedback("not-utf8"));
        }
    }

    @Test
    @DisplayName("rejects a zip whose entry climbs out of its folder with ../, writes nothing outside, and says why")
    void zipSlip() throws IOException {
        rejected("zip-slip", "it names a file outside its folder (../../");
        assertFalse(Files.exists(dir.resolve("escaped")), "a file escaped the zip's folder");
    }

    @Test
    @DisplayName("rejects a zip with an entry at an absolute path, writes nothing there, and says why")
    void absolutePath() throws IOException {
        rejected("absolute-path", "it names a file outside its folder ("
                + KitPath.of(dir.resolve("absolute/Evil.java")));
        assertFalse(Files.exists(dir.resolve("absolute")), "the zip wrote to an absolute path");
    }

    @Test
    @DisplayName("rejects a zip bomb: a Java file that unpacks to more than 50 MB")
    void zipBomb() throws IOException {
        rejected("zip-bomb", "its Java files unpack to more than 50 MB");
    }

    @Test
    @DisplayName("writes the same gradebook when the same submissions are graded again, one at a time")
    void deterministic() throws IOException {
        assertArrayEquals(Files.readAllBytes(first.out().resolve(Gradebook.FILE)),
                Files.readAllBytes(again.out().resolve(Gradebook.FILE)),
                () -> "first:\n" + read(first.out().resolve(Gradebook.FILE)) + "\nagain:\n"
                        + read(again.out().resolve(Gradebook.FILE)));
    }

    /**
     * Asserts, in both runs, that the file of the attack was refused — its exercises score 0, all others in
     * full — and that the feedback names the file, a line and the API.
     */
    private static void refused(String submission, String lesson, String file, String api) throws IOException {
        for (Run run : runs()) {
            earnsNothingFor(run, submission, exercisesIn(lesson, file));
            String feedback = run.feedback(submission);
            assertTrue(matches(feedback, "\\n" + Pattern.quote(lesson + "/src/main/java/" + file) + ":\\d+ uses "
                    + Pattern.quote(api) + "[;.]"), "the refusal should name " + file + ", a line and " + api + ":\n"
                    + feedback);
            assertTrue(feedback.contains(file + " was refused (see above): the stub's copy was graded in its place"),
                    feedback);
        }
    }

    /** Asserts that an extra file of test lookalikes was left out: the lesson, its stubs, scores 0. */
    private static void lookalikesRefused(String submission, String lesson, String file) throws IOException {
        for (Run run : runs()) {
            earnsNothingFor(run, submission, exercisesOf(lesson));
            String feedback = run.feedback(submission);
            assertTrue(feedback.contains(file + " was refused (see above) and left out"), feedback);
            assertTrue(matches(feedback, Pattern.quote(lesson + "/src/main/java/" + file) + "(:\\d+)? (declares the"
                    + " class nncourse\\.lesson0\\d\\.\\w+Test|uses org\\.junit\\.jupiter\\.api\\.Test|uses"
                    + " nncourse\\.learner\\.Exercise)"), feedback);
        }
    }

    private static void linkedLessonNotFound(String submission, String lesson) throws IOException {
        for (Run run : runs()) {
            earnsNothingFor(run, submission, exercisesOf(lesson));
            assertTrue(run.feedback(submission).contains("the submission has no folder " + lesson + "/src/main/java"),
                    run.feedback(submission));
        }
    }

    /** Asserts that the submission earned 0 on {@code attacked} and every point of every other exercise. */
    private static void earnsNothingFor(Run run, String submission, Set<String> attacked) throws IOException {
        losesOnly(run, submission, attacked);
        for (String exercise : attacked) {
            assertEquals(0, score(run, submission, exercise), 1e-9, submission + " earned points for " + exercise
                    + ":\n" + run.feedback(submission));
        }
    }

    /**
     * Asserts that the submission earned every point of the lessons it solved but on {@code guilty}, where it
     * earned less, and none of the lessons whose stubs it handed in.
     */
    private static void losesOnly(Run run, String submission, Set<String> guilty) throws IOException {
        CSVRecord row = run.gradebook().get(submission);
        assertNotNull(row, submission + " has no row in the gradebook:\n" + run.printed());
        double total = 0;
        for (Map.Entry<String, Double> e : points.entrySet()) {
            double earned = Double.parseDouble(row.get(e.getKey()));
            total += earned;
            if (!solved(submission, e.getKey())) {
                assertEquals(0, earned, 1e-9, submission + " handed in the stub of " + e.getKey() + ":\n"
                        + run.feedback(submission));
            } else if (guilty.contains(e.getKey())) {
                assertTrue(earned < e.getValue(), submission + " should lose points on " + e.getKey() + ":\n"
                        + run.feedback(submission));
            } else {
                assertEquals(e.getValue(), earned, 1e-9, submission + " should keep every point of " + e.getKey()
                        + ":\n" + run.feedback(submission));
            }
        }
        assertEquals(total, Double.parseDouble(row.get("total")), 1e-6, submission + ": the exercises add up");
    }

    /** Whether the submission handed in the lesson of {@code exercise} solved. */
    private static boolean solved(String submission, String exercise) {
        return SOLVED.getOrDefault(submission, Set.copyOf(LESSONS)).stream()
                .anyMatch(lesson -> files.get(exercise).startsWith(lesson + "/"));
    }

    private static double score(Run run, String submission, String exercise) throws IOException {
        return Double.parseDouble(run.gradebook().get(submission).get(exercise));
    }

    /** A zip the grader refused: no points, and every lesson says why. */
    private static void rejected(String submission, String why) throws IOException {
        CSVRecord row = first.gradebook().get(submission);
        assertEquals(0, Double.parseDouble(row.get("total")), submission);
        String feedback = first.feedback(submission);
        for (String lesson : LESSONS) {
            assertTrue(matches(feedback, "## " + lesson + " · [^\\n]*\\n\\n- \\*\\*Not graded:\\*\\* `could not"
                    + " unpack " + submission + "\\.zip: "), lesson + ":\n" + feedback);
        }
        assertTrue(feedback.contains("could not unpack " + submission + ".zip: " + why), feedback);
    }

    private static boolean matches(String text, String regex) {
        return Pattern.compile(regex).matcher(text).find();
    }

    /** The exercises of a lesson. */
    private static Set<String> exercisesOf(String lesson) {
        Set<String> ids = new LinkedHashSet<>();
        files.forEach((id, file) -> {
            if (file.startsWith(lesson + "/")) {
                ids.add(id);
            }
        });
        return ids;
    }

    /** The exercises of one file of a lesson, e.g. {@code nncourse/lesson02/LogicGates.java}. */
    private static Set<String> exercisesIn(String lesson, String file) {
        Set<String> ids = new LinkedHashSet<>();
        files.forEach((id, f) -> {
            if (f.equals(lesson + "/src/main/java/" + file)) {
                ids.add(id);
            }
        });
        assertFalse(ids.isEmpty(), file + " holds no exercise of " + lesson);
        return ids;
    }

    /**
     * The submission of the attack {@code name}: the lesson of the attacked file solved, with the attack, and the
     * stubs of the others. It must earn nothing for that file's exercises.
     */
    private static void attack(String name) throws IOException {
        String file = toLayOut(name).file();
        String lesson = file.substring(0, file.indexOf('/'));
        ATTACKED.put(name, exercisesIn(lesson, file.substring((lesson + "/src/main/java/").length())));
        layOut(name, handIn(name, Set.of(lesson)));
    }

    /** The submission of the attack {@code name}: every lesson solved, and the attack, which costs {@code attacked}. */
    private static Path onSolutions(String name, Set<String> attacked) throws IOException {
        toLayOut(name);
        ATTACKED.put(name, attacked);
        return layOut(name, solved(name));
    }

    private static SolutionEdit toLayOut(String name) {
        SolutionEdit attack = TO_LAY_OUT.get(name);
        assertNotNull(attack, ATTACKS + " has no attack " + name + " left to lay out");
        return attack;
    }

    /** A submission with every lesson solved, as a learner hands it in: the stubs, with the solutions over them. */
    private static Path solved(String name) throws IOException {
        return handIn(name, Set.copyOf(LESSONS));
    }

    /** A submission with the stubs of every lesson, and the solutions over them in {@code solvedLessons}. */
    private static Path handIn(String name, Set<String> solvedLessons) throws IOException {
        Path submission = submissions.resolve(name);
        SOLVED.put(name, solvedLessons);
        for (String lesson : LESSONS) {
            Path sources = submission.resolve(lesson).resolve("src/main/java");
            Folders.copy(KIT.resolve(lesson).resolve("src/main/java"), sources);
            if (solvedLessons.contains(lesson)) {
                Folders.copy(KIT.resolve("solutions").resolve(lesson).resolve("src/main/java"), sources);
            }
        }
        return submission;
    }

    /** The names of the classes of {@code folder}'s Java files whose names end with {@code suffix}. */
    private static List<String> classesIn(Path folder, String suffix) throws IOException {
        try (Stream<Path> list = Files.list(folder)) {
            List<String> names = list.map(f -> f.getFileName().toString().replaceFirst("\\.java$", ""))
                    .filter(n -> n.endsWith(suffix)).sorted().toList();
            assertFalse(names.isEmpty(), "no test class in " + folder);
            return names;
        }
    }

    /** A Java file that declares package-private classes named {@code classes}, whose tests pass {@code exercises}. */
    private static String lookalikes(String pkg, List<String> classes, Set<String> exercises) {
        StringBuilder source = new StringBuilder("package " + pkg + ";\n\nimport nncourse.learner.Exercise;\n"
                + "import org.junit.jupiter.api.Test;\n");
        for (String name : classes) {
            source.append("\nclass ").append(name).append(" {\n");
            for (String id : exercises) {
                source.append("    @Test\n    @Exercise(\"").append(id).append("\")\n    void passes")
                        .append(id.replace('.', '_')).append("() {\n    }\n");
            }
            source.append("}\n");
        }
        return source.toString();
    }

    /** Lesson 03's hidden reference code, as the kit holds it. */
    private static Path hiddenReference() {
        return KIT.resolve("solutions").resolve(L3).resolve("src/test/java/nncourse/lesson03/HiddenReference.java");
    }

    /** The file an attacker's code writes when it runs where it should not. */
    private static Path ranOutside() {
        return dir.resolve("ran-outside");
    }

    /**
     * Makes the attack {@code name} in the submission, its placeholders — {@code ${name}} in its replace —
     * filled in by {@link #placeholderValues()}.
     */
    private static Path layOut(String name, Path submission) {
        SolutionEdit attack = TO_LAY_OUT.remove(name);
        Matcher placeholder = PLACEHOLDER.matcher(attack.replace());
        StringBuilder replace = new StringBuilder();
        while (placeholder.find()) {
            String value = placeholders.get(placeholder.group(1));
            assertNotNull(value, attack.where() + " (" + name + "): no value for " + placeholder.group());
            placeholder.appendReplacement(replace, Matcher.quoteReplacement(value));
        }
        placeholder.appendTail(replace);
        new SolutionEdit(name, attack.file(), attack.find(), replace.toString(), attack.more(), attack.where())
                .applyIn(submission);
        return submission;
    }

    /**
     * What the attacks' placeholders stand for: paths of this run — a file that must never be written, the
     * gradebook being written, a file of a victim graded later, files of the kit that must never be read — and
     * code too large to write out: an expression javac takes long to compile, and one nested 20,000 deep.
     */
    private static Map<String, String> placeholderValues() {
        StringBuilder bomb = new StringBuilder("z");
        for (int i = 0; i < 150; i++) {
            bomb.insert(0, "java.util.Optional.of(").append(").map(v").append(i).append(" -> v").append(i).append(')');
        }
        return Map.of(
                "ran-outside", KitPath.of(ranOutside()),
                "gradebook", KitPath.of(dir.resolve("first").resolve(Gradebook.FILE)),
                "next-students-sigmoid", KitPath.of(submissions.resolve(VICTIMS.get(0)).resolve(L1)
                        .resolve("src/main/java/nncourse/lesson01/Sigmoid.java")),
                "hidden-reference", KitPath.of(hiddenReference()),
                "solved-training", KitPath.of(KIT.resolve("solutions").resolve(L3).resolve("src/main/java")
                        .resolve(TRAINING)),
                "bomb", bomb.toString(),
                "nested-length", "(".repeat(20_000) + "x.length" + ")".repeat(20_000));
    }

    private static Map<String, byte[]> filesOf(Path submission) throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (Stream<Path> walk = Files.walk(submission)) {
            for (Path f : walk.filter(Files::isRegularFile).sorted().toList()) {
                files.put("nn-course/" + KitPath.of(submission, f), Files.readAllBytes(f));
            }
        }
        return files;
    }

    private static void zip(Path zip, Map<String, byte[]> entries) throws IOException {
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                z.putNextEntry(new ZipEntry(e.getKey()));
                z.write(e.getValue());
                z.closeEntry();
            }
        }
    }

    /** The solutions, and a Java file of 64 MB of blanks, which deflate to a few hundred KB. */
    private static void zipBomb(Path zip, Map<String, byte[]> sources) throws IOException {
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> e : sources.entrySet()) {
                z.putNextEntry(new ZipEntry(e.getKey()));
                z.write(e.getValue());
                z.closeEntry();
            }
            z.putNextEntry(new ZipEntry("nn-course/" + L1 + "/src/main/java/nncourse/lesson01/Blanks.java"));
            byte[] blanks = new byte[1024 * 1024];
            Arrays.fill(blanks, (byte) ' ');
            for (int i = 0; i < 64; i++) {
                z.write(blanks);
            }
            z.closeEntry();
        }
        assertTrue(Files.size(zip) < 1024 * 1024, "the bomb is small: " + Files.size(zip));
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return e.toString();
        }
    }
}
