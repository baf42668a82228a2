package vn.plandesk.bench;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import vn.plandesk.app.StartupTrace;

/**
 * The baseline of {@code src/test/scripts/startup-bench.sh}: a bare JavaFX window, a stage with one
 * label, reporting when it is painted exactly as PlanDesk does ({@link StartupTrace}).
 */
public final class BareWindow {
    private BareWindow() {
    }

    public static void main(String[] args) {
        StartupTrace.mark("main");
        Application.launch(Window.class, args);
    }

    /** Not the main class: with JavaFX on the class path a main class extending Application does not start. */
    public static final class Window extends Application {
        @Override
        public void start(Stage stage) {
            StartupTrace.mark("toolkit");
            stage.setScene(new Scene(new Label("PlanDesk"), 1400, 860));
            stage.setTitle("Bare window");
            stage.show();
            StartupTrace.mark("shown");
            StartupTrace.contentReady();
        }
    }
}
