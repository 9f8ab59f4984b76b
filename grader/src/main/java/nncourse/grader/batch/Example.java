package nncourse.grader.batch;

import nncourse.engine.Folders;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;
import nncourse.grader.GraderException;
import nncourse.engine.KitLesson;
import nncourse.learner.ExerciseInfo;

/**
 * An example submission shipped with the kit, described rather than copied: which exercises it has
 * solved (their files are taken from {@code solutions/} when it is built), an optional edit of one
 * file (a learner's slip, such as a missing semicolon), and the points it must earn. Its descriptor,
 * {@code example.properties}:
 * <pre>
 * description=Lesson 01 done, lesson 02 half done
 * solved=lesson-01-logistic-regression, 2.1, 2.2
 * edit.file=lesson-01-logistic-regression/src/main/java/nncourse/lesson01/LogisticRegression.java
 * edit.find=;\n    }
 * edit.replace=\n    }
 * expected.lesson-01-logistic-regression=100
 * expected.lesson-02-artificial-neuron=25
 * </pre>
 * A lesson's name in {@code solved} stands for all its exercises (its whole solution). Exercises that
 * share a file are solved together or not at all.
 */
public record Example(String name, Path dir, String description, Set<String> solved, Edit edit,
                      Map<String, Double> expected) {

    public static final String DESCRIPTOR = "example.properties";

    /** Replaces the first {@code find} in {@code file} (relative to the submission) by {@code replace}. */
    public record Edit(String file, String find, String replace) {}

    /** The examples below {@code grader/examples} of the kit, by folder name. */
    public static List<Example> in(Path kit) {
        Path root = kit.resolve("grader/examples");
        if (!Files.isDirectory(root)) {
            throw new GraderException("no example submissions: " + root + " is missing (is --kit the course kit?)");
        }
        try (Stream<Path> dirs = Files.list(root)) {
            List<Example> examples = dirs.filter(d -> Files.isRegularFile(d.resolve(DESCRIPTOR))).sorted()
                    .map(Example::read).toList();
            if (examples.isEmpty()) {
                throw new GraderException("no example submissions in " + root + " (folders with " + DESCRIPTOR + ")");
            }
            return examples;
        } catch (IOException e) {
            throw new GraderException("cannot read " + root + ": " + e.getMessage(), e);
        }
    }

    static Example read(Path dir) {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(dir.resolve(DESCRIPTOR), StandardCharsets.UTF_8)) {
            p.load(in);
        } catch (IOException e) {
            throw new GraderException("cannot read " + dir.resolve(DESCRIPTOR) + ": " + e.getMessage(), e);
        }
        Set<String> solved = new LinkedHashSet<>();
        for (String item : p.getProperty("solved", "").split(",")) {
            if (!item.isBlank()) {
                solved.add(item.strip());
            }
        }
        Map<String, Double> expected = new LinkedHashMap<>();
        for (String key : p.stringPropertyNames().stream().sorted().toList()) {
            if (key.startsWith("expected.")) {
                try {
                    expected.put(key.substring("expected.".length()), Double.parseDouble(p.getProperty(key).strip()));
                } catch (NumberFormatException e) {
                    throw new GraderException(dir.resolve(DESCRIPTOR) + ": " + key + " must be a number of points");
                }
            }
        }
        Edit edit = p.containsKey("edit.file")
                ? new Edit(p.getProperty("edit.file").strip(), p.getProperty("edit.find", ""),
                        p.getProperty("edit.replace", ""))
                : null;
        if (edit != null && edit.find().isEmpty()) {
            throw new GraderException(dir.resolve(DESCRIPTOR) + ": edit.file needs an edit.find");
        }
        return new Example(dir.getFileName().toString(), dir, p.getProperty("description", ""), solved, edit, expected);
    }

    public double expectedTotal() {
        return expected.values().stream().mapToDouble(Double::doubleValue).sum();
    }

    /**
     * Lays the example out in {@code target} as a learner would hand it in: each lesson's stubs, the
     * solved exercises' files from {@code solutions/} over them, then the edit.
     */
    public Submission build(Path kit, List<KitLesson> lessons, Path target) {
        checkNames(lessons);
        try {
            for (KitLesson lesson : lessons) {
                Path lessonDir = target.resolve(lesson.name());
                Folders.copy(lesson.stubSources(), lessonDir.resolve("src/main/java"));
                if (solved.contains(lesson.name())) {
                    Folders.copy(lesson.solutionSources(), lessonDir.resolve("src/main/java"));
                }
                for (String file : solvedFiles(lesson)) {
                    Path solution = kit.resolve("solutions").resolve(lesson.name()).resolve(file);
                    if (!Files.isRegularFile(solution)) {
                        throw new GraderException("example " + name + ": the solution " + kit.relativize(solution)
                                + " is missing");
                    }
                    Files.createDirectories(lessonDir.resolve(file).getParent());
                    Files.copy(solution, lessonDir.resolve(file), StandardCopyOption.REPLACE_EXISTING);
                }
            }
            if (edit != null) {
                applyEdit(target);
            }
        } catch (IOException e) {
            throw new GraderException("cannot lay out the example " + name + " in " + target + ": "
                    + e.getMessage(), e);
        }
        return Submission.of(name, target);
    }

    private void applyEdit(Path target) throws IOException {
        Path file = target.resolve(edit.file()).normalize();
        if (!file.startsWith(target) || !Files.isRegularFile(file)) {
            throw new GraderException("example " + name + ": edit.file " + edit.file()
                    + " is not a file of the submission");
        }
        String text = Files.readString(file, StandardCharsets.UTF_8);
        int at = text.indexOf(edit.find());
        if (at < 0) {
            throw new GraderException("example " + name + ": edit.find does not occur in " + edit.file());
        }
        Files.writeString(file, text.substring(0, at) + edit.replace() + text.substring(at + edit.find().length()),
                StandardCharsets.UTF_8);
    }

    /** The files (relative to the lesson) of the lesson's solved exercises. */
    private List<String> solvedFiles(KitLesson lesson) {
        Set<String> files = new LinkedHashSet<>();
        for (ExerciseInfo e : lesson.manifest().exercises()) {
            if (solves(lesson, e)) {
                files.add(e.file());
            }
        }
        for (ExerciseInfo e : lesson.manifest().exercises()) {
            if (!solves(lesson, e) && files.contains(e.file())) {
                throw new GraderException("example " + name + " solves some exercises of " + e.file() + " but not "
                        + e.id() + ", which is in the same file: solve all of that file's exercises or none");
            }
        }
        return new ArrayList<>(files);
    }

    private boolean solves(KitLesson lesson, ExerciseInfo e) {
        return solved.contains(lesson.name()) || solved.contains(e.id());
    }

    private void checkNames(List<KitLesson> lessons) {
        Set<String> known = new LinkedHashSet<>();
        lessons.forEach(l -> {
            known.add(l.name());
            l.manifest().exercises().forEach(e -> known.add(e.id()));
        });
        for (String s : solved) {
            if (!known.contains(s)) {
                throw new GraderException("example " + name + " solves '" + s + "', which is neither a lesson nor an"
                        + " exercise of the kit");
            }
        }
    }
}
