package nncourse.learner;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A lesson's score: its exercises in the manifest's order, and what could not be scored
 * (a test naming an exercise the manifest does not list, a lesson that did not compile).
 *
 * @param lesson    the lesson folder's name, e.g. {@code lesson-01-logistic-regression}
 * @param problems  lesson-wide messages, e.g. compile errors, one per line
 */
public record LessonScore(String lesson, Manifest manifest, List<ExerciseScore> exercises, List<String> problems) {

    public LessonScore {
        exercises = List.copyOf(exercises);
        problems = List.copyOf(problems);
    }

    public static LessonScore of(String lesson, Manifest manifest, List<TestResult> results, List<String> problems) {
        List<ExerciseScore> exercises = manifest.exercises().stream()
                .map(e -> new ExerciseScore(e, results.stream().filter(r -> r.exercise().equals(e.id())).toList()))
                .toList();
        Set<String> known = manifest.exercises().stream().map(ExerciseInfo::id).collect(Collectors.toSet());
        List<String> all = new ArrayList<>(problems);
        results.stream().filter(r -> !known.contains(r.exercise())).forEach(r -> all.add(
                "test \"" + r.name() + "\" grades exercise '" + r.exercise() + "', which " + Manifest.RESOURCE
                        + " does not list"));
        return new LessonScore(lesson, manifest, exercises, all);
    }

    /** A lesson that could not be scored, and why: every exercise at 0, no test run. */
    public static LessonScore notScored(String lesson, Manifest manifest, String why) {
        return of(lesson, manifest, List.of(), List.of(why));
    }

    public double score() {
        return exercises.stream().mapToDouble(ExerciseScore::score).sum();
    }

    public double points() {
        return manifest.points();
    }

    public boolean complete() {
        return problems.isEmpty() && exercises.stream().allMatch(ExerciseScore::complete);
    }
}
