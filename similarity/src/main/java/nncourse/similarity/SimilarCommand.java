package nncourse.similarity;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import nncourse.grader.GraderException;
import nncourse.grader.batch.Submission;
import nncourse.grader.batch.Submissions;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code java -jar similarity/target/similarity.jar --kit . --submissions DIR --out OUT}: the similarity
 * check, a command of its own because it bundles JPlag (GPL-3.0), which grader.jar must not contain.
 * It reads the submissions as {@code grader grade} does (folders and zips, links never followed).
 */
@Command(name = "similar", mixinStandardHelpOptions = true, version = "nn-course similarity 1.0 (JPlag 4.3.0)",
        description = {"Compares each lesson's src/main/java of every submission in DIR with every other's, using"
                + " JPlag with the lesson's stubs as base code, and writes OUT/similarity.html and"
                + " OUT/similarity.csv: the pairs whose average similarity reaches the threshold.", ""})
public final class SimilarCommand implements Callable<Integer> {

    /**
     * Measured on this kit (see README): disguised copies of the solutions score 69–87 %, independent correct
     * answers to lesson 02 at most 44 %.
     */
    static final double DEFAULT_THRESHOLD_PERCENT = 60;

    @Spec
    private CommandSpec spec;

    @Option(names = "--kit", defaultValue = ".", paramLabel = "KIT",
            description = "the course kit's folder, whose lesson stubs are the base code (default: the current folder)")
    private Path kit;

    @Option(names = "--submissions", required = true, paramLabel = "DIR",
            description = "the folder of submissions: one subfolder or .zip file per learner")
    private Path submissions;

    @Option(names = "--out", required = true, paramLabel = "OUT", description = "where to write the report")
    private Path out;

    @Option(names = "--threshold", paramLabel = "PERCENT",
            description = "list the pairs whose average similarity is at least this (default: ${DEFAULT-VALUE})")
    private double threshold = DEFAULT_THRESHOLD_PERCENT;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        if (threshold < 0 || threshold > 100) {
            throw new GraderException("--threshold " + threshold + " is not a percentage from 0 to 100");
        }
        Path root = kitRoot(kit);
        List<Path> lessons = lessons(root);
        Files.createDirectories(this.out);
        Path work = Files.createTempDirectory("nncourse-similarity");
        try {
            List<String> notes = new ArrayList<>();
            List<Submission> all = Submissions.in(submissions, work.resolve("unzipped"), notes);
            notes.forEach(n -> out.println("note: " + n));
            List<LessonResult> results = new ArrayList<>();
            for (Path lesson : lessons) {
                String name = lesson.getFileName().toString();
                LessonResult result = LessonCheck.run(name, lesson.resolve("src/main/java"), all,
                        work.resolve("lessons").resolve(name));
                out.printf("%s: %d submissions compared, %d pairs at or above %s %%%n", name,
                        result.compared().size(), result.reaching(threshold / 100).size(),
                        SimilarityCsv.percent(threshold / 100));
                results.add(result);
            }
            SimilarityPage.write(this.out.resolve("similarity.html"), results, threshold / 100);
            SimilarityCsv.write(this.out.resolve("similarity.csv"), results, threshold / 100);
            out.println("wrote " + this.out.resolve("similarity.html") + " and " + this.out.resolve("similarity.csv"));
            return 0;
        } finally {
            deleteTree(work);
        }
    }

    static Path kitRoot(Path kit) {
        Path root = kit.toAbsolutePath().normalize();
        if (!Files.isRegularFile(root.resolve("pom.xml"))) {
            throw new GraderException(root + " is not the course kit (it has no pom.xml): run from the kit's folder"
                    + " or name it with --kit");
        }
        return root;
    }

    /** The kit's lesson folders that have stubs: {@code lesson-*}{@code /src/main/java}, in order. */
    static List<Path> lessons(Path root) throws IOException {
        try (Stream<Path> entries = Files.list(root)) {
            List<Path> lessons = entries.filter(p -> p.getFileName().toString().startsWith("lesson-"))
                    .filter(p -> Files.isDirectory(p.resolve("src/main/java")))
                    .sorted(Comparator.comparing(Path::toString)).toList();
            if (lessons.isEmpty()) {
                throw new GraderException("no lessons in " + root + " (folders lesson-*/src/main/java)");
            }
            return lessons;
        }
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException | UncheckedIOException e) {
            // A temporary folder left behind is no reason to fail the check.
        }
    }

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs the command line and returns its exit status: 0 done, 1 failed, 2 bad usage. */
    public static int execute(String... args) {
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        CommandLine cli = new CommandLine(new SimilarCommand()).setOut(out).setErr(err)
                .setExecutionExceptionHandler((e, cmd, parsed) -> {
                    cmd.getErr().println("similar: " + (e instanceof GraderException ? e.getMessage()
                            : "unexpected " + e + " (please report it with the command you ran)"));
                    return 1;
                });
        int status = cli.execute(args);
        out.flush();
        err.flush();
        return status;
    }
}
