package nncourse.engine;

import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.MemberReferenceTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.util.JavacTask;
import com.sun.source.util.SourcePositions;
import com.sun.source.util.TreeScanner;
import com.sun.source.util.Trees;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;
import nncourse.learner.ExerciseInfo;

/**
 * A submission's lesson with some exercises' code taken from the kit's reference solution, so that an
 * exercise can be graded on the learner's own code alone: when it fails while other exercises fail
 * too, it is graded again with the reference in their place ({@link Engine}).
 *
 * <p>An exercise's code is the methods whose stub holds its {@code TODO 3.2} marker, with the private
 * helpers the reference's methods call — unless the graded exercises' own methods call a helper of
 * that name, which then stays the learner's: a mistake in a helper the learner shares between
 * exercises is a mistake in each. Methods are swapped by their place in the source as javac parses it
 * (a helper the learner's file lacks is added to its class), so the learner's other code stays. A file
 * that is missing, or whose stub was graded in its place, is taken from the reference whole.
 */
final class ReferencePieces {

    private static final String SOURCES = "src/main/java/";

    /** A method in a source file: its key (classes, name, parameter types), where it is, what it calls. */
    private record Method(String key, String name, int start, int end, Set<String> calls) {}

    /** A parsed source file: its methods, and where its top-level class's closing brace is. */
    private record Source(String text, List<Method> methods, int classEnd) {

        List<Method> marked(String marker) {
            Pattern todo = Pattern.compile(Pattern.quote(marker) + "(?![0-9])");
            return methods.stream().filter(m -> todo.matcher(text.substring(m.start(), m.end())).find()).toList();
        }

        /**
         * The names of the methods {@code from} call, directly or through other methods of this file — but
         * not through the methods named {@code exercises}, which are other exercises' code.
         */
        Set<String> reachedFrom(Collection<Method> from, Set<String> exercises) {
            Set<String> names = new HashSet<>();
            Deque<Method> todo = new ArrayDeque<>(from);
            while (!todo.isEmpty()) {
                for (String call : todo.pop().calls()) {
                    if (names.add(call) && !exercises.contains(call)) {
                        methods.stream().filter(m -> m.name().equals(call)).forEach(todo::add);
                    }
                }
            }
            return names;
        }

        /** The names of the methods that hold a {@code TODO} marker: in a stub, the exercises' methods. */
        Set<String> todoNames() {
            return methods.stream().filter(m -> text.substring(m.start(), m.end()).contains("TODO "))
                    .map(Method::name).collect(Collectors.toSet());
        }
    }

    private ReferencePieces() {
    }

    /**
     * Writes into {@code into} the prepared sources {@code src} with the code of {@code replaced} from the
     * reference, for grading the exercises {@code kept} on the learner's own code.
     *
     * @param stubbed the files (below {@code src}) whose stub is graded in their place
     * @return whether every piece could be swapped (else {@code into} is of no use)
     */
    static boolean write(KitLesson lesson, Path src, Collection<String> stubbed, Collection<ExerciseInfo> kept,
                         Collection<ExerciseInfo> replaced, Path into) {
        try {
            Folders.copy(src, into);
            Map<String, List<ExerciseInfo>> byFile = new LinkedHashMap<>();
            replaced.forEach(x -> byFile.computeIfAbsent(fileOf(x), f -> new ArrayList<>()).add(x));
            for (Map.Entry<String, List<ExerciseInfo>> entry : byFile.entrySet()) {
                String file = entry.getKey();
                Path reference = lesson.solutionSources().resolve(file);
                Path stub = lesson.stubSources().resolve(file);
                Path target = into.resolve(file);
                if (!Files.isRegularFile(reference) || !Files.isRegularFile(stub)) {
                    return false;
                }
                if (!Files.isRegularFile(target) || stubbed.contains(file)) {
                    Files.createDirectories(target.getParent());
                    Files.copy(reference, target, StandardCopyOption.REPLACE_EXISTING);
                    continue;
                }
                Source learner = parse(read(target));
                Source ours = parse(read(reference));
                Source stubSource = parse(read(stub));
                List<Method> keptMethods = kept.stream().filter(k -> fileOf(k).equals(file))
                        .flatMap(k -> sameKeys(learner, stubSource.marked(k.todoMarker())).stream()).toList();
                Set<String> own = learner.reachedFrom(keptMethods, stubSource.todoNames());
                String swapped = swap(learner, ours, stubSource, entry.getValue(), own);
                if (swapped == null) {
                    return false;
                }
                Files.writeString(target, swapped, StandardCharsets.UTF_8);
            }
            return true;
        } catch (IOException | UncheckedIOException | IllegalStateException | IndexOutOfBoundsException e) {
            return false;
        }
    }

    /** The learner's text with the exercises' methods, and the helpers only they need, from the reference. */
    private static String swap(Source learner, Source reference, Source stub, List<ExerciseInfo> exercises,
                               Set<String> ownHelpers) {
        Set<String> exerciseNames = stub.todoNames();
        List<Method> wanted = new ArrayList<>();
        for (ExerciseInfo x : exercises) {
            List<Method> marked = sameKeys(reference, stub.marked(x.todoMarker()));
            if (marked.isEmpty()) {
                return null;
            }
            wanted.addAll(marked);
        }
        Set<String> helpers = reference.reachedFrom(wanted, exerciseNames);
        helpers.removeAll(exerciseNames);
        helpers.removeAll(ownHelpers);
        reference.methods().stream().filter(m -> helpers.contains(m.name()) && !wanted.contains(m))
                .forEach(wanted::add);

        record Edit(int start, int end, String text) {}
        List<Edit> edits = new ArrayList<>();
        for (Method m : wanted) {
            String text = reference.text().substring(m.start(), m.end());
            List<Method> theirs = learner.methods().stream().filter(l -> l.key().equals(m.key())).toList();
            if (theirs.size() == 1) {
                edits.add(new Edit(theirs.get(0).start(), theirs.get(0).end(), text));
            } else if (theirs.isEmpty() && !exerciseNames.contains(m.name()) && learner.classEnd() > 0) {
                edits.add(new Edit(learner.classEnd(), learner.classEnd(), "\n    " + text + "\n"));
            } else {
                return null;
            }
        }
        // From the end of the file backwards, so that the places of the edits still to make hold.
        edits.sort(Comparator.comparingInt(Edit::start).reversed());
        StringBuilder out = new StringBuilder(learner.text());
        for (Edit e : edits) {
            out.replace(e.start(), e.end(), e.text());
        }
        return out.toString();
    }

    /** The methods of {@code source} with the keys of {@code like} (found in another file). */
    private static List<Method> sameKeys(Source source, List<Method> like) {
        Set<String> keys = like.stream().map(Method::key).collect(Collectors.toSet());
        return source.methods().stream().filter(m -> keys.contains(m.key())).toList();
    }

    private static Source parse(String text) {
        JavaFileObject file = new SimpleJavaFileObject(URI.create("string:///Piece.java"), JavaFileObject.Kind.SOURCE) {
            @Override
            public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                return text;
            }
        };
        JavacTask task = (JavacTask) ToolProvider.getSystemJavaCompiler().getTask(null, null, d -> { },
                List.of("-proc:none"), null, List.of(file));
        SourcePositions positions = Trees.instance(task).getSourcePositions();
        List<Method> methods = new ArrayList<>();
        int[] classEnd = {-1};
        try {
            for (CompilationUnitTree unit : task.parse()) {
                new TreeScanner<Void, Void>() {
                    private final Deque<String> classes = new ArrayDeque<>();

                    @Override
                    public Void visitClass(ClassTree c, Void v) {
                        if (classes.isEmpty() && classEnd[0] < 0) {
                            classEnd[0] = (int) positions.getEndPosition(unit, c) - 1;
                        }
                        classes.push(c.getSimpleName().toString());
                        super.visitClass(c, v);
                        classes.pop();
                        return null;
                    }

                    @Override
                    public Void visitMethod(MethodTree m, Void v) {
                        long start = positions.getStartPosition(unit, m);
                        long end = positions.getEndPosition(unit, m);
                        if (start >= 0 && end > start && m.getBody() != null) {
                            String params = m.getParameters().stream().map(p -> p.getType().toString())
                                    .collect(Collectors.joining(","));
                            methods.add(new Method(String.join(".", classes) + "#" + m.getName() + "(" + params + ")",
                                    m.getName().toString(), (int) start, (int) end, calls(m)));
                        }
                        return super.visitMethod(m, v);
                    }
                }.scan(unit, null);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Source(text, methods, classEnd[0] > 0 && text.charAt(classEnd[0]) == '}' ? classEnd[0] : -1);
    }

    /** The names a method calls or refers to ({@code helper(…)}, {@code this::helper}). */
    private static Set<String> calls(MethodTree method) {
        Set<String> names = new HashSet<>();
        new TreeScanner<Void, Void>() {
            @Override
            public Void visitMethodInvocation(MethodInvocationTree call, Void v) {
                if (call.getMethodSelect() instanceof IdentifierTree id) {
                    names.add(id.getName().toString());
                } else if (call.getMethodSelect() instanceof MemberSelectTree select) {
                    names.add(select.getIdentifier().toString());
                }
                return super.visitMethodInvocation(call, v);
            }

            @Override
            public Void visitMemberReference(MemberReferenceTree reference, Void v) {
                names.add(reference.getName().toString());
                return super.visitMemberReference(reference, v);
            }
        }.scan(method.getBody(), null);
        return names;
    }

    private static String fileOf(ExerciseInfo x) {
        return x.file().replaceFirst("^" + SOURCES, "");
    }

    private static String read(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }
}
