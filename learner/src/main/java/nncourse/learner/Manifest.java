package nncourse.learner;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.regex.Pattern;

/**
 * A lesson's exercises, read from its {@code exercises.properties} (UTF-8):
 * <pre>
 * lesson.title=Logistic regression
 * lesson.given=src/main/java/nncourse/lesson01/Dataset.java, …
 * 1.1.title=Sigmoid.sigmoid
 * 1.1.points=10
 * 1.1.file=src/main/java/nncourse/lesson01/Sigmoid.java
 * 1.1.hint=…
 * 1.1.hidden=…
 * </pre>
 * {@code lesson.given} lists the lesson's given files (finished code, no exercise): with the exercises'
 * files, they are all the files of the lesson. The scoreboard, the grader, the notebook check and the
 * release all read this one file; its
 * translations ({@code exercises_ko.properties}) hold the learner's texts in other languages.
 */
public record Manifest(String title, List<ExerciseInfo> exercises, List<String> given) {

    /** Where a lesson keeps its manifest, relative to the lesson folder. */
    public static final String LOCATION = "src/test/resources/" + Manifest.RESOURCE;

    /** The manifest's name on the test classpath. */
    public static final String RESOURCE = "exercises.properties";

    private static final Pattern POINTS_KEY = Pattern.compile("(\\d+\\.\\d+)\\.points");

    public Manifest {
        exercises = List.copyOf(exercises);
        given = List.copyOf(given);
    }

    /**
     * The manifest in the learner's language ({@link Messages#locale()}): e.g. {@code exercises_ko.properties}
     * over the base file.
     */
    public static Manifest read(Path file) {
        return read(file, Messages.locale());
    }

    /**
     * The manifest {@code file}, with the texts of its translation for {@code locale} (e.g.
     * {@code exercises_ko.properties} beside it) where there is one: a standard {@link ResourceBundle}.
     */
    public static Manifest read(Path file, Locale locale) {
        String name = file.getFileName().toString().replaceFirst("\\.properties$", "");
        try (URLClassLoader folder = new URLClassLoader(new URL[] {file.toAbsolutePath().getParent().toUri().toURL()},
                null)) {
            ResourceBundle bundle = ResourceBundle.getBundle(name, locale, folder,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            Properties p = new Properties();
            bundle.keySet().forEach(k -> p.setProperty(k, bundle.getString(k)));
            ResourceBundle.clearCache(folder);
            return of(p);
        } catch (IOException | MissingResourceException e) {
            throw new IllegalArgumentException("cannot read the exercise manifest " + file + ": " + e.getMessage(), e);
        }
    }

    /** The manifest a class loader sees (a lesson's test class path), if it sees one. */
    public static Optional<Manifest> onClassPath(ClassLoader loader) {
        URL url = loader.getResource(RESOURCE);
        if (url == null) {
            return Optional.empty();
        }
        try (InputStream in = url.openStream()) {
            return Optional.of(read(in));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + url, e);
        }
    }

    /** The manifest as it stands in {@code in}, untranslated. */
    public static Manifest read(InputStream in) throws IOException {
        Properties p = new Properties();
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            p.load(reader);
        }
        return of(p);
    }

    private static Manifest of(Properties p) {
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
        List<String> given = Arrays.stream(p.getProperty("lesson.given", "").split("[,\\s]+"))
                .filter(f -> !f.isBlank()).toList();
        return new Manifest(p.getProperty("lesson.title", ""), exercises, given);
    }

    public Optional<ExerciseInfo> exercise(String id) {
        return exercises.stream().filter(e -> e.id().equals(id)).findFirst();
    }

    public double points() {
        return exercises.stream().mapToDouble(ExerciseInfo::points).sum();
    }

    /** Orders "1.2" before "1.10". */
    public static int compareIds(String a, String b) {
        String[] x = a.split("\\.");
        String[] y = b.split("\\.");
        for (int i = 0; i < Math.min(x.length, y.length); i++) {
            int c = Integer.compare(Integer.parseInt(x[i]), Integer.parseInt(y[i]));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(x.length, y.length);
    }
}
