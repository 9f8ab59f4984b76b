package nncourse.similarity;

import java.util.List;

/**
 * What the similarity check found for one lesson.
 *
 * @param lesson   the lesson folder's name
 * @param compared the submissions whose sources for this lesson were compared
 * @param pairs    every compared pair, most similar first
 * @param notes    what the teacher should know: submissions without the lesson, or that JPlag could not parse
 */
public record LessonResult(String lesson, List<String> compared, List<SimilarPair> pairs, List<String> notes) {

    public List<SimilarPair> reaching(double threshold) {
        return pairs.stream().filter(p -> p.reaches(threshold)).toList();
    }
}
