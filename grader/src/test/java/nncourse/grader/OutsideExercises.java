package nncourse.grader;

import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.ModifiersTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.JavacTask;
import com.sun.source.util.SourcePositions;
import com.sun.source.util.TreeScanner;
import com.sun.source.util.Trees;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import javax.lang.model.element.Modifier;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * What a stub and its solution must share: the whole file but the exercises. An exercise is a method
 * whose body, in the stub, names a {@code TODO}; its body is left out of both. Also left out: the
 * imports (a solution may need more) and the private members only the solution has (its helpers),
 * with their Javadoc. Blank lines and trailing spaces do not count.
 */
final class OutsideExercises {

    private static final JavaCompiler JAVAC = ToolProvider.getSystemJavaCompiler();

    private OutsideExercises() {
    }

    /** The lines of the stub that the solution must have too, in order. */
    static List<String> ofStub(Path stub) {
        Parsed parsed = Parsed.of(stub);
        return parsed.without(parsed.members(m -> m.exercise()), Set.of());
    }

    /** The lines of the solution outside the exercises of {@code stub}, in order. */
    static List<String> ofSolution(Path solution, Path stub) {
        Parsed stubParsed = Parsed.of(stub);
        Set<String> exercises = stubParsed.members(Member::exercise).stream().map(Member::signature)
                .collect(Collectors.toSet());
        Set<String> stubMembers = stubParsed.members(m -> true).stream().map(Member::signature)
                .collect(Collectors.toSet());
        Parsed parsed = Parsed.of(solution);
        return parsed.without(parsed.members(m -> exercises.contains(m.signature())),
                new HashSet<>(parsed.members(m -> m.isPrivate() && !stubMembers.contains(m.signature()))));
    }

    /** A method or field: where its body (or whole text, Javadoc included) starts and ends. */
    private record Member(String signature, boolean exercise, boolean isPrivate, long start, long bodyStart,
                          long end) {
    }

    private record Cut(long start, long end, String replacement) {
    }

    private record Parsed(String text, CompilationUnitTree unit, SourcePositions positions) {

        static Parsed of(Path file) {
            try (StandardJavaFileManager files = JAVAC.getStandardFileManager(null, null, StandardCharsets.UTF_8)) {
                JavacTask task = (JavacTask) JAVAC.getTask(null, files, null, List.of("-proc:none"), null,
                        files.getJavaFileObjects(file));
                CompilationUnitTree unit = task.parse().iterator().next();
                return new Parsed(Files.readString(file), unit, Trees.instance(task).getSourcePositions());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        List<Member> members(Predicate<Member> which) {
            List<Member> found = new ArrayList<>();
            new TreeScanner<Void, String>() {
                @Override
                public Void visitClass(ClassTree c, String outer) {
                    String name = outer + "." + c.getSimpleName();
                    for (Tree member : c.getMembers()) {
                        if (member instanceof MethodTree m) {
                            add(name + "." + m.getName() + m.getParameters().stream().map(p -> p.getType().toString())
                                    .collect(Collectors.joining(",", "(", ")")), m.getModifiers(), m,
                                    m.getBody());
                        } else if (member instanceof VariableTree v) {
                            add(name + "." + v.getName(), v.getModifiers(), v, null);
                        }
                    }
                    return super.visitClass(c, name);
                }

                private void add(String signature, ModifiersTree modifiers, Tree member, Tree body) {
                    long start = positions.getStartPosition(unit, member);
                    long bodyStart = body == null ? -1 : positions.getStartPosition(unit, body);
                    boolean exercise = body != null && text.substring((int) bodyStart,
                            (int) positions.getEndPosition(unit, body)).matches("(?s).*\\bTODO \\d+\\.\\d+.*");
                    Member m = new Member(signature, exercise, modifiers.getFlags().contains(Modifier.PRIVATE),
                            javadocStart(start), bodyStart, positions.getEndPosition(unit, member));
                    if (which.test(m)) {
                        found.add(m);
                    }
                }
            }.scan(unit, "");
            return found;
        }

        /** The text without the bodies of {@code exercises} and the whole of {@code removed}, as lines. */
        List<String> without(List<Member> exercises, Set<Member> removed) {
            List<Cut> cuts = new ArrayList<>();
            exercises.forEach(m -> cuts.add(new Cut(m.bodyStart(), m.end(), "{ … }")));
            removed.forEach(m -> cuts.add(new Cut(m.start(), m.end(), "")));
            cuts.sort(Comparator.comparingLong(Cut::start));
            StringBuilder kept = new StringBuilder();
            int from = 0;
            for (Cut cut : cuts) {
                kept.append(text, from, (int) cut.start()).append(cut.replacement());
                from = (int) cut.end();
            }
            kept.append(text.substring(from));
            return kept.toString().lines().map(String::stripTrailing).filter(l -> !l.isBlank())
                    .filter(l -> !l.startsWith("import ")).toList();
        }

        /** Where a member starts with the Javadoc or comment right above it. */
        private long javadocStart(long start) {
            String before = text.substring(0, (int) start).stripTrailing();
            return before.endsWith("*/") ? before.lastIndexOf("/*") : start;
        }
    }
}
