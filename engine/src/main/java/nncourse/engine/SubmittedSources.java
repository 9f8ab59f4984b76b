package nncourse.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nncourse.learner.KitPath;
import nncourse.learner.Messages;

/**
 * Lays out the lesson sources a submission hands in as the engine compiles them, and says what it
 * had to mend: a file found in another folder is used where the stub has it; a missing file, or one
 * that declares another package, is replaced by the stub's copy (its exercises then score 0 and the
 * others are still graded); a file that is not UTF-8 is read as Windows-1252; an oversized file is
 * left out; a file the lesson does not have is compiled, and the admission check
 * refuses its classes. Only {@code .java} files are ever taken. Given code — a stub
 * file with no {@code TODO} marker, such as a data loader — is always the kit's own copy, so that
 * results on the kit's data cannot be changed by changing the data.
 */
public final class SubmittedSources {

    /** The largest Java file of a submission the grader reads: a larger one is left out. */
    public static final long MAX_FILE_BYTES = 512 * 1024;
    /**
     * The most Java files of a lesson the engine reads: the first in path order; the others are left
     * out, and the learner is told. A lesson has a handful.
     */
    static final int MAX_FILES_READ = 200;

    private static final Pattern PACKAGE = Pattern.compile("^\\s*package\\s+([\\w.]+)\\s*;", Pattern.MULTILINE);
    private static final Pattern TODO = Pattern.compile("TODO \\d+\\.\\d+");
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private final List<String> notes = new ArrayList<>();
    private final List<String> stubbed = new ArrayList<>();

    /**
     * What preparing a submission mended.
     *
     * @param notes   in words for the learner
     * @param stubbed the files (below {@code src/main/java}) whose stub was taken in the submission's place
     */
    record Prepared(List<String> notes, List<String> stubbed) {}

    private SubmittedSources() {
    }

    /**
     * Copies the submission's sources of {@code lesson} from {@code submitted} (its {@code src/main/java})
     * into {@code into}, at the stubs' paths.
     *
     * @return what was mended
     */
    static Prepared prepare(KitLesson lesson, Path submitted, Path into) {
        SubmittedSources sources = new SubmittedSources();
        sources.copy(lesson, submitted, into);
        return new Prepared(List.copyOf(sources.notes), List.copyOf(sources.stubbed));
    }

    private void copy(KitLesson lesson, Path submitted, Path into) {
        Path stubs = lesson.stubSources();
        List<Path> handedIn = JavaCompilation.sourcesIn(submitted);
        if (handedIn.size() > MAX_FILES_READ) {
            notes.add(Messages.get("sources.tooMany", handedIn.size(), MAX_FILES_READ));
            handedIn = handedIn.subList(0, MAX_FILES_READ);
        }
        Set<Path> used = new HashSet<>();
        for (Path stub : JavaCompilation.sourcesIn(stubs)) {
            Path relative = stubs.relativize(stub);
            Optional<Path> mine = find(submitted, handedIn, relative);
            mine.ifPresent(used::add);
            String given = read(stub);
            if (!TODO.matcher(given).find()) {
                if (mine.flatMap(this::decode).filter(text -> !sameCode(text, given)).isPresent()) {
                    notes.add(Messages.get("sources.given", KitPath.of(relative)));
                }
                write(into.resolve(relative), given);
                continue;
            }
            String expectedPackage = packageOf(given).orElse("");
            Optional<String> text = mine.flatMap(this::decode);
            if (text.isPresent() && !packageOf(text.get()).orElse("").equals(expectedPackage)) {
                notes.add(Messages.get("sources.wrongPackage", KitPath.of(relative),
                        packageOf(text.get()).orElse(Messages.get("sources.noPackage")), expectedPackage));
                text = Optional.empty();
            } else if (mine.isEmpty()) {
                notes.add(Messages.get("sources.missing", KitPath.of(relative)));
            }
            if (text.isEmpty()) {
                stubbed.add(KitPath.of(relative));
            }
            write(into.resolve(relative), text.orElseGet(() -> read(stub)));
        }
        for (Path extra : handedIn) {
            if (used.contains(extra)) {
                continue;
            }
            Path relative = submitted.relativize(extra);
            decode(extra).ifPresent(text -> write(into.resolve(relative), text));
        }
    }

    /** The file at the stub's path, or else the one file of that name anywhere in the submission. */
    private Optional<Path> find(Path submitted, List<Path> handedIn, Path relative) {
        Path exact = submitted.resolve(relative);
        if (handedIn.contains(exact)) {
            return Optional.of(exact);
        }
        List<Path> sameName = handedIn.stream().filter(f -> f.getFileName().equals(relative.getFileName())).toList();
        if (sameName.size() == 1) {
            notes.add(Messages.get("sources.elsewhere", KitPath.of(relative), KitPath.of(submitted, sameName.get(0))));
            return Optional.of(sameName.get(0));
        }
        return Optional.empty();
    }

    private Optional<String> decode(Path file) {
        try {
            if (Files.size(file) > MAX_FILE_BYTES) {
                notes.add(Messages.get("sources.tooLarge", file.getFileName(), MAX_FILE_BYTES / 1024));
                return Optional.empty();
            }
            byte[] bytes = Files.readAllBytes(file);
            try {
                String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
                return Optional.of(text.startsWith("\uFEFF") ? text.substring(1) : text);
            } catch (CharacterCodingException e) {
                notes.add(Messages.get("sources.notUtf8", file.getFileName()));
                return Optional.of(new String(bytes, WINDOWS_1252));
            }
        } catch (IOException e) {
            notes.add(Messages.get("sources.unreadable", file.getFileName(), e.getMessage()));
            return Optional.empty();
        }
    }

    private static boolean sameCode(String a, String b) {
        return a.replace("\r\n", "\n").strip().equals(b.replace("\r\n", "\n").strip());
    }

    /** The package a Java source declares. */
    public static Optional<String> packageOf(String source) {
        Matcher m = PACKAGE.matcher(source);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
