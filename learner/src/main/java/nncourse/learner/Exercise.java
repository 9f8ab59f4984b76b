package nncourse.learner;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The exercise a test grades, e.g. {@code @Exercise("1.3")}.
 *
 * <p>Put it on a test class (it then covers every test in the class and in its {@code @Nested}
 * classes) or on a test method. The exercise's title, points and hint are written once, in the
 * lesson's {@code exercises.properties}; the tests of an exercise share its points.
 *
 * <p>Every graded test also names the kinds of checks it makes with JUnit tags from {@link Kind}:
 * {@code formula}, {@code edge}, {@code bad-input}, {@code unmodified}, {@code data}, e.g.
 * {@code @Tag("bad-input")}. An exercise's hidden tests make only kinds of checks its public tests show.
 *
 * <p>In the learner's own build, a test of an exercise whose code the grader would refuse fails
 * ({@link AdmittedCode}).
 */
@Documented
@ExtendWith(AdmittedCode.class)
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface Exercise {

    /** The exercise's number, e.g. {@code "1.3"}: lesson 1, exercise 3. */
    String value();
}
