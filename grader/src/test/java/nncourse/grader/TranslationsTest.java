package nncourse.grader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nncourse.engine.KitLesson;
import nncourse.learner.Messages;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Every English text a learner reads has its Korean twin, with the same placeholders. */
@DisplayName("Korean translations")
class TranslationsTest {

    private static final Path KIT = Path.of(System.getProperty("kit.root", "..")).toAbsolutePath().normalize();
    private static final Pattern PLACEHOLDER = Pattern.compile("%(\\d+\\$)?s");

    @TestFactory
    Stream<DynamicTest> everyEnglishTextHasAKoreanTwin() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        tests.add(dynamicTest("messages_ko.properties translates messages.properties",
                () -> assertTwins(resource("messages.properties"), resource("messages_ko.properties"), List.of())));
        for (KitLesson lesson : KitLesson.all(KIT)) {
            Path folder = lesson.dir().resolve("src/test/resources");
            tests.add(dynamicTest(lesson.name() + ": exercises_ko.properties translates the learner's texts",
                    () -> assertTwins(load(folder.resolve("exercises.properties")),
                            load(folder.resolve("exercises_ko.properties")), List.of(".title", ".points", ".file", "lesson.given"))));
            tests.add(dynamicTest(lesson.name() + ": README.ko.md exists",
                    () -> assertTrue(Files.isRegularFile(lesson.dir().resolve("README.ko.md")))));
        }
        tests.add(dynamicTest("README.ko.md exists", () -> assertTrue(Files.isRegularFile(KIT.resolve("README.ko.md")))));
        return tests.stream();
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
                assertEquals(placeholders(english.getProperty(key)), placeholders(ko),
                        "'" + key + "' must have as many %s placeholders in Korean as in English");
            }
        }
        assertTrue(missing.isEmpty(), "no Korean text for " + missing);
        TreeSet<String> extra = new TreeSet<>(korean.stringPropertyNames());
        extra.removeAll(english.stringPropertyNames());
        assertTrue(extra.isEmpty(), "Korean keys without an English original: " + extra);
    }

    private static int placeholders(String text) {
        Matcher m = PLACEHOLDER.matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
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
