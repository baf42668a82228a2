package vn.plandesk.gui;

import java.util.List;
import java.util.prefs.Preferences;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * Remembers where a window was and puts it back there on the next run, but only where the user can
 * still reach it: a screen may have been unplugged since.
 */
public final class WindowPlacement {
    /** Of the title bar, this much must lie on a screen to drag the window back into view. */
    static final double GRIP_WIDTH = 100;
    static final double GRIP_HEIGHT = 30;

    private static final String X = "window.x";
    private static final String Y = "window.y";
    private static final String WIDTH = "window.width";
    private static final String HEIGHT = "window.height";
    private static final String MAXIMIZED = "window.maximized";

    private final Preferences prefs;

    public WindowPlacement(Preferences prefs) {
        this.prefs = prefs;
    }

    /** The placement kept in the user's preferences, node vn/plandesk. */
    public static WindowPlacement forUser() {
        return new WindowPlacement(Preferences.userRoot().node("vn/plandesk"));
    }

    /**
     * Puts the stage where it was when it last closed, or gives it {@code width} x {@code height}
     * (at most the primary screen) centred when there is no usable remembered place.
     */
    public void restore(Stage stage, double width, double height) {
        Rectangle2D remembered = new Rectangle2D(prefs.getDouble(X, 0), prefs.getDouble(Y, 0),
                prefs.getDouble(WIDTH, 0), prefs.getDouble(HEIGHT, 0));
        List<Rectangle2D> screens = Screen.getScreens().stream().map(Screen::getVisualBounds).toList();
        if (remembered.getWidth() > 0 && isReachable(remembered, screens)) {
            stage.setX(remembered.getMinX());
            stage.setY(remembered.getMinY());
            stage.setWidth(remembered.getWidth());
            stage.setHeight(remembered.getHeight());
        } else {
            Rectangle2D primary = Screen.getPrimary().getVisualBounds();
            stage.setWidth(Math.min(width, primary.getWidth()));
            stage.setHeight(Math.min(height, primary.getHeight()));
            stage.centerOnScreen();
        }
        stage.setMaximized(prefs.getBoolean(MAXIMIZED, false));
    }

    /** Writes the stage's place to the preferences each time it closes. */
    public void rememberOnClose(Stage stage) {
        stage.setOnHiding(event -> save(stage));
    }

    private void save(Stage stage) {
        prefs.putBoolean(MAXIMIZED, stage.isMaximized());
        // A maximized or minimized window's bounds are not the ones to come back to.
        if (!stage.isMaximized() && !stage.isIconified()) {
            prefs.putDouble(X, stage.getX());
            prefs.putDouble(Y, stage.getY());
            prefs.putDouble(WIDTH, stage.getWidth());
            prefs.putDouble(HEIGHT, stage.getHeight());
        }
        // Not flushed here: java.util.prefs writes the file on a thread of its own when the program ends.
    }

    /** Whether a grip of the window's title bar lies on one of the screens. */
    static boolean isReachable(Rectangle2D window, List<Rectangle2D> screens) {
        Rectangle2D titleBar = new Rectangle2D(window.getMinX(), window.getMinY(), window.getWidth(), GRIP_HEIGHT);
        return screens.stream().anyMatch(screen -> {
            double overlapWidth = Math.min(titleBar.getMaxX(), screen.getMaxX()) - Math.max(titleBar.getMinX(), screen.getMinX());
            boolean topOnScreen = titleBar.getMinY() >= screen.getMinY() && titleBar.getMaxY() <= screen.getMaxY();
            return topOnScreen && overlapWidth >= GRIP_WIDTH;
        });
    }
}
