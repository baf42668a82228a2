package vn.plandesk.gui.units;

import java.util.List;
import javafx.scene.control.TableRow;
import org.testfx.api.FxRobot;
import vn.plandesk.model.Unit;

/** What the units directory's table shows, for the tests that look at it on screen. */
public final class UnitTableOnScreen {
    private UnitTableOnScreen() {
    }

    /** The directory's row of a unit: its name alone also stands in reused, hidden cells and in other views. */
    public static TableRow<?> unitRow(FxRobot robot, String fullName) {
        return robot.lookup("#unitTable .table-row-cell").queryAllAs(TableRow.class).stream()
                .filter(row -> !row.isEmpty() && row.isVisible() && fullName.equals(((Unit) row.getItem()).fullName()))
                .findFirst().orElseThrow();
    }

    /** The full names of the units the table shows, in its order. */
    public static List<String> shownUnits(FxRobot robot) {
        return robot.lookup("#unitTable .table-row-cell").queryAllAs(TableRow.class).stream()
                .filter(row -> !row.isEmpty() && row.isVisible())
                .map(row -> ((Unit) row.getItem()).fullName())
                .toList();
    }
}
