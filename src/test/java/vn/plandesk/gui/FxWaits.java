package vn.plandesk.gui;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Waits for what the window does in the background, then for the JavaFX thread to finish what it was
 * doing. A condition read from the test thread can hold while the JavaFX thread is still half-way
 * through: a window is listed, with its buttons, while {@code show()} still makes the skins (and so the
 * inner nodes) of its other controls, which on a cold start takes seconds.
 */
public final class FxWaits {
    private static final long SECONDS = 10;

    private FxWaits() {
    }

    /** Waits up to ten seconds for {@code condition}, with the JavaFX thread idle before and after. */
    public static void until(Callable<Boolean> condition) throws TimeoutException {
        until(SECONDS, condition);
    }

    /** Waits up to {@code seconds} for {@code condition}, with the JavaFX thread idle before and after. */
    public static void until(long seconds, Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Waits until a node matching {@code query} is on the screen and the window holding it is fully shown. */
    public static void untilShown(FxRobot robot, String query) throws TimeoutException {
        until(() -> robot.lookup(query).tryQuery().isPresent());
    }
}
