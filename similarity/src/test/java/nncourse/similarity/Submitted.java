package nncourse.similarity;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Submissions made for the tests from the kit itself: the untouched edition, the solutions, a disguised
 * copy of the solutions, and the stubs filled in by someone else's hand.
 */
final class Submitted {

    static final Path KIT = Path.of(System.getProperty("kit.root", "..")).toAbsolutePath().normalize();
    static final String LESSON_02 = "lesson-02-artificial-neuron";

    private static final Pattern LOCAL = Pattern.compile("\\b(?:double|int|long|boolean|Neuron|Layer|Network"
            + "|double\\[]|double\\[]\\[]|int\\[])\\s+([a-z]\\w*)\\s*[=;:]");

    private Submitted() {
    }

    /** The student edition as handed out: every lesson's stubs. */
    static Path untouched(Path dir, String name) {
        Path root = dir.resolve(name);
        for (Path lesson : lessons()) {
            copyTree(lesson.resolve("src/main/java"), root.resolve(lesson.getFileName()).resolve("src/main/java"));
        }
        return root;
    }

    /** The edition with solutions/ copied over the stubs. */
    static Path solved(Path dir, String name) {
        Path root = untouched(dir, name);
        for (Path lesson : lessons()) {
            Path solution = KIT.resolve("solutions").resolve(lesson.getFileName()).resolve("src/main/java");
            copyTree(solution, root.resolve(lesson.getFileName()).resolve("src/main/java"));
        }
        return root;
    }

    /** The solutions with every local variable and field renamed and the members of each class in reverse order. */
    static Path disguised(Path dir, String name) {
        Path root = solved(dir, name);
        for (Path lesson : lessons()) {
            Path solution = KIT.resolve("solutions").resolve(lesson.getFileName()).resolve("src/main/java");
            for (Path file : javaFiles(solution)) {
                Path copy = root.resolve(lesson.getFileName()).resolve("src/main/java")
                        .resolve(solution.relativize(file).toString());
                write(copy, reverseMembers(renameLocals(read(copy))));
            }
        }
        return root;
    }

    /** The edition with lesson 02's TODOs filled in from a resource of {@code === <TODO id>} sections. */
    static Path filledIn(Path dir, String name, String resource) {
        Path root = untouched(dir, name);
        Map<String, String> bodies = sections(resource);
        Path sources = root.resolve(LESSON_02).resolve("src/main/java");
        for (Path file : javaFiles(sources)) {
            String text = read(file);
            for (Map.Entry<String, String> body : bodies.entrySet()) {
                text = fill(text, body.getKey(), body.getValue());
            }
            write(file, text);
        }
        return root;
    }

    /** Replaces the hint comments and the throw of the TODO named {@code id} by {@code body}. */
    static String fill(String text, String id, String body) {
        Matcher todo = Pattern.compile("(?m)((?:^ *//.*\\n)*)^ *throw new UnsupportedOperationException\\(\"TODO "
                + Pattern.quote(id) + "\"\\);\\n").matcher(text);
        return todo.find() ? text.substring(0, todo.start()) + body + text.substring(todo.end()) : text;
    }

    static String renameLocals(String source) {
        Matcher declared = LOCAL.matcher(source);
        List<String> names = new ArrayList<>();
        while (declared.find()) {
            if (!names.contains(declared.group(1))) {
                names.add(declared.group(1));
            }
        }
        String renamed = source;
        for (int i = 0; i < names.size(); i++) {
            renamed = renamed.replaceAll("\\b" + Pattern.quote(names.get(i)) + "\\b", "value" + i + "x");
        }
        return renamed;
    }

    /** The class's members (each starting with its Javadoc) in reverse order. */
    static String reverseMembers(String source) {
        int end = source.lastIndexOf('}');
        String[] parts = source.substring(0, end).split("(?m)(?=^    /\\*\\*)");
        List<String> members = new ArrayList<>(Arrays.asList(parts).subList(1, parts.length));
        Collections.reverse(members);
        StringBuilder out = new StringBuilder(parts[0]);
        members.forEach(m -> out.append(m.endsWith("\n\n") ? m : m.stripTrailing() + "\n\n"));
        return out.append(source.substring(end)).toString();
    }

    private static Map<String, String> sections(String resource) {
        Map<String, String> bodies = new LinkedHashMap<>();
        String id = null;
        StringBuilder body = new StringBuilder();
        for (String line : readResource(resource).split("\n")) {
            if (line.startsWith("=== ")) {
                if (id != null) {
                    bodies.put(id, body.toString());
                }
                id = line.substring(4);
                body.setLength(0);
            } else if (id != null) {
                body.append(line).append('\n');
            }
        }
        if (id != null) {
            bodies.put(id, body.toString());
        }
        return bodies;
    }

    static List<Path> lessons() {
        try {
            return SimilarCommand.lessons(KIT);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Path> javaFiles(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void copyTree(Path from, Path to) {
        for (Path file : javaFiles(from)) {
            write(to.resolve(from.relativize(file).toString()), read(file));
        }
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String readResource(String name) {
        try (InputStream in = Submitted.class.getResourceAsStream("/independent/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
