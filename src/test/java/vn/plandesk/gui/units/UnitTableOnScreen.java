package vn.plandesk.gui.units;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import javafx.scene.control.TableRow;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import vn.plandesk.model.Unit;

/**
 * What the units directory's table shows, for the tests that look at it on screen. Read on the JavaFX
 * thread: read from the test thread, a row could be emptied between asking whether it is empty and
 * taking its unit, while the table follows a change.
 */
public final class UnitTableOnScreen {
    private UnitTableOnScreen() {
    }

    /** The directory's row of a unit: its name alone also stands in reused, hidden cells and in other views. */
    public static TableRow<?> unitRow(FxRobot robot, String fullName) {
        return onFxThread(() -> shownRows(robot).stream()
                .filter(row -> fullName.equals(((Unit) row.getItem()).fullName()))
                .findFirst().orElseThrow());
    }

    /** The full names of the units the table shows, in its order. */
    public static List<String> shownUnits(FxRobot robot) {
        return onFxThread(() -> shownRows(robot).stream().map(row -> ((Unit) row.getItem()).fullName()).toList());
    }

    private static List<TableRow<?>> shownRows(FxRobot robot) {
        return robot.lookup("#unitTable .table-row-cell").queryAllAs(TableRow.class).stream()
                .filter(row -> !row.isEmpty() && row.isVisible())
                .<TableRow<?>>map(row -> row)
                .toList();
    }

    private static <T> T onFxThread(Callable<T> reading) {
        try {
            return WaitForAsyncUtils.asyncFx(reading).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        }
    }
}
