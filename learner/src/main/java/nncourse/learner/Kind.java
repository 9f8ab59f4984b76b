package nncourse.learner;

import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds of checks a graded test makes, one fixed vocabulary. Every graded test, public or hidden,
 * carries the tag of each kind it makes, e.g. {@code @Tag("bad-input")} (JUnit's {@code @Tag}, on the
 * method, or on the class when all its tests share the kind), and an exercise's hidden tests make no kind
 * of check that none of its public tests shows: a learner whose public tests pass has seen every kind of
 * thing the grade asks for. The grader's {@code KindsOfChecksTest} enforces both in
 * {@code ./mvnw verify -Psolutions}.
 */
public enum Kind {

    /** The formula or definition on hand-worked or random inputs, and what follows from it (symmetry, a mean). */
    FORMULA("formula"),
    /** Edge cases: huge |z|, ±∞ and NaN, zeros, exact boundaries (h = 0.5), 0 iterations or epochs. */
    EDGE("edge"),
    /** IllegalArgumentException for wrong sizes or values: shapes, labels, learning rates, counts. */
    BAD_INPUT("bad-input"),
    /** Arguments, and the object called, left unchanged; results that are new arrays. */
    UNMODIFIED("unmodified"),
    /** Results on a whole data set: iris, breast cancer, the handwritten digits, a truth table. */
    DATA("data");

    private final String tag;

    Kind(String tag) {
        this.tag = tag;
    }

    /** The JUnit tag that names this kind, e.g. {@code "bad-input"}. */
    public String tag() {
        return tag;
    }

    /** The kind a JUnit tag names, if it names one. */
    public static Optional<Kind> ofTag(String tag) {
        return Arrays.stream(values()).filter(k -> k.tag.equals(tag)).findFirst();
    }
}
