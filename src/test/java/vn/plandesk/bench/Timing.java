package vn.plandesk.bench;

import java.util.Arrays;

/** How the benchmarks time a piece of work: unmeasured warm-up runs first, then the median of the timed runs. */
final class Timing {

    /** One run of the work being timed. */
    @FunctionalInterface
    interface Work {
        void run() throws Exception;
    }

    private Timing() {
    }

    /** Median milliseconds of {@code runs} runs of {@code work} after {@code warmups} unmeasured ones. */
    static double median(int warmups, int runs, Work work) throws Exception {
        for (int i = 0; i < warmups; i++) {
            work.run();
        }
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            work.run();
            ms[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(ms);
        return ms[runs / 2];
    }
}
