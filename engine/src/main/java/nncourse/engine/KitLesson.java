package nncourse.engine;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;
import nncourse.learner.KitPath;
import nncourse.learner.Lessons;
import nncourse.learner.Manifest;

/**
 * A lesson as the grader sees it in the kit: the lesson folder (stubs, public tests, manifest,
 * data) and its twin under {@code solutions/} (reference sources, hidden tests).
 */
public record KitLesson(Path kit, String name, Manifest manifest) {

    public static List<KitLesson> all(Path kit) {
        return Lessons.find(kit).stream().map(l -> new KitLesson(kit, l.name(), l.manifest())).toList();
    }

    public Path dir() {
        return kit.resolve(name);
    }

    public Path stubSources() {
        return dir().resolve("src/main/java");
    }

    public Path publicTests() {
        return dir().resolve("src/test/java");
    }

    /** The files of the reference implementation that differ from the stubs: those with exercises. */
    public Path solutionSources() {
        return kit.resolve("solutions").resolve(name).resolve("src/main/java");
    }

    /**
     * The reference implementation as a whole, by path below {@code src/main/java}: the files of
     * {@link #solutionSources()}, and the lesson's given files (which {@code solutions/} does not repeat).
     */
    public SortedMap<String, Path> solutionFiles() {
        SortedMap<String, Path> files = new TreeMap<>();
        for (Path root : List.of(stubSources(), solutionSources())) {
            JavaCompilation.sourcesIn(root).forEach(f -> files.put(KitPath.of(root, f), f));
        }
        return files;
    }

    public Path hiddenTests() {
        return kit.resolve("solutions").resolve(name).resolve("src/test/java");
    }

    /** Data and manifest the tests read from the class path; never taken from a submission. */
    public List<Path> resources() {
        return Stream.concat(mainResources().stream(), testResources().stream()).toList();
    }

    /** The lesson's data, which its code reads: {@code src/main/resources}. */
    public List<Path> mainResources() {
        return Stream.of(dir().resolve("src/main/resources")).filter(Files::isDirectory).toList();
    }

    /** What only the tests read: the public and hidden tests' resources. */
    public List<Path> testResources() {
        return Stream.of(dir().resolve("src/test/resources"),
                kit.resolve("solutions").resolve(name).resolve("src/test/resources")).filter(Files::isDirectory)
                .toList();
    }
}
