package nncourse.grader.release;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nncourse.engine.KitLesson;
import nncourse.grader.GraderException;
import nncourse.learner.ClassroomResult;
import nncourse.learner.ExerciseInfo;
import nncourse.learner.KitPath;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code grader release}: the student edition holds what learners need and gives no solution away. */
@DisplayName("The student edition")
class StudentEditionTest {

    private static final Path KIT = Path.of(System.getProperty("kit.root", "..")).toAbsolutePath().normalize();

    @TempDir
    static Path work;
    private static Path edition;
    private static StudentEdition.Result result;

    @BeforeAll
    static void release() {
        edition = work.resolve("student");
        result = StudentEdition.release(KIT, edition, false);
    }

    @Test
    @DisplayName("has no file of solutions/, no hidden test and no line of a solution, checked file by file")
    void givesNoSolutionAway() throws IOException {
        assertEquals(List.of(), EditionCheck.breaches(KIT, edition), "files of the edition that give a solution away");
        assertTrue(files(edition).size() > 20, "the edition holds the lessons");
        assertTrue(EditionCheck.solutionPieces(KIT).size() > 15, "the solutions' own pieces are known");
    }

    @Test
    @DisplayName("is refused when a solution file slips in, and says which file")
    void refusesASolution() throws IOException {
        Path copy = work.resolve("leaky");
        StudentEdition.release(KIT, copy, false);
        Path stub = firstExerciseFile();
        Files.copy(solutionOf(stub), copy.resolve(KIT.relativize(stub).toString()),
                StandardCopyOption.REPLACE_EXISTING);
        List<String> breaches = EditionCheck.breaches(KIT, copy);
        assertEquals(1, breaches.size(), () -> "breaches: " + breaches);
        assertTrue(breaches.get(0).startsWith(KitPath.of(KIT, stub)), breaches.get(0));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"README.md", "README.ko.md", "src/test/java/nncourse/Notes.java"})
    @DisplayName("is refused when a solution's method body is pasted into a file it ships, and says where")
    void refusesAPastedMethodBody(String into) throws IOException {
        Path copy = work.resolve("pasted-" + into.replaceAll("\\W", "-"));
        StudentEdition.release(KIT, copy, false);
        Path stub = firstExerciseFile();
        List<String> body = solutionOnlyLines(stub);
        String lesson = KIT.relativize(stub).getName(0).toString();
        Path target = copy.resolve(lesson).resolve(into);
        Files.createDirectories(target.getParent());
        Files.writeString(target, "\n```java\n" + String.join("\n", body) + "\n```\n", StandardCharsets.UTF_8,
                StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        List<String> breaches = EditionCheck.breaches(KIT, copy);
        assertEquals(1, breaches.size(), () -> "breaches: " + breaches);
        assertTrue(breaches.get(0).startsWith(lesson + "/" + into + ":"), breaches.get(0));
    }

    @Test
    @DisplayName("is refused when a piece of a solution is pasted into a notebook cell")
    void refusesASolutionInANotebook() throws IOException {
        Path copy = work.resolve("notebook");
        StudentEdition.release(KIT, copy, false);
        List<String> piece = EditionCheck.solutionPieces(KIT).values().iterator().next();
        Path notebook;
        try (Stream<Path> notebooks = Files.list(copy.resolve("notebooks"))) {
            notebook = notebooks.filter(f -> f.toString().endsWith(".ipynb")).sorted().findFirst().orElseThrow();
        }
        ObjectMapper json = new ObjectMapper();
        ObjectNode root = (ObjectNode) json.readTree(notebook.toFile());
        ObjectNode cell = ((ArrayNode) root.get("cells")).addObject();
        cell.put("cell_type", "code").putObject("metadata");
        cell.putArray("outputs");
        ArrayNode source = cell.putArray("source");
        piece.forEach(line -> source.add("    " + line + "\n"));
        json.writerWithDefaultPrettyPrinter().writeValue(notebook.toFile(), root);
        List<String> breaches = EditionCheck.breaches(KIT, copy);
        assertEquals(1, breaches.size(), () -> "breaches: " + breaches);
        assertTrue(breaches.get(0).startsWith("notebooks/"), breaches.get(0));
    }

    /** The first exercise file of the first lesson: its stub. */
    private static Path firstExerciseFile() {
        KitLesson lesson = KitLesson.all(KIT).get(0);
        return lesson.dir().resolve(lesson.manifest().exercises().get(0).file());
    }

    private static Path solutionOf(Path stub) {
        return KIT.resolve("solutions").resolve(KIT.relativize(stub).toString());
    }

    /** The lines of a stub's solution that the stub does not have: its exercises' method bodies. */
    private static List<String> solutionOnlyLines(Path stub) throws IOException {
        Set<String> stubLines = new HashSet<>(Files.readAllLines(stub, StandardCharsets.UTF_8));
        return Files.readAllLines(solutionOf(stub), StandardCharsets.UTF_8).stream()
                .filter(l -> !stubLines.contains(l)).toList();
    }

    @Test
    @DisplayName("has every lesson with its stubs, public tests and manifest, learner, scoreboard and the wrapper")
    void hasWhatLearnersNeed() {
        for (String path : List.of("mvnw", "mvnw.cmd", ".mvn/maven.config", ".mvn/wrapper/maven-wrapper.properties",
                "README.md", "pom.xml", "learner/pom.xml", "scoreboard/pom.xml", ClassroomWorkflow.PATH)) {
            assertTrue(Files.isRegularFile(edition.resolve(path)), path);
        }
        for (KitLesson lesson : KitLesson.all(KIT)) {
            Path dir = edition.resolve(lesson.name());
            assertTrue(Files.isRegularFile(dir.resolve("src/test/resources/exercises.properties")), lesson.name());
            assertEquals(names(lesson.stubSources()), names(dir.resolve("src/main/java")), lesson.name() + " stubs");
            assertEquals(names(lesson.publicTests()), names(dir.resolve("src/test/java")), lesson.name() + " tests");
        }
        for (String teachers : List.of("grader", "similarity", "solutions", ".ci")) {
            assertFalse(Files.exists(edition.resolve(teachers)), teachers);
        }
    }

    @Test
    @DisplayName("builds without the teacher's modules (grader, similarity) and the solutions profile")
    void parentPomForLearners() throws IOException {
        ParentPom pom = ParentPom.read(edition.resolve("pom.xml"));
        List<String> learners = new ArrayList<>(ParentPom.read(KIT.resolve("pom.xml")).modules());
        learners.removeAll(List.of("grader", "similarity"));
        assertEquals(learners, pom.modules(), "every module but the teacher's, in the kit's order");
        String text = Files.readString(edition.resolve("pom.xml"));
        assertFalse(text.contains("<id>solutions</id>"), "the solutions profile is left out");
    }

    @Test
    @DisplayName("has READMEs without the maintainers' and teachers' sections")
    void readmeForLearners() throws IOException {
        String readme = Files.readString(edition.resolve("README.md"), StandardCharsets.UTF_8);
        assertTrue(readme.contains("./mvnw test"), "the learners' quick start stays");
        assertFalse(readme.contains("## Teachers"));
        assertFalse(readme.contains("## Maintainers"));
        assertFalse(readme.contains("-Psolutions"));
    }

    @Test
    @DisplayName("mentions no file learners do not have, in any text they read")
    void mentionsOnlyWhatLearnersHave() throws IOException {
        Pattern absent = Pattern.compile(
                "solutions/|-Psolutions|curriculum|\\.\\./shared|grader/|/work/|/root/|/home/");
        List<String> found = new ArrayList<>();
        for (Path file : files(edition)) {
            String path = KitPath.of(edition, file);
            boolean read = path.matches("(README.*\\.md|lesson-[^/]+/.*|notebooks/.*"
                    + "|learner/src/main/resources/.*|\\.github/.*)")
                    && path.matches(".*\\.(md|java|properties|ipynb|jsh|yml|txt)");
            if (read) {
                List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
                for (int i = 0; i < lines.size(); i++) {
                    Matcher m = absent.matcher(lines.get(i));
                    if (m.find()) {
                        found.add(path + ":" + (i + 1) + ": " + m.group());
                    }
                }
            }
        }
        assertEquals(List.of(), found);
    }

    @Test
    @DisplayName("has a Classroom workflow that reports every exercise to Classroom's reporter, worth its points")
    void classroomWorkflow() throws IOException {
        JsonNode workflow = new ObjectMapper(new YAMLFactory())
                .readTree(edition.resolve(ClassroomWorkflow.PATH).toFile());
        JsonNode reporter = null;
        for (JsonNode step : workflow.at("/jobs/" + ClassroomWorkflow.JOB + "/steps")) {
            if (step.path("uses").asText().equals(ClassroomWorkflow.REPORTER_ACTION)) {
                reporter = step;
            }
        }
        List<String> ids = new ArrayList<>();
        for (KitLesson lesson : KitLesson.all(KIT)) {
            for (ExerciseInfo e : lesson.manifest().exercises()) {
                String id = ClassroomResult.runner(e);
                ids.add(id);
                assertEquals("${{ steps." + ClassroomWorkflow.RESULTS_STEP + ".outputs." + id + " }}",
                        reporter.at("/env/" + id.toUpperCase() + "_RESULTS").asText());
            }
        }
        assertEquals(String.join(",", ids), reporter.at("/with/runners").asText());
        assertEquals(ids.size(), new TreeSet<>(ids).size(), "runner ids are unique");
        assertTrue(ids.stream().allMatch(id -> id.matches("[a-zA-Z0-9]+")), "as the reporter's check wants them");
    }

    @Test
    @DisplayName("is zipped under its folder's name, with mvnw executable")
    void zipped() throws IOException {
        assertEquals(edition.resolveSibling("student.zip"), result.zip());
        Set<String> entries = new TreeSet<>();
        try (ZipFile zip = ZipFile.builder().setPath(result.zip()).get()) {
            for (ZipArchiveEntry e : Collections.list(zip.getEntries())) {
                entries.add(e.getName());
                if (e.getName().equals("student/mvnw")) {
                    assertEquals(0755, e.getUnixMode() & 0777, "mvnw is executable");
                }
            }
        }
        Set<String> files = new TreeSet<>();
        files(edition).forEach(f -> files.add("student/" + KitPath.of(edition, f)));
        assertEquals(files, entries);
    }

    @Test
    @DisplayName("is not written over a folder that holds files, unless forced")
    void refusesToOverwrite() throws IOException {
        Path taken = Files.createDirectories(work.resolve("taken"));
        Files.writeString(taken.resolve("keep.txt"), "mine");
        GraderException e = assertThrows(GraderException.class, () -> StudentEdition.release(KIT, taken, false));
        assertTrue(e.getMessage().contains("--force"), e.getMessage());
        assertTrue(Files.exists(taken.resolve("keep.txt")));
        StudentEdition.release(KIT, taken, true);
        assertFalse(Files.exists(taken.resolve("keep.txt")));
        Path insideALesson = KIT.resolve(KitLesson.all(KIT).get(0).name()).resolve("student");
        assertThrows(GraderException.class, () -> StudentEdition.release(KIT, insideALesson, false));
        assertFalse(Files.exists(insideALesson));
    }

    private static List<Path> files(Path root) throws IOException {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        }
    }

    private static Set<String> names(Path root) {
        Set<String> names = new TreeSet<>();
        try {
            files(root).forEach(f -> names.add(root.relativize(f).toString()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return names;
    }
}
