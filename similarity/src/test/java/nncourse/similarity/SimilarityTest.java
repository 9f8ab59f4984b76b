package nncourse.similarity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import nncourse.grader.batch.Submission;
import nncourse.grader.batch.Submissions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("The similarity check")
class SimilarityTest {

    private static final double THRESHOLD = SimilarCommand.DEFAULT_THRESHOLD_PERCENT / 100;

    @TempDir
    static Path dir;

    private static Path submissions;
    private static List<LessonResult> results;

    /** One class of five: the solutions, a disguised copy of them, two independent answers, the stubs. */
    @BeforeAll
    static void compareTheClass() throws IOException {
        submissions = dir.resolve("submissions");
        Submitted.solved(submissions, "original");
        Submitted.disguised(submissions, "copy");
        Submitted.filledIn(submissions, "dana", "dana.txt");
        Submitted.filledIn(submissions, "emil", "emil.txt");
        Submitted.untouched(submissions, "stubs");
        List<Submission> all = Submissions.in(submissions, dir.resolve("unzipped"), new ArrayList<>());
        results = new ArrayList<>();
        for (Path lesson : Submitted.lessons()) {
            String name = lesson.getFileName().toString();
            results.add(LessonCheck.run(name, lesson.resolve("src/main/java"), all, dir.resolve("work").resolve(name)));
        }
        results.forEach(r -> r.pairs().forEach(p -> System.out.printf(Locale.ROOT, "%s %s~%s avg %.1f%% max %.1f%%%n",
                p.lesson(), p.first(), p.second(), 100 * p.average(), 100 * p.maximum())));
    }

    @Test
    @DisplayName("finds a copy of the solutions with renamed variables and reordered methods, in every lesson")
    void findsTheDisguisedCopy() {
        for (LessonResult lesson : results) {
            SimilarPair pair = pair(lesson.lesson(), "copy", "original");
            assertTrue(pair.reaches(THRESHOLD), lesson.lesson() + ": " + pair);
        }
    }

    @Test
    @DisplayName("does not flag independent correct answers to lesson 02 at the default threshold")
    void leavesIndependentAnswersAlone() {
        List<String> independent = List.of("dana", "emil", "original");
        for (SimilarPair pair : lesson(Submitted.LESSON_02).pairs()) {
            if (independent.contains(pair.first()) && independent.contains(pair.second())) {
                assertFalse(pair.reaches(THRESHOLD), pair.toString());
            }
        }
    }

    @Test
    @DisplayName("counts nothing of the stubs: an untouched edition is like no one")
    void takesTheStubsOut() {
        for (LessonResult lesson : results) {
            lesson.pairs().stream().filter(p -> p.first().equals("stubs") || p.second().equals("stubs"))
                    .forEach(p -> assertFalse(p.reaches(THRESHOLD), p.toString()));
        }
    }

    @Test
    @DisplayName("is tested on independent answers that compile")
    void independentAnswersCompile() throws IOException {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        for (String who : List.of("dana", "emil")) {
            Path sources = submissions.resolve(who).resolve(Submitted.LESSON_02).resolve("src/main/java");
            List<String> args = new ArrayList<>(List.of("-d", Files.createTempDirectory(dir, who).toString()));
            Submitted.javaFiles(sources).forEach(f -> args.add(f.toString()));
            assertEquals(0, javac.run(null, null, null, args.toArray(String[]::new)), who + " does not compile");
            assertFalse(Submitted.read(sources.resolve("nncourse/lesson02/Neuron.java")).contains("TODO"), who);
        }
    }

    @Test
    @DisplayName("writes the pairs to similarity.csv and similarity.html, names escaped")
    void writesTheReport() throws IOException {
        Path odd = dir.resolve("odd");
        Submitted.solved(odd, "<img src=x onerror=alert(1)>");
        Submitted.disguised(odd, "copy, \"quoted\"");
        Path out = dir.resolve("out");
        assertEquals(0, SimilarCommand.execute("--kit", Submitted.KIT.toString(), "--submissions", odd.toString(),
                "--out", out.toString(), "--threshold", "0"));
        String html = Files.readString(out.resolve("similarity.html"));
        assertFalse(html.contains("<img"), "the name is escaped");
        assertTrue(html.contains("&lt;img src=x onerror=alert(1)&gt;"), html);
        List<String> csv = Files.readAllLines(out.resolve("similarity.csv"), StandardCharsets.UTF_8);
        assertEquals("\uFEFFlesson,submission_a,submission_b,similarity_avg,similarity_max", csv.get(0));
        assertEquals(1 + Submitted.lessons().size(), csv.size(), String.join("\n", csv));
        System.out.println(String.join("\n", csv));
        assertTrue(csv.get(1).startsWith(Submitted.lessons().get(0).getFileName()
                + ",<img src=x onerror=alert(1)>,\"copy, \"\"quoted\"\"\","), csv.get(1));
    }

    @Test
    @DisplayName("refuses a threshold that is no percentage, in one line")
    void refusesABadThreshold() {
        assertEquals(1, SimilarCommand.execute("--kit", Submitted.KIT.toString(), "--submissions",
                submissions.toString(), "--out", dir.resolve("bad").toString(), "--threshold", "120"));
    }

    private static LessonResult lesson(String name) {
        return results.stream().filter(r -> r.lesson().equals(name)).findFirst().orElseThrow();
    }

    private static SimilarPair pair(String lesson, String a, String b) {
        return lesson(lesson).pairs().stream()
                .filter(p -> p.first().equals(a) && p.second().equals(b) || p.first().equals(b) && p.second().equals(a))
                .findFirst().orElseThrow(() -> new AssertionError(lesson + ": no pair " + a + "~" + b));
    }
}
