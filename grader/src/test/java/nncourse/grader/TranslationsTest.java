package nncourse.grader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nncourse.engine.JavaCompilation;
import nncourse.engine.KitLesson;
import nncourse.learner.Messages;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every text a learner reads has its Korean twin, with the same placeholders: the learner's messages, every
 * lesson's exercises, and the bundle of every public and hidden test class. A test class says all it says
 * through its bundle (no {@code @DisplayName}, no English message left in the source), and uses every key of it.
 */
@DisplayName("Korean translations")
class TranslationsTest {

    private static final Path KIT = Path.of(System.getProperty("kit.root", "..")).toAbsolutePath().normalize();
    private static final Pattern PLACEHOLDER = Pattern.compile("%(?:(\\d+)\\$)?s");
    /** A particle written apart from the placeholder or word it belongs to: "%s 를", "x 는". */
    private static final Pattern DETACHED_PARTICLE = Pattern.compile(
            "(%(\\d+\\$)?s|[A-Za-z0-9)\\]])\\s+(을|를|이|가|은|는|의|에|에서|로|으로|와|과|입니다)(?=\\s|$|[.,?!:;()])");
    private static final Pattern SAID = Pattern.compile("texts\\.say\\(\"([^\"]+)\"");
    private static final Pattern STRING = Pattern.compile("\"((?:\\\\.|[^\"\\\\])*)\"");
    /** In a test's source, a string literal with an English word (math and names of code aside). */
    private static final Pattern ENGLISH = Pattern.compile("(?<![A-Za-z])(?!(?:log|NaN|AND|NAND|NOT|XOR|Neuron"
            + "|iterations|epochs)(?![A-Za-z]))[A-Za-z]{3,}");

    @TestFactory
    Stream<DynamicTest> everyEnglishTextHasAKoreanTwin() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        tests.add(dynamicTest("messages_ko.properties translates messages.properties",
                () -> assertTwins(resource("messages.properties"), resource("messages_ko.properties"), List.of())));
        for (KitLesson lesson : KitLesson.all(KIT)) {
            Path folder = lesson.dir().resolve("src/test/resources");
            tests.add(dynamicTest(lesson.name() + ": exercises_ko.properties translates the learner's texts",
                    () -> assertTwins(load(folder.resolve("exercises.properties")),
                            load(folder.resolve("exercises_ko.properties")),
                            List.of(".title", ".points", ".file", "lesson.given"))));
            tests.add(dynamicTest(lesson.name() + ": README.ko.md exists",
                    () -> assertTrue(Files.isRegularFile(lesson.dir().resolve("README.ko.md")))));
            for (Path source : testSources(lesson)) {
                Path bundle = bundleOf(source);
                String name = lesson.name() + ": " + source.getFileName();
                tests.add(dynamicTest(name + " says everything through its bundle, and uses all of it",
                        () -> assertSaysThroughItsBundle(source, bundle)));
                if (Files.exists(bundle)) {
                    Path korean = bundle.resolveSibling(bundle.getFileName().toString()
                            .replace(".properties", "_ko.properties"));
                    tests.add(dynamicTest(name + ": its _ko bundle translates its bundle",
                            () -> assertTwins(load(bundle), load(korean), List.of())));
                }
            }
        }
        tests.add(dynamicTest("README.ko.md exists",
                () -> assertTrue(Files.isRegularFile(KIT.resolve("README.ko.md")))));
        tests.add(dynamicTest("Korean particles attach to the placeholder or word before them",
                this::noDetachedParticle));
        return tests.stream();
    }

    /** The public and hidden test sources of a lesson, helpers included. */
    private static List<Path> testSources(KitLesson lesson) throws IOException {
        List<Path> sources = new ArrayList<>();
        for (Path root : List.of(lesson.publicTests(), lesson.hiddenTests())) {
            sources.addAll(JavaCompilation.sourcesIn(root));
        }
        return sources;
    }

    /**
     * {@code …/src/test/java/nncourse/lesson01/SigmoidTest.java} →
     * {@code …/src/test/resources/nncourse/lesson01/SigmoidTest.properties}.
     */
    private static Path bundleOf(Path source) {
        Path root = source;
        while (!root.getFileName().toString().equals("java")) {
            root = root.getParent();
        }
        return root.resolveSibling("resources")
                .resolve(root.relativize(source).toString().replaceAll("\\.java$", ".properties"));
    }

    /**
     * No {@code @DisplayName} and no English string literal in the source; the bundle holds exactly the keys the
     * class uses: {@code class}, its nested classes' and test methods' names ({@code Nested.method} inside a nested
     * class), and those it says.
     */
    private static void assertSaysThroughItsBundle(Path source, Path bundle) throws IOException {
        String text = Files.readString(source);
        List<String> problems = new ArrayList<>();
        if (text.contains("@DisplayName(")) {
            problems.add("@DisplayName: names come from the bundle through"
                    + " @DisplayNameGeneration(TestTexts.Names.class)");
        }
        for (String line : text.split("\n")) {
            if (line.strip().matches("@(Tag|MethodSource|Exercise)\\(.*") || line.strip().startsWith("*")) {
                continue;
            }
            Matcher literal = STRING.matcher(line.replaceAll("//.*", "").replaceAll("texts\\.say\\(\"[^\"]*\"", ""));
            while (literal.find()) {
                if (ENGLISH.matcher(literal.group(1)).find()) {
                    problems.add("English literal " + literal.group() + ": put it in the bundle, texts.say(\"…\")");
                }
            }
        }
        Set<String> used = keysUsed(text, source.getFileName().toString().replace(".java", ""));
        Properties english = used.isEmpty() && !Files.exists(bundle) ? new Properties() : load(bundle);
        TreeSet<String> missing = new TreeSet<>(used);
        missing.removeAll(english.stringPropertyNames());
        TreeSet<String> unused = new TreeSet<>(english.stringPropertyNames());
        unused.removeAll(used);
        if (!missing.isEmpty()) {
            problems.add("keys used but not in " + bundle.getFileName() + ": " + missing);
        }
        if (!unused.isEmpty()) {
            problems.add("keys of " + bundle.getFileName() + " that nothing uses: " + unused);
        }
        assertTrue(problems.isEmpty(), () -> source + ":\n  " + String.join("\n  ", problems));
    }

    /** The keys a test class's source uses, as {@code TestTexts} and its {@code Names} look them up. */
    private static Set<String> keysUsed(String text, String topLevel) {
        Set<String> keys = new TreeSet<>();
        Matcher said = SAID.matcher(text);
        while (said.find()) {
            keys.add(said.group(1));
        }
        if (!text.contains("@DisplayNameGeneration(TestTexts.Names.class)")) {
            return keys;
        }
        keys.add("class");
        String code = STRING.matcher(text.replaceAll("(?s)/\\*.*?\\*/|//[^\n]*", "")).replaceAll("\"\"");
        Matcher m = Pattern.compile("\\bclass\\s+(\\w+)|\\{|}|@(?:Test|ParameterizedTest|Nested)\\b"
                + "|\\bvoid\\s+(\\w+)\\s*\\(").matcher(code);
        Deque<String> classes = new ArrayDeque<>(); // the class each open brace belongs to, or "" for a block
        String declared = null;
        boolean test = false;
        boolean nested = false;
        while (m.find()) {
            String token = m.group();
            if (token.equals("@Nested")) {
                nested = true;
            } else if (m.group(1) != null) {
                declared = m.group(1);
                if (nested) {
                    keys.add(declared);
                }
                nested = false;
            } else if (token.equals("{")) {
                classes.push(declared != null ? declared : "");
                declared = null;
            } else if (token.equals("}")) {
                classes.pop();
            } else if (token.startsWith("@")) {
                test = true;
            } else if (test) {
                String inClass = classes.stream().filter(c -> !c.isEmpty()).findFirst().orElse(topLevel);
                keys.add(inClass.equals(topLevel) ? m.group(2) : inClass + "." + m.group(2));
                test = false;
            }
        }
        return keys;
    }

    private void noDetachedParticle() throws IOException {
        List<Path> korean = new ArrayList<>();
        try (Stream<Path> files = Stream.concat(Files.walk(KIT.resolve("learner/src/main/resources")),
                KitLesson.all(KIT).stream().flatMap(l -> l.testResources().stream())
                        .flatMap(TranslationsTest::walk))) {
            files.filter(f -> f.getFileName().toString().endsWith("_ko.properties")).distinct().sorted()
                    .forEach(korean::add);
        }
        assertTrue(korean.size() > 3, "no Korean bundles found in " + KIT);
        List<String> problems = new ArrayList<>();
        for (Path file : korean) {
            Properties p = load(file);
            for (String key : new TreeSet<>(p.stringPropertyNames())) {
                Matcher m = DETACHED_PARTICLE.matcher(p.getProperty(key));
                if (m.find()) {
                    problems.add(KIT.relativize(file) + " " + key + ": \"" + m.group() + "\"");
                }
            }
        }
        assertTrue(problems.isEmpty(), () -> "write a particle right after its word or placeholder (\"%s를\", not"
                + " \"%s 를\"; 을(를) where the last sound is not known):\n  " + String.join("\n  ", problems));
    }

    private static Stream<Path> walk(Path dir) {
        try {
            return Files.isDirectory(dir) ? Files.walk(dir).toList().stream() : Stream.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void assertTwins(Properties english, Properties korean, List<String> untranslatedSuffixes) {
        TreeSet<String> missing = new TreeSet<>();
        for (String key : english.stringPropertyNames()) {
            if (untranslatedSuffixes.stream().anyMatch(key::endsWith)) {
                continue;
            }
            String ko = korean.getProperty(key);
            if (ko == null || ko.isBlank()) {
                missing.add(key);
            } else {
                assertEquals(arguments(english.getProperty(key)), arguments(ko),
                        "'" + key + "' must fill the same arguments in Korean as in English (%s, or %2$s to reorder)");
            }
        }
        assertTrue(missing.isEmpty(), "no Korean text for " + missing);
        TreeSet<String> extra = new TreeSet<>(korean.stringPropertyNames());
        extra.removeAll(english.stringPropertyNames());
        assertTrue(extra.isEmpty(), "Korean keys without an English original: " + extra);
    }

    /** The arguments a text's placeholders fill, in order of argument: "%s of %s" and "%2$s 중 %1$s" both [1, 2]. */
    private static List<Integer> arguments(String text) {
        Matcher m = PLACEHOLDER.matcher(text);
        List<Integer> arguments = new ArrayList<>();
        int next = 0;
        while (m.find()) {
            arguments.add(m.group(1) != null ? Integer.parseInt(m.group(1)) : ++next);
        }
        arguments.sort(null);
        return arguments;
    }

    private static Properties resource(String name) throws IOException {
        try (InputStream in = Messages.class.getResourceAsStream(name)) {
            return load(in);
        }
    }

    private static Properties load(Path file) throws IOException {
        assertTrue(Files.isRegularFile(file), file + " is missing");
        try (InputStream in = Files.newInputStream(file)) {
            return load(in);
        }
    }

    private static Properties load(InputStream in) throws IOException {
        Properties p = new Properties();
        p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        return p;
    }
}
