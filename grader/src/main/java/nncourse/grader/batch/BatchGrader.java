package nncourse.grader.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.stream.Stream;
import nncourse.grader.Engine;
import nncourse.grader.Grade;
import nncourse.grader.GraderException;
import nncourse.grader.KitLesson;
import nncourse.grader.Limits;
import nncourse.grading.LessonScore;

/**
 * Grades many submissions in parallel with the one {@link Engine}: each of {@code jobs} threads keeps
 * its own engine (and so its own worker JVM) and takes the next submission when done with one. Only a
 * lesson's {@code src/main/java} is taken from a submission — its Java files, no links — and graded
 * with the kit's public and hidden tests.
 */
public final class BatchGrader {

    private static final int MAX_SOURCE_FILES = 500;

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
     * Grades every submission.
     *
     * @param onGraded told of each submission as soon as it is graded, from the grading threads
     * @return the grades in the order of {@code submissions}
     */
    public List<SubmissionGrade> gradeAll(List<Submission> submissions, Consumer<SubmissionGrade> onGraded) {
        ConcurrentLinkedQueue<Submission> queue = new ConcurrentLinkedQueue<>(submissions);
        Map<String, SubmissionGrade> graded = new ConcurrentHashMap<>();
        int threads = Math.min(jobs, Math.max(1, submissions.size()));
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "grader");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                workers.add(pool.submit(() -> {
                    try (Engine engine = new Engine(limits)) {
                        for (Submission s; (s = queue.poll()) != null; ) {
                            SubmissionGrade grade = grade(engine, s);
                            graded.put(s.name(), grade);
                            onGraded.accept(grade);
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
        } catch (java.util.concurrent.ExecutionException e) {
            throw new GraderException("grading failed: " + e.getCause().getMessage(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
        return submissions.stream().map(s -> graded.get(s.name())).toList();
    }

    /** Grades one submission, lesson by lesson; what goes wrong with one lesson costs that lesson only. */
    SubmissionGrade grade(Engine engine, Submission submission) {
        long start = System.nanoTime();
        List<Grade> grades = new ArrayList<>();
        Path copies = null;
        try {
            copies = Files.createTempDirectory("nn-submission-");
            for (KitLesson lesson : lessons) {
                grades.add(gradeLesson(engine, submission, lesson, copies.resolve(lesson.name())));
            }
        } catch (IOException e) {
            throw new GraderException("cannot make a temporary folder: " + e.getMessage(), e);
        } finally {
            delete(copies);
        }
        return new SubmissionGrade(submission.name(), grades, Duration.ofNanos(System.nanoTime() - start));
    }

    private Grade gradeLesson(Engine engine, Submission submission, KitLesson lesson, Path copy) {
        if (submission.problem() != null) {
            return notGraded(lesson, submission.problem());
        }
        var sources = submission.sources(lesson.name());
        if (sources.isEmpty()) {
            return notGraded(lesson, "the submission has no folder " + lesson.name() + "/src/main/java");
        }
        try {
            int copied = copyJavaFiles(sources.get(), copy);
            if (copied == 0) {
                return notGraded(lesson, lesson.name() + "/src/main/java holds no Java file");
            }
            return engine.grade(lesson, copy);
        } catch (IOException | RuntimeException e) {
            return notGraded(lesson, "the grader could not grade this lesson: "
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
        }
    }

    private static Grade notGraded(KitLesson lesson, String problem) {
        return new Grade(LessonScore.of(lesson.name(), lesson.manifest(), List.of(), List.of(problem)), List.of(),
                List.of(), "");
    }

    /** Copies the regular {@code .java} files below {@code from}, never following a link. */
    private static int copyJavaFiles(Path from, Path to) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(from)) {
            files = walk.filter(f -> f.getFileName().toString().endsWith(".java"))
                    .filter(f -> Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS)).toList();
        }
        if (files.size() > MAX_SOURCE_FILES) {
            throw new IOException("src/main/java holds " + files.size() + " Java files, more than "
                    + MAX_SOURCE_FILES);
        }
        for (Path file : files) {
            Path target = to.resolve(from.relativize(file).toString());
            Files.createDirectories(target.getParent());
            Files.copy(file, target);
        }
        return files.size();
    }

    private static void delete(Path dir) {
        if (dir == null || !Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException e) {
            // A temporary folder left behind is not worth failing a grade for.
        }
    }
}
