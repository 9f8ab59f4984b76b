package nncourse.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nncourse.engine.JavaCompilation.CompileError;
import nncourse.learner.Admission;
import nncourse.learner.KitPath;
import nncourse.learner.Messages;

/**
 * A submission's lesson as it will be graded. The prepared files that differ from the stubs are compiled
 * against the stubs' classes, which stand in for the rest (given code, and exercises not begun), and the
 * classes javac writes go through the admission check. A file that does not compile, or whose classes are
 * refused, is left out and the others compiled again, so that the stub's class is graded in its place (or
 * nothing, if the stubs have no such file) and one broken file costs only its own exercises.
 *
 * @param kind     the stubs alone (nothing was left to compile), the compiled files over the stubs, or
 *                 nothing, when javac could not compile the lesson at all
 * @param classes  the admitted classes by internal name, which take the stubs' place
 * @param errors   javac's errors and the refusals, where a learner finds them ("src/main/java/…:12: …")
 * @param notes    what was left out, in words for the learner
 * @param stubbed  the files whose stub is graded in their place
 */
record Build(Kind kind, Map<String, byte[]> classes, List<String> errors, List<String> notes, List<String> stubbed) {

    enum Kind { STUBS_ONLY, COMPILED, FAILED }

    private static final String SOURCES = "src/main/java/";

    boolean failed() {
        return kind == Kind.FAILED;
    }

    boolean stubsOnly() {
        return kind == Kind.STUBS_ONLY;
    }

    static Build of(KitLesson lesson, LessonTests.Compiled compiled, Path src, Path classes, Javac javac,
                    List<Path> libraries, Duration limit, boolean admitting) {
        List<Path> classpath = new ArrayList<>(libraries);
        classpath.add(0, compiled.stubClasses());
        Admission admission = Admission.of(compiled.owned(), compiled.load().classes());
        List<String> errors = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        List<String> stubbed = new ArrayList<>();
        Set<String> reported = new LinkedHashSet<>();
        while (true) {
            List<Path> changed = JavaCompilation.sourcesIn(src).stream().filter(f -> !sameAsStub(lesson, src, f))
                    .toList();
            if (changed.isEmpty()) {
                return new Build(Kind.STUBS_ONLY, Map.of(), errors, notes, stubbed);
            }
            // Each compilation gets the whole limit, which Javac counts in CPU time: a deadline on the clock
            // across the compilations would shrink on a busy machine. A file is left out each round, so the
            // rounds are few; a compilation out of time ends them all.
            List<CompileError> compileErrors = javac.compile(changed, classpath, classes, limit);
            Map<String, String> broken = new LinkedHashMap<>();
            for (CompileError e : compileErrors) {
                if (e.file().isEmpty() || !e.path().startsWith(src)) {
                    errors.add(e.message());
                    return new Build(Kind.FAILED, Map.of(), errors, notes, stubbed);
                }
                String file = KitPath.of(src, e.path());
                if (reported.add(file) || errors.size() < 50 && broken.containsKey(file)) {
                    errors.add(SOURCES + file + ":" + e.line() + ": " + e.message());
                }
                broken.putIfAbsent(file, "compile");
            }
            Map<String, byte[]> written = LessonTests.classes(classes);
            if (broken.isEmpty()) {
                for (Admission.Refusal r : admitting ? admission.check(written) : List.<Admission.Refusal>of()) {
                    String file = sourceOf(src, r.file());
                    if (reported.add(file)) {
                        errors.add(SOURCES + file.substring(0, file.lastIndexOf('/') + 1) + r.message());
                    }
                    broken.putIfAbsent(file, "refused");
                }
                if (broken.isEmpty()) {
                    return new Build(Kind.COMPILED, written, errors, notes, stubbed);
                }
            }
            if (broken.keySet().stream().noneMatch(f -> Files.isRegularFile(src.resolve(f)))) {
                return new Build(Kind.FAILED, Map.of(), errors, notes, stubbed);
            }
            for (Map.Entry<String, String> b : broken.entrySet()) {
                leaveOut(lesson, src, b.getKey(), b.getValue().equals("refused"), notes, stubbed);
            }
            Folders.delete(classes);
        }
    }

    /**
     * The learner's own lesson folder as watch mode checks it: all its sources and its public tests, compiled
     * together, and the classes of its exercise files admitted.
     *
     * @param errors         compile errors and refusals; when there are any, nothing else is filled in
     * @param classes        the lesson's classes, by internal name
     * @param resources      its data
     * @param testClasses    its public tests' classes
     * @param testResources  their resources (the manifest)
     * @param testClassNames the test classes' names
     */
    record Checked(List<String> errors, Map<String, byte[]> classes, Map<String, byte[]> resources,
                   Map<String, byte[]> testClasses, Map<String, byte[]> testResources, List<String> testClassNames) {}

    static Checked check(KitLesson lesson, Path classes, Path testClasses, Javac javac, List<Path> libraries,
                         Duration limit) {
        List<CompileError> compileErrors = javac.compile(JavaCompilation.sourcesIn(lesson.stubSources()), libraries,
                classes, limit);
        if (compileErrors.isEmpty()) {
            List<Path> withClasses = new ArrayList<>(libraries);
            withClasses.add(classes);
            compileErrors = javac.compile(JavaCompilation.sourcesIn(lesson.publicTests()), withClasses, testClasses,
                    limit);
        }
        if (!compileErrors.isEmpty()) {
            return failedCheck(compileErrors.stream().map(e -> e.shown(lesson.dir())).toList());
        }
        Map<String, byte[]> all = LessonTests.classes(classes);
        List<String> errors = Admission.checkLesson(lesson.manifest(), all).stream().map(r -> SOURCES
                + r.file().substring(0, r.file().lastIndexOf('/') + 1) + r.message()).toList();
        if (!errors.isEmpty()) {
            return failedCheck(errors.stream().distinct().toList());
        }
        Map<String, byte[]> resources = new HashMap<>();
        lesson.mainResources().forEach(r -> resources.putAll(LessonTests.files(r, "")));
        Map<String, byte[]> testResources = LessonTests.files(lesson.dir().resolve("src/test/resources"), "");
        List<String> names = JavaCompilation.sourcesIn(lesson.publicTests()).stream()
                .map(f -> JavaCompilation.className(lesson.publicTests(), f)).toList();
        return new Checked(List.of(), all, resources, LessonTests.classes(testClasses), testResources, names);
    }

    private static Checked failedCheck(List<String> errors) {
        return new Checked(errors, Map.of(), Map.of(), Map.of(), Map.of(), List.of());
    }

    /** Takes a broken file out of the sources to compile, and says what is graded in its place. */
    private static void leaveOut(KitLesson lesson, Path src, String file, boolean refused, List<String> notes,
                                 List<String> stubbed) {
        if (Files.exists(lesson.stubSources().resolve(file))) {
            stubbed.add(file);
            notes.add(Messages.get(refused ? "engine.refusedStubGraded" : "engine.brokenStubGraded", file));
        } else {
            notes.add(Messages.get(refused ? "engine.refusedLeftOut" : "engine.brokenLeftOut", file));
        }
        try {
            Files.deleteIfExists(src.resolve(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The prepared file a refused class came from: its source file's name in its package's folder, or —
     * where javac wrote no such name, or one that is not there — the file named after its top-level class.
     */
    private static String sourceOf(Path src, String refusedFile) {
        if (Files.isRegularFile(src.resolve(refusedFile))) {
            return refusedFile;
        }
        String name = fileName(refusedFile);
        return JavaCompilation.sourcesIn(src).stream().filter(f -> f.getFileName().toString().equals(name))
                .map(f -> KitPath.of(src, f)).findFirst().orElse(refusedFile);
    }

    /** Whether a prepared file is byte for byte the stub's: then the stub's class is graded, uncompiled. */
    private static boolean sameAsStub(KitLesson lesson, Path src, Path file) {
        Path stub = lesson.stubSources().resolve(src.relativize(file).toString());
        try {
            return Files.isRegularFile(stub) && Files.mismatch(file, stub) == -1;
        } catch (IOException e) {
            return false;
        }
    }

    private static String fileName(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }
}
