package nncourse.learner;

import java.util.List;

/**
 * An exercise's tests and the points they earn: points &times; passed / total, and nothing while a
 * test of the exercise does not even compile.
 */
public record ExerciseScore(ExerciseInfo info, List<TestResult> results) {

    public ExerciseScore {
        results = List.copyOf(results);
    }

    public long passed() {
        return results.stream().filter(TestResult::passed).count();
    }

    public int total() {
        return results.size();
    }

    public double score() {
        boolean compiled = results.stream().noneMatch(r -> r.outcome() == TestResult.Outcome.NOT_COMPILED);
        return compiled && total() > 0 ? info.points() * passed() / total() : 0;
    }

    public boolean complete() {
        return total() > 0 && passed() == total();
    }

    /**
     * True while every test still meets this exercise's own {@code TODO}: the exercise is not started. (A
     * test that meets another exercise's {@code TODO} shows that this one is begun and calls that one.)
     */
    public boolean untouched() {
        return total() > 0 && results.stream().allMatch(r -> r.outcome() == TestResult.Outcome.TODO
                && (r.message() == null || r.message().isEmpty() || info.isMarkedIn(r.message())));
    }

    public List<TestResult> failures() {
        return results.stream().filter(r -> !r.passed()).toList();
    }
}
