package vn.plandesk.app;

import java.util.List;
import javafx.application.Application;
import vn.plandesk.cli.PlanDeskCommand;

/**
 * The jar's main class. It must not extend {@link Application}: with JavaFX on the class path a
 * main class that does fails with "JavaFX runtime components are missing".
 */
public final class Launcher {
    private Launcher() {
    }

    /** Opens the window for no arguments or only window options; anything else is a command. */
    public static void main(String[] args) {
        if (WindowOptions.parse(List.of(args)).isPresent()) {
            Application.launch(PlanDeskApp.class, args);
        } else {
            System.exit(PlanDeskCommand.run(args));
        }
    }
}
