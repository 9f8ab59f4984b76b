package nncourse.grader.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import nncourse.engine.KitLesson;
import nncourse.grader.batch.Feedback;
import nncourse.grader.batch.Gradebook;
import nncourse.learner.ExerciseInfo;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The grader's corpus of hostile submissions: each is the kit's solutions with one thing a learner
 * (or a cheat) might do — loop and print forever while starting a child process, call
 * {@code System.exit}, flood the JVM's own output streams, exhaust the heap, recurse without end,
 * print half a megabyte, break the build, hand in files in the wrong package, missing or not in UTF-8,
 * look for the kit from the working directory, edit the tests and the POM, forge passing results in
 * the worker's own words, rewrite the compiled hidden tests of another lesson, or send a zip that
 * escapes its folder or explodes — plus one well-behaved submission. All of them are graded in one
 * run of the documented command, {@code java -jar grader/target/grader.jar grade}, with a per-test
 * limit of 2 s and the grader's own heap capped; then graded again, one at a time, which must give the
 * same gradebook. Each must cost only the exercise where the harm is done, and its feedback must say
 * what happened.
 */
@DisplayName("grader grade on hostile submissions")
class HostileSubmissionsTest {

    private static final Path KIT = Path.of(System.getProperty("kit.root", "..")).toAbsolutePath().normalize();
    private static final Path JAR = KIT.resolve("grader/target/grader.jar");
    private static final String L1 = "lesson-01-logistic-regression";
    private static final String L2 = "lesson-02-artificial-neuron";
    private static final String L3 = "lesson-03-network";
    /** What the endless loop's child process sleeps: a year, plus this JVM's pid so that no other run shares it. */
    private static final String CHILD_SLEEP = String.valueOf(365L * 24 * 3600 + ProcessHandle.current().pid());
    private static final String GRADER_HEAP = "-Xmx128m";

    @TempDir
    static Path dir;
    private static Path submissions;
    private static Map<String, Double> points;
    private static Run first;
    private static Run again;

    /** One run of {@code grader grade}: what it printed, its exit status, and what it wrote. */
    private record Run(String printed, int status, Path out) {

        Map<String, CSVRecord> gradebook() throws IOException {
            try (Reader in = Files.newBufferedReader(out.resolve(Gradebook.FILE), StandardCharsets.UTF_8);
                 CSVParser csv = CSVParser.builder().setReader(in)
                         .setFormat(CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()).get()) {
                Map<String, CSVRecord> rows = new LinkedHashMap<>();
                csv.forEach(row -> rows.put(row.get("submission"), row));
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
        for (KitLesson lesson : KitLesson.all(KIT)) {
            for (ExerciseInfo e : lesson.manifest().exercises()) {
                points.put(e.id(), e.points());
            }
        }
        layOutCorpus();
        first = grade("first", "--jobs", "2");
        again = grade("again", "--jobs", "1");
    }

    private static void layOutCorpus() throws IOException {
        solved("well-done");

        Path loop = solved("endless-loop");
        edit(loop, L3, "nncourse/lesson03/Network.java", "    public static Network xor() {\n", """
                    public static Network xor() {
                        try {
                            Process child = new ProcessBuilder("sleep", "%s").start();
                            java.nio.file.Files.writeString(java.nio.file.Path.of("%s"), child.pid() + "\\n",
                                    java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
                        } catch (java.io.IOException e) {
                            // no sleep command here: the loop alone
                        }
                        for (long spin = 0; spin >= 0; spin++) {
                            System.out.println("still spinning: " + spin);
                        }
                """.formatted(CHILD_SLEEP, children().toString().replace('\\', '/')));

        edit(solved("system-exit"), L2, "nncourse/lesson02/LogicGates.java",
                "        return new Neuron(new double[] {-20}, 10);",
                "        System.exit(3);\n        return new Neuron(new double[] {-20}, 10);");

        edit(solved("floods-the-jvm-streams"), L2, "nncourse/lesson02/LogicGates.java",
                "        return new Neuron(new double[] {-20}, 10);", """
                        java.nio.file.Path once = java.nio.file.Path.of("flooded");
                        if (java.nio.file.Files.notExists(once)) {
                            try {
                                java.nio.file.Files.createFile(once);
                                java.io.OutputStream out = new java.io.FileOutputStream(java.io.FileDescriptor.out);
                                java.io.OutputStream err = new java.io.FileOutputStream(java.io.FileDescriptor.err);
                                byte[] noNewline = new byte[64 * 1024];
                                java.util.Arrays.fill(noNewline, (byte) 'x');
                                for (java.io.OutputStream stream : new java.io.OutputStream[] {err, out}) {
                                    for (int chunk = 0; chunk < 2560; chunk++) {
                                        stream.write(noNewline);
                                    }
                                }
                                while (once != null) {
                                    Thread.onSpinWait();
                                }
                            } catch (java.io.IOException e) {
                                throw new java.io.UncheckedIOException(e);
                            }
                        }
                        return new Neuron(new double[] {-20}, 10);""");

        edit(solved("out-of-memory"), L1, "nncourse/lesson01/Sigmoid.java", "        double sigma = sigmoid(z);\n", """
                        java.util.List<long[]> hoard = new java.util.ArrayList<>();
                        while (hoard.size() >= 0) {
                            hoard.add(new long[1_000_000]);
                        }
                        double sigma = sigmoid(z);
                """);

        edit(solved("stack-overflow"), L1, "nncourse/lesson01/LogisticRegression.java",
                "        requireTheta(theta, n);\n        int correct = 0;\n",
                "        requireTheta(theta, n);\n        if (x.length > 0) {\n            return accuracy(theta, x, y);\n"
                        + "        }\n        int correct = 0;\n");

        edit(solved("prints-too-much"), L1, "nncourse/lesson01/LogisticRegression.java",
                "            costHistory[k] = cost(theta, x, y);\n",
                "            costHistory[k] = cost(theta, x, y);\n            System.out.println(\"step \" + k + \": J = \""
                        + " + costHistory[k] + \", theta = \" + java.util.Arrays.toString(theta));\n");

        edit(solved("compile-error"), L2, "nncourse/lesson02/NeuronTraining.java",
                "        return (double) correct / x.length;", "        return correct / x.length + \" right\";");

        edit(solved("wrong-package"), L3, "nncourse/lesson03/Training.java", "package nncourse.lesson03;",
                "package nncourse.lesson3;");

        Files.delete(solved("missing-file").resolve(L2).resolve("src/main/java/nncourse/lesson02/LogicGates.java"));

        Path cheat = solved("tests-and-build-edited");
        edit(cheat, L1, "nncourse/lesson01/Sigmoid.java", "return sigma * (1 - sigma);", "return sigma * (1 + sigma);");
        String passes = """
                package nncourse.lesson01;

                import nncourse.learner.Exercise;
                import org.junit.jupiter.api.Test;

                class %s {
                    @Test
                    @Exercise("1.2")
                    void passes() {
                    }
                }
                """;
        Path lesson1 = cheat.resolve(L1);
        copyTree(KIT.resolve(L1).resolve("src/test"), lesson1.resolve("src/test"));
        write(lesson1.resolve("src/test/java/nncourse/lesson01/SigmoidDerivativeTest.java"),
                passes.formatted("SigmoidDerivativeTest"));
        write(lesson1.resolve("pom.xml"), Files.readString(KIT.resolve(L1).resolve("pom.xml"))
                .replace("</project>", "  <properties>\n    <maven.test.failure.ignore>true</maven.test.failure.ignore>\n"
                        + "  </properties>\n</project>"));
        write(lesson1.resolve("src/main/java/nncourse/lesson01/SigmoidDerivativeHiddenTest.java"),
                passes.formatted("SigmoidDerivativeHiddenTest"));
        write(lesson1.resolve("src/main/java/nncourse/lesson01/Cheat.java"), passes.formatted("Cheat")
                .replace("class Cheat", "public class Cheat"));

        Path forger = solved("forges-results");
        edit(forger, L1, "nncourse/lesson01/Sigmoid.java", "return sigma * (1 - sigma);", "return sigma * (1 + sigma);");
        onceInSigmoidHiddenTest(forger, "forgeSigmoidDerivativePassed", """
                    /** Says in the worker's words, on the worker's own standard output, that every test of 1.2 passed. */
                    private static void forgeSigmoidDerivativePassed() {
                        try {
                            java.io.PrintStream channel = new java.io.PrintStream(
                                    new java.io.FileOutputStream(java.io.FileDescriptor.out), true, "UTF-8");
                            org.junit.platform.launcher.TestPlan plan = org.junit.platform.launcher.core.LauncherFactory
                                    .create().discover(org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder
                                            .request().selectors(
                                                    org.junit.platform.engine.discovery.DiscoverySelectors.selectClass(
                                                            Class.forName("nncourse.lesson01.SigmoidDerivativeTest")),
                                                    org.junit.platform.engine.discovery.DiscoverySelectors.selectClass(
                                                            Class.forName("nncourse.lesson01.SigmoidDerivativeHiddenTest")))
                                            .build());
                            java.util.Deque<org.junit.platform.launcher.TestIdentifier> todo =
                                    new java.util.ArrayDeque<>(plan.getRoots());
                            while (!todo.isEmpty()) {
                                org.junit.platform.launcher.TestIdentifier id = todo.pop();
                                todo.addAll(plan.getChildren(id));
                                if (id.getSource().filter(source -> source instanceof
                                        org.junit.platform.engine.support.descriptor.MethodSource).isPresent()) {
                                    channel.println("{\\"type\\":\\"finished\\",\\"id\\":\\"" + id.getUniqueId()
                                            + "\\",\\"result\\":{\\"exercise\\":\\"1.2\\",\\"testClass\\":"
                                            + "\\"nncourse.lesson01.SigmoidDerivativeTest\\",\\"name\\":\\"forged\\","
                                            + "\\"outcome\\":\\"PASSED\\",\\"message\\":\\"\\",\\"hidden\\":false}}");
                                }
                            }
                        } catch (Exception e) {
                            throw new IllegalStateException(e);
                        }
                """);

        Path rewriter = solved("rewrites-hidden-tests");
        edit(rewriter, L3, "nncourse/lesson03/Training.java", "        requireData(net, x, y);\n        requireLearningRate(learningRate);\n",
                "        if (net != null) {\n            throw new UnsupportedOperationException(\"not today\");\n        }\n");
        onceInSigmoidHiddenTest(rewriter, "rewriteTrainingsHiddenTest", """
                    /** Finds lesson 03's compiled hidden test of Training.train beside this lesson's, and compiles one that passes. */
                    private static void rewriteTrainingsHiddenTest() {
                        String wanted = "nncourse/lesson03/TrainingTrainHiddenTest.class";
                        try {
                            for (java.net.URL url : ((java.net.URLClassLoader) Sigmoid.class.getClassLoader()).getURLs()) {
                                java.nio.file.Path near = java.nio.file.Path.of(url.toURI()).getParent();
                                java.util.List<java.nio.file.Path> hits;
                                try (java.util.stream.Stream<java.nio.file.Path> walk = java.nio.file.Files.walk(near, 6)) {
                                    hits = walk.filter(f -> f.toString().replace('\\\\', '/').endsWith(wanted)).toList();
                                }
                                for (java.nio.file.Path hit : hits) {
                                    java.nio.file.Path source = java.nio.file.Files.createTempDirectory("passes")
                                            .resolve("TrainingTrainHiddenTest.java");
                                    java.nio.file.Files.writeString(source, "package nncourse.lesson03;"
                                            + " @nncourse.learner.Exercise(\\"3.7\\") class TrainingTrainHiddenTest {"
                                            + " @org.junit.jupiter.api.Test void passes() { } }");
                                    javax.tools.ToolProvider.getSystemJavaCompiler().run(null, null, null, "-d",
                                            hit.getParent().getParent().getParent().toString(), "-cp",
                                            System.getProperty("java.class.path"), source.toString());
                                }
                            }
                        } catch (Exception e) {
                            throw new IllegalStateException(e);
                        }
                """);

        Path latin1 = solved("not-utf8").resolve(L3).resolve("src/main/java/nncourse/lesson03/Backpropagation.java");
        Files.write(latin1, ("// R\u00e9tropropagation du gradient, \u00e9crite sous Windows\n"
                + Files.readString(latin1, StandardCharsets.UTF_8)).getBytes(Charset.forName("windows-1252")));

        edit(solved("peeks-at-the-kit"), L1, "nncourse/lesson01/Sigmoid.java", "        double sigma = sigmoid(z);\n", """
                        for (String kitFile : new String[] {"solutions", "../solutions", "pom.xml", "../pom.xml",
                                "lesson-01-logistic-regression", "../lesson-01-logistic-regression"}) {
                            if (java.nio.file.Files.exists(java.nio.file.Path.of(kitFile))) {
                                return -1;
                            }
                        }
                        double sigma = sigmoid(z);
                """);

        Path complete = solved("zipped-for-the-zips");
        Map<String, byte[]> sources = filesOf(complete);
        deleteTree(complete);
        Map<String, byte[]> slip = new LinkedHashMap<>(sources);
        slip.put("../".repeat(40) + dir.getRoot().relativize(dir.resolve("escaped/Evil.java")).toString()
                .replace('\\', '/'), "class Evil {}".getBytes(StandardCharsets.UTF_8));
        zip(submissions.resolve("zip-slip.zip"), slip);
        Map<String, byte[]> absolute = new LinkedHashMap<>(sources);
        absolute.put(dir.resolve("absolute/Evil.java").toString().replace('\\', '/'),
                "class Evil {}".getBytes(StandardCharsets.UTF_8));
        zip(submissions.resolve("absolute-path.zip"), absolute);
        zipBomb(submissions.resolve("zip-bomb.zip"), sources);
    }

    private static Run grade(String name, String... options) throws Exception {
        Path out = dir.resolve(name);
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), GRADER_HEAP, "-jar", JAR.toString(), "grade", "--kit", KIT.toString(),
                "--submissions", submissions.toString(), "--out", out.toString(), "--test-timeout", "2s"));
        command.addAll(List.of(options));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(dir.resolve(name + ".log").toFile())
                .start();
        if (!p.waitFor(10, TimeUnit.MINUTES)) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
            fail("grader grade did not finish within 10 minutes: "
                    + Files.readString(dir.resolve(name + ".log"), StandardCharsets.UTF_8));
        }
        return new Run(Files.readString(dir.resolve(name + ".log"), StandardCharsets.UTF_8), p.exitValue(), out);
    }

    @Test
    @DisplayName("grades the whole corpus without failing, with the grader's own heap capped at 128 MB")
    void gradesEverySubmission() throws IOException {
        assertEquals(0, first.status(), first.printed());
        assertEquals(0, again.status(), again.printed());
        List<String> expected;
        try (Stream<Path> entries = Files.list(submissions)) {
            expected = entries.map(p -> p.getFileName().toString().replaceFirst("\\.zip$", "")).sorted().toList();
        }
        assertEquals(expected, List.copyOf(first.gradebook().keySet()), "one row per submission, in order");
        assertTrue(first.printed().contains("(2 s a test, 2 min a lesson)"), first.printed());
    }

    @Test
    @DisplayName("gives the well-behaved submission every point, though it is graded after the hostile ones")
    void wellDone() throws IOException {
        for (Run run : List.of(first, again)) {
            losesOnly(run, "well-done", Set.of());
            String feedback = run.feedback("well-done");
            assertFalse(feedback.contains("Notes from the grader"), feedback);
            assertFalse(feedback.contains("Not graded"), feedback);
        }
    }

    @Test
    @DisplayName("stops an endless loop that prints without end at the 2 s given by --test-timeout: only Network.xor"
            + " loses, and the child process it started ends with its worker")
    void endlessLoop() throws IOException {
        losesOnly(first, "endless-loop", Set.of("3.4"));
        assertEquals(0, score(first, "endless-loop", "3.4"));
        assertTrue(first.feedback("endless-loop").contains("did not finish within 2 s — is a loop bound right"),
                first.feedback("endless-loop"));
        if (!System.getProperty("os.name").startsWith("Windows")) {
            List<Long> started = Files.readAllLines(children()).stream().map(Long::parseLong).toList();
            assertEquals(6, started.size(), "each of Network.xor's 3 tests started a child process, in both runs");
            List<Long> survivors = started.stream().filter(pid -> ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
                    .flatMap(h -> h.info().arguments()).filter(a -> Arrays.asList(a).contains(CHILD_SLEEP)).isPresent())
                    .toList();
            assertEquals(List.of(), survivors, "these child processes outlived their worker");
        }
    }

    /** Where the endless loop writes the pid of each child process it starts, one a line. */
    private static Path children() {
        return dir.resolve("children.txt");
    }

    @Test
    @DisplayName("survives System.exit in LogicGates.not: only that exercise loses, and the tests after it are"
            + " still run and graded")
    void systemExit() throws IOException {
        losesOnly(first, "system-exit", Set.of("2.3"));
        String feedback = first.feedback("system-exit");
        assertTrue(feedback.contains("the test JVM ended with exit code 3 — does your code call System.exit?;"
                + " the tests after this one were still run"), feedback);
        for (String after : List.of("2.4", "2.5", "2.6")) {
            assertEquals(points.get(after), score(first, "system-exit", after), after + " is graded after 2.3's tests");
        }
    }

    @Test
    @DisplayName("reads 160 MB without a line end from each of the test JVM's own standard output and error"
            + " without holding them: only LogicGates.not loses, at its time limit")
    void floodsTheJvmStreams() throws IOException {
        for (Run run : List.of(first, again)) {
            losesOnly(run, "floods-the-jvm-streams", Set.of("2.3"));
            assertTrue(run.feedback("floods-the-jvm-streams").contains("did not finish within 2 s"),
                    run.feedback("floods-the-jvm-streams"));
        }
    }

    @Test
    @DisplayName("stops a test that exhausts the capped heap: only Sigmoid.derivative loses, and the feedback says"
            + " it ran out of memory")
    void outOfMemory() throws IOException {
        losesOnly(first, "out-of-memory", Set.of("1.2"));
        assertEquals(0, score(first, "out-of-memory", "1.2"));
        assertTrue(first.feedback("out-of-memory").contains("ran out of memory (the tests' heap is capped at 256 MB)"),
                first.feedback("out-of-memory"));
    }

    @Test
    @DisplayName("reports a recursion without end as a stack overflow, costing LogisticRegression.accuracy only")
    void stackOverflow() throws IOException {
        losesOnly(first, "stack-overflow", Set.of("1.8"));
        assertTrue(first.feedback("stack-overflow").contains("overflowed the stack — does a recursion never stop?"
                + " (at LogisticRegression.java:"), first.feedback("stack-overflow"));
    }

    @Test
    @DisplayName("caps what a submission prints, keeps its points, and says how much was printed")
    void printsTooMuch() throws IOException {
        losesOnly(first, "prints-too-much", Set.of());
        String feedback = first.feedback("prints-too-much");
        assertTrue(feedback.matches("(?s).*\\n- your code printed [\\d.]+ [KM]B while the tests ran; only the first"
                + " 16 KB were kept — take the prints out of loops\\n.*"), feedback);
    }

    @Test
    @DisplayName("grades the other lessons and lesson 02's other files when NeuronTraining.java does not compile,"
            + " and names the file and line")
    void compileError() throws IOException {
        losesOnly(first, "compile-error", Set.of("2.4", "2.5", "2.6"));
        for (String broken : List.of("2.4", "2.5", "2.6")) {
            assertEquals(0, score(first, "compile-error", broken), broken);
        }
        String feedback = first.feedback("compile-error");
        assertTrue(feedback.matches("(?s).*\\nlesson-02-artificial-neuron/src/main/java/nncourse/lesson02/"
                + "NeuronTraining\\.java:\\d+: incompatible types: java\\.lang\\.String cannot be converted to double\\n.*"),
                feedback);
        assertTrue(feedback.contains("nncourse/lesson02/NeuronTraining.java does not compile: the stub's copy was"
                + " graded in its place"), feedback);
    }

    @Test
    @DisplayName("grades the stub in place of a file that declares another package, and names that package")
    void wrongPackage() throws IOException {
        losesOnly(first, "wrong-package", Set.of("3.6", "3.7", "3.8"));
        assertEquals(0, score(first, "wrong-package", "3.6") + score(first, "wrong-package", "3.7")
                + score(first, "wrong-package", "3.8"));
        assertTrue(first.feedback("wrong-package").contains("nncourse/lesson03/Training.java declares package"
                + " nncourse.lesson3, not nncourse.lesson03: the stub's copy was graded instead"),
                first.feedback("wrong-package"));
    }

    @Test
    @DisplayName("grades the stub in place of a missing file, and says it is missing")
    void missingFile() throws IOException {
        losesOnly(first, "missing-file", Set.of("2.3"));
        assertEquals(0, score(first, "missing-file", "2.3"));
        assertTrue(first.feedback("missing-file").contains("nncourse/lesson02/LogicGates.java is missing: the stub's"
                + " copy was graded instead"), first.feedback("missing-file"));
    }

    @Test
    @DisplayName("ignores edited tests, an edited pom.xml and test classes slipped into src/main/java, and says so")
    void testsAndBuildEdited() throws IOException {
        losesOnly(first, "tests-and-build-edited", Set.of("1.2"));
        String feedback = first.feedback("tests-and-build-edited");
        assertTrue(feedback.contains("- pom.xml, src/test/java/nncourse/lesson01/SigmoidDerivativeTest.java differ"
                + " from the kit's: a submission's tests and build files are never used, so these changes were"
                + " ignored"), feedback);
        assertTrue(feedback.contains("nncourse/lesson01/SigmoidDerivativeHiddenTest.java is named like one of the"
                + " lesson's tests and was left out"), feedback);
        assertEquals(1, feedback.split("differ from the kit's", -1).length - 1,
                "only lesson 01's files were changed: " + feedback);
    }

    @Test
    @DisplayName("ignores test results forged on the test JVM's own standard output: Sigmoid.derivative still loses,"
            + " and the feedback says what was ignored")
    void forgedResults() throws IOException {
        for (Run run : List.of(first, again)) {
            losesOnly(run, "forges-results", Set.of("1.2"));
            assertTrue(run.feedback("forges-results").matches("(?s).*your code wrote \\d+ line\\(s\\) straight to"
                    + " the test JVM's own standard output \\(FileDescriptor\\.out\\).*they were ignored.*"),
                    run.feedback("forges-results"));
        }
    }

    @Test
    @DisplayName("puts back the compiled hidden tests a submission rewrote, grades the rest on the kit's own, and"
            + " does not grade the lesson whose code rewrote them")
    void rewrittenHiddenTests() throws IOException {
        for (Run run : List.of(first, again)) {
            Set<String> guilty = new java.util.HashSet<>(Set.of("3.7"));
            points.keySet().stream().filter(e -> e.startsWith("1.")).forEach(guilty::add);
            losesOnly(run, "rewrites-hidden-tests", guilty);
            assertEquals(0, score(run, "rewrites-hidden-tests", "3.7"), "Training.train throws: "
                    + run.feedback("rewrites-hidden-tests"));
            assertEquals(0, Double.parseDouble(run.gradebook().get("rewrites-hidden-tests").get(L1)),
                    run.feedback("rewrites-hidden-tests"));
            assertTrue(run.feedback("rewrites-hidden-tests").contains("not graded: your code changed files the tests"
                    + " run from (.grader/tests/lesson-03-network/nncourse/lesson03/TrainingTrainHiddenTest.class)"),
                    run.feedback("rewrites-hidden-tests"));
        }
    }

    @Test
    @DisplayName("reads a source that is not UTF-8 as Windows-1252, grades it in full, and says so")
    void notUtf8() throws IOException {
        losesOnly(first, "not-utf8", Set.of());
        assertTrue(first.feedback("not-utf8").contains("Backpropagation.java is not UTF-8; it was read as"
                + " Windows-1252"), first.feedback("not-utf8"));
    }

    @Test
    @DisplayName("runs the tests in a working directory where neither the kit nor its solutions/ can be found")
    void workingDirectory() throws IOException {
        losesOnly(first, "peeks-at-the-kit", Set.of());
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
        rejected("absolute-path", "it names a file outside its folder (" + dir.resolve("absolute/Evil.java")
                .toString().replace('\\', '/'));
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

    /** Asserts that the submission earned every point but on {@code guilty}, where it earned less. */
    private static void losesOnly(Run run, String submission, Set<String> guilty) throws IOException {
        CSVRecord row = run.gradebook().get(submission);
        assertTrue(row != null, submission + " has no row in the gradebook");
        double total = 0;
        for (Map.Entry<String, Double> e : points.entrySet()) {
            double earned = Double.parseDouble(row.get(e.getKey()));
            total += earned;
            if (guilty.contains(e.getKey())) {
                assertTrue(earned < e.getValue(), submission + " should lose points on " + e.getKey() + ":\n"
                        + run.feedback(submission));
            } else {
                assertEquals(e.getValue(), earned, 1e-9, submission + " should keep every point of " + e.getKey()
                        + ":\n" + run.feedback(submission));
            }
        }
        assertEquals(total, Double.parseDouble(row.get("total")), 1e-6, submission + ": the exercises add up");
    }

    private static double score(Run run, String submission, String exercise) throws IOException {
        return Double.parseDouble(run.gradebook().get(submission).get(exercise));
    }

    /** A zip the grader refused: no points, and every lesson says why. */
    private static void rejected(String submission, String why) throws IOException {
        CSVRecord row = first.gradebook().get(submission);
        assertEquals(0, Double.parseDouble(row.get("total")), submission);
        String feedback = first.feedback(submission);
        for (String lesson : List.of(L1, L2, L3)) {
            assertTrue(feedback.matches("(?s).*## " + lesson + " · [^\\n]*\\n\\n- \\*\\*Not graded:\\*\\* could not unpack "
                    + submission + "\\.zip: .*"), lesson + ":\n" + feedback);
        }
        assertTrue(feedback.contains("could not unpack " + submission + ".zip: " + why), feedback);
    }

    /** A submission with every lesson solved, as a learner hands it in: the stubs, with the solutions over them. */
    private static Path solved(String name) throws IOException {
        Path submission = submissions.resolve(name);
        for (String lesson : List.of(L1, L2, L3)) {
            Path sources = submission.resolve(lesson).resolve("src/main/java");
            copyTree(KIT.resolve(lesson).resolve("src/main/java"), sources);
            copyTree(KIT.resolve("solutions").resolve(lesson).resolve("src/main/java"), sources);
        }
        return submission;
    }

    /**
     * Makes the submission's {@code Sigmoid.sigmoid} call {@code method} — given, with its Javadoc and
     * without its closing brace, by {@code declaration} — once per test JVM, from lesson 01's last hidden
     * test class, after the results of every other exercise of the lesson are reported.
     */
    private static void onceInSigmoidHiddenTest(Path submission, String method, String declaration)
            throws IOException {
        edit(submission, L1, "nncourse/lesson01/Sigmoid.java", "        return 1 / (1 + Math.exp(-z));\n", """
                        if (Math.abs(z) >= 1e300 && System.getProperty("%1$s") == null && java.util.Arrays.stream(
                                Thread.currentThread().getStackTrace()).anyMatch(f -> f.getClassName().endsWith("SigmoidHiddenTest"))) {
                            System.setProperty("%1$s", "done");
                            %1$s();
                        }
                        return 1 / (1 + Math.exp(-z));
                    }

                """.formatted(method) + declaration);
    }

    /** Replaces the one occurrence of {@code find} in a source of the submission. */
    private static void edit(Path submission, String lesson, String source, String find, String replace)
            throws IOException {
        Path file = submission.resolve(lesson).resolve("src/main/java").resolve(source);
        String text = Files.readString(file, StandardCharsets.UTF_8);
        int at = text.indexOf(find);
        assertTrue(at >= 0 && text.indexOf(find, at + 1) < 0,
                "the solution " + source + " no longer has exactly one '" + find.strip() + "' to edit");
        Files.writeString(file, text.substring(0, at) + replace + text.substring(at + find.length()),
                StandardCharsets.UTF_8);
    }

    private static Map<String, byte[]> filesOf(Path submission) throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (Stream<Path> walk = Files.walk(submission)) {
            for (Path f : walk.filter(Files::isRegularFile).sorted().toList()) {
                files.put("nn-course/" + submission.relativize(f).toString().replace('\\', '/'), Files.readAllBytes(f));
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

    private static void copyTree(Path from, Path to) throws IOException {
        Files.walkFileTree(from, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) throws IOException {
                Files.createDirectories(to.resolve(from.relativize(d).toString()));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.copy(file, to.resolve(from.relativize(file).toString()), StandardCopyOption.REPLACE_EXISTING);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
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
