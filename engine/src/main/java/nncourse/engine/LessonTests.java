package nncourse.engine;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import nncourse.engine.JavaCompilation.CompileError;

/**
 * The lessons' public and hidden tests, compiled once against the stubs and shared by every engine
 * that grades with them. A submission's classes take the stubs' place when the tests run, so only the
 * submission itself is compiled per grading; a test that calls a method whose signature the learner
 * changed fails with a {@link LinkageError}, which the result explains.
 *
 * <p>What grading reads of a lesson — its stubs, data and compiled tests — is read here, before any
 * submission runs, and kept in memory ({@link Compiled#files}): each engine lays it out in a folder of
 * its own and checks it after every grading ({@link GuardedFiles}), so a submission that rewrites the
 * tests or the data, or the kit itself, changes nothing that is graded after it.
 */
public final class LessonTests implements AutoCloseable {

    /** Where, in a lesson's {@link Compiled#files}, the compiled tests and stubs are. */
    private static final String TESTS = ".grader/tests/";
    private static final String STUBS = ".grader/stubs/";

    /**
     * One lesson's compiled tests and stubs.
     *
     * @param files         by path below a kit's root: the lesson's stub sources and data, as the kit has
     *                      them, and the compiled tests and stubs ({@link #classes}, {@link #stubClasses})
     * @param testClasses   the test classes, public ones first
     * @param hiddenClasses which of them are hidden
     * @param simpleNames   their simple names, which a submission may not use for its own classes
     */
    record Compiled(Map<String, byte[]> files, List<String> testClasses, Set<String> hiddenClasses,
                    Set<String> simpleNames) {

        /** The tests' class folder, once {@link #files} are laid out below {@code root}. */
        static Path classes(Path root, KitLesson lesson) {
            return root.resolve(TESTS + lesson.name());
        }

        /** The stubs' class folder (what a submission's classes stand in for) below {@code root}. */
        static Path stubClasses(Path root, KitLesson lesson) {
            return root.resolve(STUBS + lesson.name());
        }
    }

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
            } catch (IllegalStateException e) {
                // Reported for each grading of that lesson.
            }
        }
    }

    /**
     * The lesson's tests, compiled by the first caller and waited for by the others.
     *
     * @throws IllegalStateException if the kit's stubs or tests do not compile
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

    List<Path> classpath() {
        return classpath;
    }

    private Compiled compile(KitLesson lesson) {
        Path stubs = newDirectory("stubs-" + lesson.name());
        Path out = newDirectory("tests-" + lesson.name());
        try {
            List<CompileError> errors = JavaCompilation.compile(JavaCompilation.sourcesIn(lesson.stubSources()),
                    classpath, stubs);
            if (!errors.isEmpty()) {
                throw new IllegalStateException("the kit's stubs of " + lesson.name() + " do not compile: "
                        + errors.get(0));
            }
            List<Path> publicTests = JavaCompilation.sourcesIn(lesson.publicTests());
            List<Path> hiddenTests = JavaCompilation.sourcesIn(lesson.hiddenTests());
            List<Path> compileClasspath = new ArrayList<>(classpath);
            compileClasspath.add(stubs);
            errors = JavaCompilation.compile(Stream.concat(publicTests.stream(), hiddenTests.stream()).toList(),
                    compileClasspath, out);
            if (!errors.isEmpty()) {
                throw new IllegalStateException("the kit's tests of " + lesson.name()
                        + " do not compile against its stubs: " + errors.get(0));
            }
            Map<String, byte[]> files = new TreeMap<>();
            read(lesson.kit(), lesson.stubSources(), "", files);
            lesson.resources().forEach(r -> read(lesson.kit(), r, "", files));
            read(stubs, stubs, STUBS + lesson.name() + "/", files);
            read(out, out, TESTS + lesson.name() + "/", files);
            List<String> names = new ArrayList<>();
            publicTests.forEach(f -> names.add(JavaCompilation.className(lesson.publicTests(), f)));
            hiddenTests.forEach(f -> names.add(JavaCompilation.className(lesson.hiddenTests(), f)));
            Set<String> hidden = new HashSet<>();
            hiddenTests.forEach(f -> hidden.add(JavaCompilation.className(lesson.hiddenTests(), f)));
            Set<String> simpleNames = new HashSet<>();
            names.forEach(n -> simpleNames.add(n.substring(n.lastIndexOf('.') + 1)));
            return new Compiled(Collections.unmodifiableMap(files), List.copyOf(names), Set.copyOf(hidden),
                    Set.copyOf(simpleNames));
        } finally {
            Folders.delete(stubs);
            Folders.delete(out);
        }
    }

    /** Reads the files below {@code dir} into {@code files}, by path below {@code root} after {@code prefix}. */
    private static void read(Path root, Path dir, String prefix, Map<String, byte[]> files) {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path f : walk.filter(f -> Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS)).toList()) {
                files.put(prefix + root.relativize(f).toString().replace(File.separatorChar, '/'), Files.readAllBytes(f));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
