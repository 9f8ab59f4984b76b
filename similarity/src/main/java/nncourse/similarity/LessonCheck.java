package nncourse.similarity;

import de.jplag.JPlag;
import de.jplag.JPlagComparison;
import de.jplag.JPlagResult;
import de.jplag.exceptions.ExitException;
import de.jplag.options.JPlagOptions;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import nncourse.grader.batch.Submission;

/**
 * Compares one lesson's sources across the submissions with JPlag, the kit's stubs of that lesson as
 * base code: what every learner was handed (signatures, Javadoc, helpers, whole files left as they were)
 * matches in every pair and says nothing, so JPlag takes it out before it measures.
 */
final class LessonCheck {

    /** The folder the stubs are copied to, beside (not among) the submissions' folders. */
    static final String STUBS = "[stubs]";

    private LessonCheck() {
    }

    /**
     * @param stubs the lesson's {@code src/main/java} in the kit
     * @param work  an empty folder of the caller's to copy the sources into
     */
    static LessonResult run(String lesson, Path stubs, List<Submission> submissions, Path work) {
        List<String> notes = new ArrayList<>();
        Path root = work.resolve("submissions");
        List<String> compared = LessonSources.copy(lesson, submissions, root, notes);
        if (compared.size() < 2) {
            notes.add("fewer than two submissions have this lesson: nothing to compare");
            return new LessonResult(lesson, compared, List.of(), notes);
        }
        Path base = work.resolve(STUBS);
        LessonSources.javaFiles(stubs, base, notes, STUBS);
        JPlagOptions options = new JPlagOptions(new de.jplag.java.Language(), Set.of(root.toFile()), Set.of())
                .withBaseCodeSubmissionDirectory(base.toFile())
                .withMaximumNumberOfComparisons(JPlagOptions.SHOW_ALL_COMPARISONS);
        JPlagResult result;
        try {
            result = new JPlag(options).run();
        } catch (ExitException e) {
            notes.add("JPlag could not compare this lesson: " + e.getMessage());
            return new LessonResult(lesson, compared, List.of(), notes);
        }
        List<SimilarPair> pairs = new ArrayList<>();
        for (JPlagComparison comparison : result.getAllComparisons()) {
            String a = comparison.firstSubmission().getName();
            String b = comparison.secondSubmission().getName();
            boolean ordered = a.compareTo(b) <= 0;
            pairs.add(new SimilarPair(lesson, ordered ? a : b, ordered ? b : a, comparison.similarity(),
                    comparison.maximalSimilarity()));
        }
        result.getSubmissions().getInvalidSubmissions().forEach(s -> notes.add(s.getName()
                + ": JPlag could not parse its sources (does it compile?), so it was not compared"));
        pairs.sort(Comparator.comparingDouble(SimilarPair::average).reversed()
                .thenComparing(SimilarPair::first).thenComparing(SimilarPair::second));
        return new LessonResult(lesson, compared, List.copyOf(pairs), notes);
    }
}
