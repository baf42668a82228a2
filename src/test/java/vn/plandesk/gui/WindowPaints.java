package vn.plandesk.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.animation.AnimationTimer;
import vn.plandesk.logic.store.SlowStore;

/**
 * The frames the window paints, counted while slow work runs elsewhere, for the slow-store tests: work on
 * the JavaFX thread holds it for as long as the work takes, with no frame at all. {@link #start()} and
 * {@link #stop()} on the JavaFX thread (a test's {@code @Start} and {@code @Stop}).
 */
public final class WindowPaints {
    public static final String FX_THREAD = "JavaFX Application Thread";

    private final List<Long> frames = new CopyOnWriteArrayList<>();
    private final AnimationTimer pulses = new AnimationTimer() {
        @Override
        public void handle(long now) {
            // the store's calls are timed with the same clock
            frames.add(System.nanoTime());
        }
    };

    public void start() {
        pulses.start();
    }

    public void stop() {
        pulses.stop();
    }

    /** How many frames were painted since {@link #start()}. */
    public int count() {
        return frames.size();
    }

    /**
     * Runs {@code action} (from the test thread), waits until {@code done}, and checks that no call of
     * {@code slow} made meanwhile ran on the JavaFX thread and that the window painted while the store
     * worked: at least one frame for every {@link SlowStore#delay()} of store time. The frames are counted
     * over the whole action rather than per call, so that one frame coming late on a busy machine does not
     * fail the test.
     */
    public void assertPaintsWhile(SlowStore slow, Runnable action, Callable<Boolean> done) throws Exception {
        int callsBefore = slow.calls().size();
        action.run();
        FxWaits.until(30, done);
        List<SlowStore.Call> calls = List.copyOf(slow.calls().subList(callsBefore, slow.calls().size()));
        assertFalse(calls.isEmpty(), "the store was asked");
        assertEquals(List.of(), calls.stream().filter(call -> call.thread().equals(FX_THREAD)).toList(),
                "store calls made on the JavaFX thread");
        assertPaintedThrough(busyStretches(calls), slow.delay());
    }

    /**
     * Checks that the window painted during {@code stretches} (each {start, end} in
     * {@link System#nanoTime()}): at least one frame for every {@code each} of their length, and one at least.
     */
    public void assertPaintedThrough(List<long[]> stretches, Duration each) {
        long busyNanos = stretches.stream().mapToLong(stretch -> stretch[1] - stretch[0]).sum();
        long framesWhileBusy = List.copyOf(frames).stream()
                .filter(t -> stretches.stream().anyMatch(stretch -> t > stretch[0] && t < stretch[1]))
                .count();
        long wanted = Math.max(1, busyNanos / each.toNanos());
        assertTrue(framesWhileBusy >= wanted, "the window painted " + framesWhileBusy + " frames in " + busyNanos / 1_000_000
                + " ms of slow work; wanted at least " + wanted);
    }

    /** The calls merged where they overlap (the executor runs several at once): when the store was at work. */
    public static List<long[]> busyStretches(List<SlowStore.Call> calls) {
        List<long[]> stretches = new ArrayList<>();
        for (SlowStore.Call call : calls.stream().sorted(Comparator.comparingLong(SlowStore.Call::start)).toList()) {
            long[] last = stretches.isEmpty() ? null : stretches.get(stretches.size() - 1);
            if (last != null && call.start() <= last[1]) {
                last[1] = Math.max(last[1], call.end());
            } else {
                stretches.add(new long[] {call.start(), call.end()});
            }
        }
        return stretches;
    }
}
