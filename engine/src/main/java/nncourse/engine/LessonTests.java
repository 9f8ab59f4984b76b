package nncourse.engine;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import nncourse.engine.JavaCompilation.CompileError;
import nncourse.engine.WorkerProtocol.Load;
import nncourse.learner.ExerciseInfo;
import nncourse.learner.KitPath;

/**
 * The lessons' stubs and their public and hidden tests, compiled once (the kit's own code, in this JVM)
 * and shared by every engine that grades with them. What grading needs of a lesson is then held in
 * memory — its classes, data and compiled tests, which the worker receives over its standard input — so
 * that no worker reads a file of the kit. Only the stubs' classes are also kept on disk, in a folder of
 * the grader's own, for javac to compile submissions against.
 */
public final class LessonTests implements AutoCloseable {

    /**
     * One lesson, compiled.
     *
     * @param load          what the worker keeps of the lesson: classes, data, tests
     * @param stubClasses   the stubs' class folder, which a submission's classes are compiled against
     * @param testClasses   the test classes, public ones first
     * @param hiddenClasses which of them are hidden
     * @param owned         the top-level classes of the exercise files: what a submission may declare
     */
    record Compiled(Load load, Path stubClasses, List<String> testClasses, Set<String> hiddenClasses,
                    Set<String> owned) {}

    private final List<Path> classpath = Stream.of(System.getProperty("java.class.path").split(File.pathSeparator))
            .filter(s -> !s.isBlank()).map(s -> Path.of(s).toAbsolutePath()).toList();
    private final Path dir;
    private final Map<String, CompletableFuture<Compiled>> byLesson = new ConcurrentHashMap<>();

    public LessonTests() {
        try {
            dir = Files.createTempDirectory("nn-tests-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Starts compiling the tests of every lesson, each on its own thread, so that the engines find them
     * compiled (or being compiled) when they first need them.
     */
    public void compileAhead(List<KitLesson> lessons) {
        lessons.forEach(lesson -> byLesson.computeIfAbsent(lesson.name(),
                name -> CompletableFuture.supplyAsync(() -> compile(lesson), runnable -> {
                    Thread thread = new Thread(runnable, "compile-tests-" + name);
                    thread.setDaemon(true);
                    thread.start();
                })));
    }

    /**
     * Waits until every lesson's tests are compiled (and so its files read), which a grader does before
     * any submission runs. A lesson that does not compile is left to {@link #of} to report.
     */
    public void awaitAll(List<KitLesson> lessons) {
        for (KitLesson lesson : lessons) {
            try {
                of(lesson);
            } catch (KitDoesNotCompile e) {
                // Reported for each grading of that lesson.
            }
        }
    }

    /**
     * The lesson's tests, compiled by the first caller and waited for by the others.
     *
     * @throws KitDoesNotCompile if the kit's stubs or tests do not compile
     */
    Compiled of(KitLesson lesson) {
        CompletableFuture<Compiled> mine = new CompletableFuture<>();
        CompletableFuture<Compiled> compiled = byLesson.putIfAbsent(lesson.name(), mine);
        if (compiled == null) {
            try {
                mine.complete(compile(lesson));
            } catch (RuntimeException e) {
                mine.completeExceptionally(e);
            }
            compiled = mine;
        }
        try {
            return compiled.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    /** The class path of this JVM, which the tests are compiled against and the workers run on. */
    List<Path> classpath() {
        return classpath;
    }

    /** The kit itself is broken: its stubs or tests do not compile. */
    static final class KitDoesNotCompile extends RuntimeException {
        KitDoesNotCompile(String message) {
            super(message);
        }
    }

    private Compiled compile(KitLesson lesson) {
        Path stubs = newDirectory("stubs-" + lesson.name());
        Path out = newDirectory("tests-" + lesson.name());
        try {
            List<CompileError> errors = JavaCompilation.compile(JavaCompilation.sourcesIn(lesson.stubSources()),
                    classpath, stubs);
            if (!errors.isEmpty()) {
                throw new KitDoesNotCompile("the kit's stubs of " + lesson.name() + " do not compile: "
                        + errors.get(0));
            }
            List<Path> publicTests = JavaCompilation.sourcesIn(lesson.publicTests());
            List<Path> hiddenTests = JavaCompilation.sourcesIn(lesson.hiddenTests());
            List<Path> compileClasspath = new ArrayList<>(classpath);
            compileClasspath.add(stubs);
            errors = JavaCompilation.compile(Stream.concat(publicTests.stream(), hiddenTests.stream()).toList(),
                    compileClasspath, out);
            if (!errors.isEmpty()) {
                throw new KitDoesNotCompile("the kit's tests of " + lesson.name()
                        + " do not compile against its stubs: " + errors.get(0));
            }
            List<String> names = new ArrayList<>();
            publicTests.forEach(f -> names.add(JavaCompilation.className(lesson.publicTests(), f)));
            hiddenTests.forEach(f -> names.add(JavaCompilation.className(lesson.hiddenTests(), f)));
            Set<String> hidden = new LinkedHashSet<>();
            hiddenTests.forEach(f -> hidden.add(JavaCompilation.className(lesson.hiddenTests(), f)));
            Map<String, byte[]> testResources = new HashMap<>();
            lesson.testResources().forEach(r -> testResources.putAll(files(r, "")));
            Map<String, byte[]> resources = new HashMap<>();
            lesson.mainResources().forEach(r -> resources.putAll(files(r, "")));
            Load load = new Load(lesson.name(), classes(stubs), Collections.unmodifiableMap(resources),
                    classes(out), Collections.unmodifiableMap(testResources));
            return new Compiled(load, stubs, List.copyOf(names), Set.copyOf(hidden), owned(lesson));
        } finally {
            Folders.delete(out);
        }
    }

    /** The top-level classes of the lesson's exercise files, e.g. {@code nncourse.lesson01.Sigmoid}. */
    static Set<String> owned(KitLesson lesson) {
        Set<String> owned = new LinkedHashSet<>();
        for (ExerciseInfo e : lesson.manifest().exercises()) {
            String file = e.file().replaceFirst("^src/main/java/", "").replaceFirst("\\.java$", "");
            owned.add(file.replace('/', '.'));
        }
        return owned;
    }

    /** The class files below a folder, by internal name ({@code nncourse/lesson01/Sigmoid}). */
    static Map<String, byte[]> classes(Path dir) {
        Map<String, byte[]> classes = new TreeMap<>();
        files(dir, "").forEach((name, bytes) -> {
            if (name.endsWith(".class")) {
                classes.put(name.substring(0, name.length() - ".class".length()), bytes);
            }
        });
        return Collections.unmodifiableMap(classes);
    }

    /** The regular files below {@code dir}, by path below it after {@code prefix}; no links followed. */
    static Map<String, byte[]> files(Path dir, String prefix) {
        Map<String, byte[]> files = new TreeMap<>();
        if (!Files.isDirectory(dir)) {
            return files;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path f : walk.filter(f -> Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS)).toList()) {
                files.put(prefix + KitPath.of(dir, f), Files.readAllBytes(f));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    private Path newDirectory(String prefix) {
        try {
            return Files.createTempDirectory(dir, prefix);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        Folders.delete(dir);
    }
}
