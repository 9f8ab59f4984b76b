package nncourse.grader.batch;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import nncourse.engine.Folders;
import nncourse.engine.KitLesson;
import nncourse.grader.GraderException;
import nncourse.learner.ExerciseInfo;

/**
 * An example submission shipped with the kit, described rather than copied: which exercises it has
 * solved (their files are taken from {@code solutions/} when it is built), edits of its files (a
 * learner's slip, such as a missing semicolon; none, usually), and the points it must earn. Its
 * descriptor, {@code example.yaml}:
 * <pre>
 * description: a semicolon missing in LogisticRegression.java; lesson 02 started
 * solved: [lesson-01-logistic-regression, 2.1, 2.2]
 * edits:
 *   - name: semicolon-left-out
 *     file: lesson-01-logistic-regression/src/main/java/nncourse/lesson01/LogisticRegression.java
 *     find: |
 *       return Sigmoid.sigmoid(z);
 *     replace: |
 *       return Sigmoid.sigmoid(z)
 * expected:
 *   lesson-01-logistic-regression: 20
 *   lesson-02-artificial-neuron: 25
 *   lesson-03-network: 0
 * </pre>
 * A lesson's name in {@code solved} stands for all its exercises (its whole solution). Exercises that
 * share a file are solved together or not at all. The edits are {@link SolutionEdit}s, their files
 * relative to the submission, made in order after the solved files are laid out.
 */
public record Example(String name, Path dir, String description, Set<String> solved, List<SolutionEdit> edits,
                      Map<String, Double> expected) {

    public static final String DESCRIPTOR = "example.yaml";

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

    /**
     * Reads {@code dir/example.yaml}, a mapping of {@code description} (text), {@code solved} (a list of lessons
     * and exercises), {@code edits} (a list of {@link SolutionEdit}s; optional) and {@code expected} (points by
     * lesson).
     */
    static Example read(Path dir) {
        Path file = dir.resolve(DESCRIPTOR);
        String description = "";
        Set<String> solved = new LinkedHashSet<>();
        List<SolutionEdit> edits = List.of();
        Map<String, Double> expected = new LinkedHashMap<>();
        try (JsonParser p = SolutionEdit.YAML.createParser(file.toFile())) {
            expect(p.nextToken() == JsonToken.START_OBJECT, p, file, "expected a mapping of description, solved,"
                    + " edits and expected");
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken value = p.nextToken();
                switch (field) {
                    case "description" -> {
                        expect(value == JsonToken.VALUE_STRING, p, file, "description must be text");
                        description = p.getText();
                    }
                    case "solved" -> {
                        expect(value == JsonToken.START_ARRAY, p, file, "solved must be a list of lessons and"
                                + " exercises: [lesson-01-logistic-regression, 2.1]");
                        while (p.nextToken() != JsonToken.END_ARRAY) {
                            expect(p.currentToken().isScalarValue(), p, file, "solved lists lessons and exercises");
                            solved.add(p.getText().strip());
                        }
                    }
                    case "edits" -> edits = SolutionEdit.read(p, file, Set.of());
                    case "expected" -> {
                        expect(value == JsonToken.START_OBJECT, p, file, "expected must map each lesson to its"
                                + " points: 'lesson-01-logistic-regression: 100'");
                        while (p.nextToken() == JsonToken.FIELD_NAME) {
                            String lesson = p.currentName();
                            expect(p.nextToken().isNumeric(), p, file, "expected points for " + lesson
                                    + " must be a number");
                            expected.put(lesson, p.getDoubleValue());
                        }
                    }
                    default -> expect(false, p, file, "unknown field '" + field + "'; an example has description,"
                            + " solved, edits and expected");
                }
            }
        } catch (JsonProcessingException e) {
            throw new GraderException(file + ":" + e.getLocation().getLineNr() + ": " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new GraderException("cannot read " + file + ": " + e.getMessage(), e);
        }
        return new Example(dir.getFileName().toString(), dir, description, solved, edits, expected);
    }

    private static void expect(boolean holds, JsonParser p, Path file, String problem) {
        if (!holds) {
            throw new GraderException(file + ":" + p.currentTokenLocation().getLineNr() + ": " + problem);
        }
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
            edits.forEach(edit -> edit.applyIn(target));
        } catch (IOException e) {
            throw new GraderException("cannot lay out the example " + name + " in " + target + ": "
                    + e.getMessage(), e);
        }
        return Submission.of(name, target);
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
