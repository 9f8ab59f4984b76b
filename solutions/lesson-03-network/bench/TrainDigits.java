import java.util.Arrays;
import java.util.List;
import java.util.Random;

import nncourse.lesson03.Digits;
import nncourse.lesson03.Layer;
import nncourse.lesson03.Network;
import nncourse.lesson03.Training;

/**
 * Times the reference training of lesson 03 on the digits: 64-32-10, α = 0.5, 30 epochs, each
 * run from a fresh {@code Layer.random} network with seed 42. Prints every timed run, their
 * median and the test accuracy.
 *
 * <p>Usage: {@code java TrainDigits [timed runs, default 7] [warm-up runs, default 2]}
 */
public final class TrainDigits {

    private static final double LEARNING_RATE = 0.5;
    private static final int EPOCHS = 30;
    private static final long SEED = 42;

    public static void main(String[] args) {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 7;
        int warmups = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        Digits digits = Digits.load();
        double[][] x = digits.trainX();
        double[][] y = digits.trainY();
        System.out.printf("digits 64-32-10, α = %s, %d epochs, %d training rows; %d warm-up + %d timed runs%n",
                LEARNING_RATE, EPOCHS, x.length, warmups, runs);

        double[] millis = new double[runs];
        Network trained = null;
        for (int run = -warmups; run < runs; run++) {
            Random rng = new Random(SEED);
            Network net = new Network(List.of(Layer.random(64, 32, rng), Layer.random(32, 10, rng)));
            long start = System.nanoTime();
            trained = Training.train(net, x, y, LEARNING_RATE, EPOCHS, rng);
            double ms = (System.nanoTime() - start) / 1e6;
            if (run < 0) {
                System.out.printf("warm-up %d: %.0f ms%n", run + warmups + 1, ms);
            } else {
                millis[run] = ms;
                System.out.printf("run %d: %.0f ms%n", run + 1, ms);
            }
        }
        double[] sorted = millis.clone();
        Arrays.sort(sorted);
        double median = runs % 2 == 1 ? sorted[runs / 2] : (sorted[runs / 2 - 1] + sorted[runs / 2]) / 2;
        System.out.printf("median of %d runs: %.0f ms (min %.0f, max %.0f)%n", runs, median, sorted[0], sorted[runs - 1]);
        System.out.printf("test accuracy: %.4f (%d test rows)%n",
                Training.accuracy(trained, digits.testX(), digits.testY()), digits.testX().length);
    }
}
