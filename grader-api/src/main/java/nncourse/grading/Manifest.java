package nncourse.grading;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * A lesson's exercises, read from its {@code exercises.properties} (UTF-8):
 * <pre>
 * lesson.title=Logistic regression
 * 1.1.title=Sigmoid.sigmoid
 * 1.1.points=10
 * 1.1.file=src/main/java/nncourse/lesson01/Sigmoid.java
 * 1.1.hint=…
 * 1.1.hidden=…
 * </pre>
 * The scoreboard, the grader, the notebook check and the release all read this one file.
 */
public record Manifest(String title, List<ExerciseInfo> exercises) {

    /** Where a lesson keeps its manifest, relative to the lesson folder. */
    public static final String LOCATION = "src/test/resources/" + Manifest.RESOURCE;

    /** The manifest's name on the test classpath. */
    public static final String RESOURCE = "exercises.properties";

    private static final Pattern POINTS_KEY = Pattern.compile("(\\d+\\.\\d+)\\.points");

    public Manifest {
        exercises = List.copyOf(exercises);
    }

    public static Manifest read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the exercise manifest " + file, e);
        }
    }

    public static Manifest read(InputStream in) throws IOException {
        Properties p = new Properties();
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            p.load(reader);
        }
        List<ExerciseInfo> exercises = new ArrayList<>();
        for (String key : p.stringPropertyNames()) {
            var m = POINTS_KEY.matcher(key);
            if (m.matches()) {
                String id = m.group(1);
                exercises.add(new ExerciseInfo(id, p.getProperty(id + ".title", id),
                        Double.parseDouble(p.getProperty(key).trim()), p.getProperty(id + ".file", ""),
                        p.getProperty(id + ".hint", ""), p.getProperty(id + ".hidden", "")));
            }
        }
        exercises.sort(Comparator.comparing(ExerciseInfo::id, Manifest::compareIds));
        return new Manifest(p.getProperty("lesson.title", ""), exercises);
    }

    public Optional<ExerciseInfo> exercise(String id) {
        return exercises.stream().filter(e -> e.id().equals(id)).findFirst();
    }

    public double points() {
        return exercises.stream().mapToDouble(ExerciseInfo::points).sum();
    }

    /** Orders "1.2" before "1.10". */
    public static int compareIds(String a, String b) {
        String[] x = a.split("\\."), y = b.split("\\.");
        for (int i = 0; i < Math.min(x.length, y.length); i++) {
            int c = Integer.compare(Integer.parseInt(x[i]), Integer.parseInt(y[i]));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(x.length, y.length);
    }
}
