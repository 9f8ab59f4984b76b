package nncourse.grader.release;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A README as learners get it: the sections for maintainers and teachers are left out, since the
 * student edition has neither the self-check nor the grader. A section is a level-2 heading
 * ({@code ## …}) with what follows it up to the next one; it is left out when its heading starts with
 * "Maintainers" or "Teachers", or carries the comment {@value #MARKER}.
 */
final class LearnerReadme {

    static final String MARKER = "<!-- not in the student edition -->";

    private static final List<String> TEACHERS_ONLY = List.of("maintainers", "teachers");

    private LearnerReadme() {
    }

    static String of(String readme) {
        List<String> kept = new ArrayList<>();
        boolean skipping = false;
        boolean inCode = false;
        for (String line : readme.split("\n", -1)) {
            if (line.startsWith("```")) {
                inCode = !inCode;
            }
            if (!inCode && line.startsWith("## ")) {
                skipping = teachersOnly(line);
            }
            if (!skipping) {
                kept.add(line);
            }
        }
        return String.join("\n", kept);
    }

    private static boolean teachersOnly(String heading) {
        String title = heading.substring(3).strip().toLowerCase(Locale.ROOT);
        return heading.contains(MARKER) || TEACHERS_ONLY.stream().anyMatch(title::startsWith);
    }
}
