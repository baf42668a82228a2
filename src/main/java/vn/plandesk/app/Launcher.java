package vn.plandesk.app;

import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import javafx.application.Application;
import vn.plandesk.cli.PlanDeskCommand;
import vn.plandesk.logic.store.Store;

/**
 * The jar's main class. It must not extend {@link Application}: with JavaFX on the class path a
 * main class that does fails with "JavaFX runtime components are missing".
 */
public final class Launcher {
    private Launcher() {
    }

    /** Opens the window for no arguments or only window options; anything else is a command. */
    public static void main(String[] args) {
        StartupTrace.mark("main");
        Store.prepare(); // before anything loads H2: its listener is bound to the loopback address
        Optional<WindowOptions> window = WindowOptions.parse(List.of(args));
        if (window.isPresent()) {
            PlanDeskApp.openStoreAhead(window.get(), List.of(args));
            JavaFxLog.LOGGER.setFilter(log -> !log.getMessage().startsWith("Unsupported JavaFX configuration"));
            Application.launch(PlanDeskApp.class, args);
        } else {
            System.exit(PlanDeskCommand.run(args));
        }
    }

    /**
     * JavaFX warns on each start that it was loaded from the class path, which the shaded jar does on
     * purpose; its other warnings stay. Held in a field because a logger nobody references can be
     * collected, filter and all; in a class of its own because java.util.logging's start (a fiftieth of
     * a second) is needed by the window only, not by the commands.
     */
    private static final class JavaFxLog {
        static final Logger LOGGER = Logger.getLogger("javafx");
    }
}
