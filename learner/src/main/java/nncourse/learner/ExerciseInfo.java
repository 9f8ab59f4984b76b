package nncourse.learner;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What belongs to an exercise rather than to a test, as the lesson's manifest states it.
 *
 * @param id     the exercise's number, e.g. {@code "1.3"}
 * @param title  what the learner implements, e.g. {@code "LogisticRegression.hypothesis"}
 * @param points what the exercise is worth; its tests share them
 * @param file   the source file with its {@code TODO} marker, relative to the lesson folder
 * @param hint   the typical mistakes, shown when a test of the exercise fails
 * @param hidden what kinds of things the hidden tests also check
 */
public record ExerciseInfo(String id, String title, double points, String file, String hint, String hidden) {

    /** The marker a stub carries, e.g. {@code "TODO 1.3"}. */
    public String todoMarker() {
        return "TODO " + id;
    }

    /** True if {@code text} carries this exercise's marker: {@code "TODO 1.1"}, but not {@code "TODO 1.10"}. */
    public boolean isMarkedIn(String text) {
        return Pattern.compile(Pattern.quote(todoMarker()) + "(?![0-9])").matcher(text).find();
    }

    /**
     * The line (from 1) of the lesson's {@link #file} that holds the {@link #todoMarker}; none when the
     * file has no such line, or cannot be read: the learner is then told the file alone.
     */
    public Optional<Integer> todoLine(Path lessonDir) {
        try (Stream<String> lines = Files.lines(lessonDir.resolve(file), StandardCharsets.UTF_8)) {
            List<String> all = lines.toList();
            for (int i = 0; i < all.size(); i++) {
                if (isMarkedIn(all.get(i))) {
                    return Optional.of(i + 1);
                }
            }
        } catch (IOException | UncheckedIOException e) {
            // No file, or not text: no line.
        }
        return Optional.empty();
    }
}
