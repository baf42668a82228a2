package vn.plandesk.gui.settings;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.prefs.BackingStoreException;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.plandesk.logic.i18n.Messages;

/** Settings kept in a throw-away preferences node. */
class SettingsTest {
    private final Preferences node = Preferences.userRoot().node("vn/plandesk-test/settings-" + System.nanoTime());
    private final Settings settings = new Settings(node);

    @AfterEach
    void removeNode() throws BackingStoreException {
        node.removeNode();
    }

    @Test
    void theServerChosenIsRememberedUntilThisComputerIsChosenAgain() {
        assertEquals(Optional.empty(), settings.storeLocation());
        settings.setStoreLocation("postgresql://may-chu:5432/plandesk?user=vanthu");
        assertEquals(Optional.of("postgresql://may-chu:5432/plandesk?user=vanthu"), new Settings(node).storeLocation());

        settings.setStoreLocation(null);
        assertEquals(Optional.empty(), new Settings(node).storeLocation());
    }

    @Test
    void rememberedValuesComeBackInANewInstance() {
        settings.setLanguage(Messages.ENGLISH);
        settings.setLastPlan(42L);
        settings.setColumnWidth("deadline", 230);
        settings.setDividers("editor", 0.3, 0.7);
        settings.setFlag("headerExpanded", true);

        Settings again = new Settings(node);
        assertEquals(Optional.of(Messages.ENGLISH), again.language());
        assertEquals(OptionalLong.of(42), again.lastPlan());
        assertEquals(230, again.columnWidth("deadline", 100));
        assertArrayEquals(new double[] {0.3, 0.7}, again.dividers("editor", 0.5, 0.5));
        assertTrue(again.flag("headerExpanded", false));
    }

    /**
     * Settings are never written out by PlanDesk itself (that was file work on the JavaFX thread): what a run changed
     * must still be there for the next run, written by java.util.prefs as the program ends.
     */
    @Test
    void whatARunChangedIsThereForTheNextRun(@TempDir Path userRoot) throws Exception {
        assertEquals("", run(userRoot, "change"));
        assertEquals("en 42 postgresql://may-chu:5432/plandesk?user=vanthu", run(userRoot, "print"));
    }

    private static String run(Path userRoot, String what) throws Exception {
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.util.prefs.userRoot=" + userRoot, "-cp", System.getProperty("java.class.path"),
                SettingsProcess.class.getName(), what).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, process.exitValue(), output);
        return output;
    }

    @Test
    void nothingRememberedGivesTheDefaults() {
        assertEquals(Optional.empty(), settings.language());
        assertEquals(OptionalLong.empty(), settings.lastPlan());
        assertEquals(100, settings.columnWidth("deadline", 100));
        assertArrayEquals(new double[] {0.25}, settings.dividers("main", 0.25));
        assertFalse(settings.flag("headerExpanded", false));
    }

    @Test
    void damagedValuesFallBackToTheDefaults() {
        node.put("dividers.main", "abc");
        node.put("dividers.editor", "0.5");
        node.putDouble("column.deadline", -4);
        node.put("language", "fr");

        assertArrayEquals(new double[] {0.25}, settings.dividers("main", 0.25));
        assertArrayEquals(new double[] {0.3, 0.6}, settings.dividers("editor", 0.3, 0.6), "wrong count");
        assertEquals(100, settings.columnWidth("deadline", 100));
        assertEquals(Optional.empty(), settings.language());
    }

    @Test
    void forgettingTheLastPlan() {
        settings.setLastPlan(7L);
        settings.setLastPlan(null);
        assertEquals(OptionalLong.empty(), settings.lastPlan());
    }
}
