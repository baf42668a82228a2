package vn.plandesk.app;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.prefs.Preferences;
import javafx.application.Application;
import javafx.application.ConditionalFeature;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import vn.plandesk.gui.FxDialogService;
import vn.plandesk.gui.WindowPlacement;
import vn.plandesk.gui.settings.Settings;
import vn.plandesk.logic.i18n.Messages;
import vn.plandesk.logic.store.Store;
import vn.plandesk.logic.store.StoreException;
import vn.plandesk.logic.store.StoreLocation;

/**
 * The window application: chooses the language, shows the window's frame where it was at once while
 * the store opens beside it, then fills it ({@link PlanDeskWindow}) with the plan that was open last
 * time; closes the store on exit.
 */
public final class PlanDeskApp extends Application {
    private static final double DEFAULT_WIDTH = 1400;
    private static final double DEFAULT_HEIGHT = 860;

    /** The store being opened beside the JavaFX toolkit's start; see {@link #openStoreAhead}. */
    private static CompletableFuture<Store> opening;
    /** True when the store being opened is the server remembered from Tệp → Kết nối máy chủ (no --db given). */
    private static boolean openingRemembered;
    /** How this computer draws, chosen before the toolkit starts; see {@link RenderingChoice}. */
    private static RenderingChoice rendering;

    private Store store;

    /**
     * Chooses the language and the way of drawing, and starts opening the store on a thread of its own, so
     * that the store (H2, and Flyway when the schema must change) and the JavaFX toolkit start at the same
     * time. Called by {@link Launcher} before the toolkit starts.
     */
    static void openStoreAhead(WindowOptions options, List<String> args) {
        // --lang wins; without it the language chosen in Xem → Ngôn ngữ.
        boolean languageGiven = args.stream().anyMatch(a -> a.startsWith("--lang"));
        Settings settings = Settings.forUser();
        Messages.setLocale(languageGiven ? options.locale() : settings.language().orElse(options.locale()));
        rendering = new RenderingChoice(settings, version() + " " + System.getProperty("java.version"), LocalDate.now());
        rendering.beforeToolkit(System.getProperties());
        // --db wins; without it the place chosen in Tệp → Kết nối máy chủ, else this computer's data folder.
        Optional<String> chosen = options.store().isPresent() ? options.store() : settings.storeLocation();
        openingRemembered = options.store().isEmpty() && chosen.isPresent();
        opening = openInBackground(chosen);
    }

    private static CompletableFuture<Store> openInBackground(Optional<String> chosen) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                StartupTrace.mark("store-opening");
                StoreLocation location = chosen.isPresent() ? StoreLocation.parse(chosen.get())
                        : new StoreLocation.Folder(Store.defaultLocation());
                Store opened = Store.open(location);
                StartupTrace.mark("store-open");
                return opened;
            } catch (StoreException e) {
                throw new CompletionException(e);
            }
        }, work -> {
            Thread thread = new Thread(work, "plandesk-store-opening");
            thread.setDaemon(true);
            thread.start();
        });
    }

    /** Shows the window's frame at once; its content follows when the store is open. */
    @Override
    public void start(Stage stage) {
        StartupTrace.mark("toolkit");
        // Launcher only starts the window with valid window options; started any other way, use the defaults.
        WindowOptions options = WindowOptions.parse(getParameters().getRaw())
                .orElseGet(WindowOptions::defaults);
        if (opening == null) {
            openStoreAhead(options, getParameters().getRaw());
        }
        // the graphics card's pipelines are the ones that draw 3D scenes; software drawing does not
        rendering.afterToolkit(Platform.isSupported(ConditionalFeature.SCENE3D));
        WindowPlacement placement = WindowPlacement.forUser();
        placement.restore(stage, DEFAULT_WIDTH, DEFAULT_HEIGHT);
        placement.rememberOnClose(stage);
        stage.setTitle(Messages.get("app.name"));
        stage.setScene(new Scene(new BorderPane()));
        stage.show();
        StartupTrace.mark("frame");
        // The first control made loads and indexes the controls' style sheet (Modena), a tenth of a second or
        // more of this thread: made now, that overlaps the store's opening instead of following it.
        new Label();
        fillWhenOpen(stage, options);
    }

    /**
     * Fills the window once the store is open. When the server remembered from an earlier choice cannot
     * be opened (away, or the login's rights gone), the user may open this computer's data folder instead
     * of being left without a window in which to choose again.
     */
    private void fillWhenOpen(Stage stage, WindowOptions options) {
        opening.whenComplete((opened, failure) -> Platform.runLater(() -> {
            if (failure == null) {
                store = opened;
                fill(stage, options);
                return;
            }
            Throwable cause = failure instanceof CompletionException ? failure.getCause() : failure;
            FxDialogService dialogs = new FxDialogService(null);
            if (openingRemembered) {
                openingRemembered = false;
                if (dialogs.confirm(Messages.get("main.storeError.title"), Messages.get("connection.startFailed.header"),
                        Messages.get("connection.startFailed.text", cause.getMessage()), null,
                        Messages.get("connection.startFailed.yes"), Messages.get("connection.startFailed.no"))) {
                    opening = openInBackground(Optional.empty());
                    fillWhenOpen(stage, options);
                    return;
                }
            } else {
                dialogs.showError(Messages.get("main.storeError.title"), cause.getMessage());
            }
            stage.hide();
            Platform.exit();
        }));
    }

    private void fill(Stage stage, WindowOptions options) {
        Settings settings = Settings.forUser();
        FxDialogService dialogs = new FxDialogService(stage);
        PlanDeskWindow window = PlanDeskWindow.show(store, stage, settings, version(), new PlanDeskWindow.Services(dialogs,
                Clock.systemDefaultZone(), file -> getHostServices().showDocument(file.toUri().toString()),
                () -> Preferences.userRoot().node("vn/plandesk/export")));
        // A document opened with PlanDesk from the file manager ("Mở bằng PlanDesk") goes to the import review.
        options.document().ifPresent(document -> window.review(document.toAbsolutePath()));
        StartupTrace.mark("shown");
        reportWhenSettled(window, settings);
    }

    /** For the start-up benchmark: the window is settled once the plan open last time is shown in it. */
    private static void reportWhenSettled(PlanDeskWindow window, Settings settings) {
        if (settings.lastPlan().isEmpty() || window.editor().planIdProperty().get() != null) {
            StartupTrace.contentReady();
            return;
        }
        window.editor().planIdProperty().addListener(new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Long> observable, Long was, Long now) {
                if (now != null) {
                    observable.removeListener(this);
                    // the timeline beside the tree is filled on the next turn of the JavaFX thread
                    Platform.runLater(StartupTrace::contentReady);
                }
            }
        });
    }

    @Override
    public void stop() {
        if (store != null) {
            store.close();
        }
    }

    /** The version written in the jar's manifest; "dev" when run from the build folder. */
    private static String version() {
        String version = PlanDeskApp.class.getPackage().getImplementationVersion();
        return version == null ? "dev" : version;
    }
}
