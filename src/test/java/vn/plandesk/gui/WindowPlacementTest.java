package vn.plandesk.gui;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;

class WindowPlacementTest {
    private static final Rectangle2D LAPTOP = new Rectangle2D(0, 0, 1280, 800);
    private static final Rectangle2D MONITOR_RIGHT = new Rectangle2D(1280, 0, 1920, 1080);

    @Test
    void aWindowOnTheScreenIsReachable() {
        assertTrue(WindowPlacement.isReachable(new Rectangle2D(100, 50, 1000, 700), List.of(LAPTOP)));
    }

    @Test
    void aWindowOnAnUnpluggedMonitorIsNot() {
        Rectangle2D onMonitor = new Rectangle2D(1500, 100, 1200, 800);
        assertTrue(WindowPlacement.isReachable(onMonitor, List.of(LAPTOP, MONITOR_RIGHT)));
        assertFalse(WindowPlacement.isReachable(onMonitor, List.of(LAPTOP)));
    }

    @Test
    void aWindowWithItsTitleBarAboveTheScreenIsNot() {
        assertFalse(WindowPlacement.isReachable(new Rectangle2D(100, -20, 1000, 700), List.of(LAPTOP)));
    }

    @Test
    void aWindowMostlyOffTheEdgeIsReachableWhileEnoughOfItsTitleBarShows() {
        assertTrue(WindowPlacement.isReachable(new Rectangle2D(1180, 100, 900, 600), List.of(LAPTOP)));
        assertFalse(WindowPlacement.isReachable(new Rectangle2D(1200, 100, 900, 600), List.of(LAPTOP)));
    }
}
