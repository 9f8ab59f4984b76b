package nncourse.grader.batch;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.stream.Stream;
import nncourse.engine.Engine;
import nncourse.engine.Folders;
import nncourse.engine.Grade;
import nncourse.engine.KitLesson;
import nncourse.engine.LessonTests;
import nncourse.engine.Limits;
import nncourse.engine.Sandbox;
import nncourse.grader.GraderException;
import nncourse.learner.KitPath;

/**
 * Grades many submissions in parallel with the one {@link Engine}: each of {@code jobs} threads keeps
 * its own engine (and so its own worker JVM) and takes the next submission when done with one; the
 * lessons' tests are compiled once for all of them. Before anything runs, every submission is read into
 * the grader's own copy: of a lesson only its {@code src/main/java} is taken — its Java files, no links
 * anywhere on the way — and graded
 * with the kit's public and hidden tests; the learner is told when the submission's own tests or build
 * files differ from the kit's, since they were ignored.
 */
public final class BatchGrader {

    /**
     * The most files the grader copies or compares of one folder of a submission's lesson: a
     * {@code src/main/java} with more Java files is not graded, and of {@code src/test} only so many are
     * compared with the kit's. It bounds the copy made of every submission before grading; what is graded
     * is bounded by the engine, which reads fewer ({@code SubmittedSources.MAX_FILES_READ}) and tells the
     * learner: a lesson with a number of files between the two is graded on its first ones.
     */
    private static final int MAX_FILES_COPIED = 500;
    private static final int CHANGED_FILES_SHOWN = 5;
    private static final long MAX_COMPARED_BYTES = 1024 * 1024;

    private final List<KitLesson> lessons;
    private final Limits limits;
    private final int jobs;

    public BatchGrader(List<KitLesson> lessons, Limits limits, int jobs) {
        if (jobs < 1) {
            throw new GraderException("--jobs must be at least 1, not " + jobs);
        }
        this.lessons = List.copyOf(lessons);
        this.limits = limits;
        this.jobs = jobs;
    }

    /**
     * Grades every submission and keeps them all: for a few submissions; {@link #gradeEach} keeps none.
     *
     * @param onGraded told of each submission as soon as it is graded, from the grading threads
     * @return the grades in the order of {@code submissions}
     */
    public List<SubmissionGrade> gradeAll(List<Submission> submissions, Consumer<SubmissionGrade> onGraded) {
        Map<String, SubmissionGrade> graded = new ConcurrentHashMap<>();
        gradeEach(submissions, grade -> {
            graded.put(grade.name(), grade);
            onGraded.accept(grade);
        });
        return submissions.stream().map(s -> graded.get(s.name())).toList();
    }

    /**
     * Grades every submission and hands each grade to {@code onGraded} as soon as it is made, keeping
     * none: what grading holds in memory does not grow with the number of submissions.
     *
     * @param onGraded told of each submission as soon as it is graded, from the grading threads; what it
     *                 throws stops the grading
     */
    public void gradeEach(List<Submission> submissions, Consumer<SubmissionGrade> onGraded) {
        Path copies = null;
        try {
            // Every submission is read into the grader's own folder (readable by its user alone) before any
            // submission's code runs: what runs later cannot read or change another's files, nor its own.
            copies = Files.createTempDirectory("nn-submissions-");
            ConcurrentLinkedQueue<Copied> queue = new ConcurrentLinkedQueue<>();
            for (int i = 0; i < submissions.size(); i++) {
                queue.add(copy(submissions.get(i), copies.resolve(String.valueOf(i))));
            }
            Sandbox.hide(List.of(copies));
            gradeQueue(queue, Math.min(jobs, Math.max(1, submissions.size())), onGraded);
        } catch (IOException e) {
            throw new GraderException("cannot copy the submissions: " + e.getMessage(), e);
        } finally {
            Folders.delete(copies);
        }
    }

    private void gradeQueue(ConcurrentLinkedQueue<Copied> queue, int threads, Consumer<SubmissionGrade> onGraded) {
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "grader");
            t.setDaemon(true);
            return t;
        });
        try (LessonTests tests = new LessonTests()) {
            tests.compileAhead(lessons);
            List<Future<?>> workers = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                workers.add(pool.submit(() -> {
                    try (Engine engine = new Engine(limits, tests)) {
                        engine.startWorker();
                        // What grading reads of the kit is read before any submission runs.
                        tests.awaitAll(lessons);
                        for (Copied s; (s = queue.poll()) != null; ) {
                            onGraded.accept(grade(engine, s));
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> worker : workers) {
                worker.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new GraderException("grading was interrupted");
        } catch (ExecutionException e) {
            throw new GraderException("grading failed: " + e.getCause().getMessage(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * A submission as the grader's own copy holds it: per lesson, its Java sources, or why there are none,
     * and the notes on its tests and build files.
     */
    private record Copied(String name, Map<String, Lesson> lessons, String problem) {

        record Lesson(Path sources, String problem, List<String> notes) {}
    }

    private Copied copy(Submission submission, Path into) {
        Map<String, Copied.Lesson> copied = new LinkedHashMap<>();
        for (KitLesson lesson : lessons) {
            copied.put(lesson.name(), copyLesson(submission, lesson, into.resolve(lesson.name())));
        }
        return new Copied(submission.name(), copied, submission.problem());
    }

    private Copied.Lesson copyLesson(Submission submission, KitLesson lesson, Path into) {
        if (submission.problem() != null) {
            return new Copied.Lesson(null, submission.problem(), List.of());
        }
        Optional<Path> sources = submission.sources(lesson.name());
        if (sources.isEmpty()) {
            return new Copied.Lesson(null, "the submission has no folder " + lesson.name() + "/src/main/java",
                    List.of());
        }
        try {
            if (copyJavaFiles(sources.get(), into) == 0) {
                return new Copied.Lesson(null, lesson.name() + "/src/main/java holds no Java file", List.of());
            }
            List<String> ignored = changedTestsAndBuild(lesson, sources.get().getParent().getParent().getParent());
            return new Copied.Lesson(into, null, ignored.isEmpty() ? List.of() : List.of(String.join(", ", ignored)
                    + (ignored.size() == 1 ? " differs" : " differ") + " from the kit's: a submission's tests and"
                    + " build files are never used, so " + (ignored.size() == 1 ? "this change was" : "these changes"
                    + " were") + " ignored — your src/main/java was graded with the kit's own tests, public"
                    + " and hidden"));
        } catch (IOException | RuntimeException e) {
            return new Copied.Lesson(null, "the grader could not read this lesson: "
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()), List.of());
        }
    }

    /** Grades one submission, lesson by lesson; what goes wrong with one lesson costs that lesson only. */
    private SubmissionGrade grade(Engine engine, Copied submission) {
        long start = System.nanoTime();
        List<Grade> grades = new ArrayList<>();
        for (KitLesson lesson : lessons) {
            Copied.Lesson copy = submission.lessons().get(lesson.name());
            if (copy.problem() != null) {
                grades.add(Grade.notGraded(lesson, copy.problem(), List.of(), List.of()));
                continue;
            }
            Grade grade = engine.grade(lesson, copy.sources());
            List<String> notes = new ArrayList<>(grade.notes());
            notes.addAll(copy.notes());
            grades.add(new Grade(grade.score(), grade.compileErrors(), notes, grade.stubbed(), grade.output()));
        }
        return new SubmissionGrade(submission.name(), grades, Duration.ofNanos(System.nanoTime() - start),
                submission.problem());
    }

    /**
     * The lesson's test and build files that the submission changed or added ({@code pom.xml}, anything
     * below {@code src/test}), relative to the lesson folder; a file it left out is not counted.
     * Line endings do not count as a change.
     */
    static List<String> changedTestsAndBuild(KitLesson lesson, Path submitted) throws IOException {
        List<Path> files = new ArrayList<>();
        if (Files.isRegularFile(submitted.resolve("pom.xml"), LinkOption.NOFOLLOW_LINKS)) {
            files.add(submitted.resolve("pom.xml"));
        }
        if (Files.isDirectory(submitted.resolve("src/test"), LinkOption.NOFOLLOW_LINKS)) {
            try (Stream<Path> walk = Files.walk(submitted.resolve("src/test"))) {
                walk.filter(f -> Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS)).sorted().limit(MAX_FILES_COPIED)
                        .forEach(files::add);
            }
        }
        List<String> changed = new ArrayList<>();
        for (Path file : files) {
            String relative = KitPath.of(submitted, file);
            if (!sameText(file, lesson.dir().resolve(relative))) {
                changed.add(relative);
            }
        }
        if (changed.size() > CHANGED_FILES_SHOWN) {
            int more = changed.size() - CHANGED_FILES_SHOWN;
            changed = new ArrayList<>(changed.subList(0, CHANGED_FILES_SHOWN));
            changed.add("and " + more + " more files");
        }
        return changed;
    }

    private static boolean sameText(Path submitted, Path kit) throws IOException {
        if (!Files.isRegularFile(kit) || Files.size(submitted) > MAX_COMPARED_BYTES) {
            return false;
        }
        return Arrays.equals(unixLines(Files.readAllBytes(submitted)), unixLines(Files.readAllBytes(kit)));
    }

    private static byte[] unixLines(byte[] text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(text.length);
        for (int i = 0; i < text.length; i++) {
            if (text[i] != '\r' || i + 1 >= text.length || text[i + 1] != '\n') {
                out.write(text[i]);
            }
        }
        return out.toByteArray();
    }

    /** Copies the regular {@code .java} files below {@code from}, never following a link. */
    private static int copyJavaFiles(Path from, Path to) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(from)) {
            files = walk.filter(f -> f.getFileName().toString().endsWith(".java"))
                    .filter(f -> Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS)).toList();
        }
        if (files.size() > MAX_FILES_COPIED) {
            throw new IOException("src/main/java holds " + files.size() + " Java files, more than "
                    + MAX_FILES_COPIED);
        }
        for (Path file : files) {
            Path target = to.resolve(from.relativize(file).toString());
            Files.createDirectories(target.getParent());
            Files.copy(file, target);
        }
        return files.size();
    }
}
