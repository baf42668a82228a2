package vn.plandesk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Properties;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.plandesk.gui.settings.Settings;

/**
 * Starts on a computer whose graphics card JavaFX refuses: the first start lets the toolkit try the card and
 * notes its fallback; the next ones ask for software drawing at once, until the note is a month old or another
 * PlanDesk or Java runs. Each start is a new {@link RenderingChoice} over the same kept settings, as in use.
 */
class RenderingChoiceTest {
    private static final String RUNTIME = "1.4.0 17.0.12";
    private static final LocalDate FIRST_DAY = LocalDate.of(2026, 12, 7);
    private final Preferences node = Preferences.userRoot().node("vn/plandesk-test/rendering-" + System.nanoTime());
    private final Settings settings = new Settings(node);

    @AfterEach
    void removeNode() throws BackingStoreException {
        node.removeNode();
    }

    /** One start: what it asked the toolkit for (null: the toolkit's own order), given whether a card then draws. */
    private String start(String runtime, LocalDate day, Properties system, boolean cardDraws) {
        RenderingChoice choice = new RenderingChoice(settings, runtime, day);
        choice.beforeToolkit(system);
        String asked = system.getProperty(RenderingChoice.PIPELINES);
        // with software asked for, no card draws
        choice.afterToolkit(cardDraws && asked == null);
        return asked;
    }

    private String start(LocalDate day, boolean cardDraws) {
        return start(RUNTIME, day, new Properties(), cardDraws);
    }

    @Test
    void afterTheToolkitFellBackOnceTheNextStartsAskForSoftwareDrawing() {
        assertNull(start(FIRST_DAY, false), "the first start lets the toolkit try the card");
        assertEquals("sw", start(FIRST_DAY, false));
        assertEquals("sw", start(FIRST_DAY.plusDays(29), false));
    }

    @Test
    void aMonthLaterTheCardIsTriedAgain() {
        start(FIRST_DAY, false);
        start(FIRST_DAY.plusDays(10), false); // asked for software: the note keeps its first day
        assertNull(start(FIRST_DAY.plusDays(30), true), "a driver may have come: tried again");
        assertEquals(Optional.empty(), settings.renderingNote(), "the card draws now: nothing to skip");
        assertNull(start(FIRST_DAY.plusDays(31), true));
    }

    @Test
    void aMonthLaterStillRefusedIsNotedAfresh() {
        start(FIRST_DAY, false);
        assertNull(start(FIRST_DAY.plusDays(30), false));
        assertEquals("sw", start(FIRST_DAY.plusDays(55), false));
    }

    @Test
    void anotherPlanDeskOrJavaTriesTheCardAgain() {
        start(FIRST_DAY, false);
        assertNull(start("1.5.0 17.0.12", FIRST_DAY.plusDays(1), new Properties(), false));
        assertNull(start(RUNTIME, FIRST_DAY.plusDays(2), new Properties(), false), "the note is now the newer runtime's");
    }

    @Test
    void aComputerWhoseCardDrawsNeverSkipsTheTry() {
        assertNull(start(FIRST_DAY, true));
        assertNull(start(FIRST_DAY, true));
        assertEquals(Optional.empty(), settings.renderingNote());
    }

    @Test
    void theUsersOwnChoiceIsLeftAloneAndNotNoted() {
        Properties chosen = new Properties();
        chosen.setProperty(RenderingChoice.PIPELINES, "es2");
        assertEquals("es2", start(RUNTIME, FIRST_DAY, chosen, false));
        assertEquals(Optional.empty(), settings.renderingNote());
        start(FIRST_DAY, false);
        Properties againChosen = new Properties();
        againChosen.setProperty(RenderingChoice.PIPELINES, "es2,sw");
        assertEquals("es2,sw", start(RUNTIME, FIRST_DAY.plusDays(1), againChosen, false));
    }

    @Test
    void aDamagedOrFutureNoteIsNoReasonToSkipTheTry() {
        for (String note : new String[] {"sw", "sw;" + RUNTIME, "sw;" + RUNTIME + ";hôm qua", "es2;" + RUNTIME + ";2026-12-07",
                "sw;" + RUNTIME + ";2027-01-01"}) {
            settings.setRenderingNote(note);
            RenderingChoice choice = new RenderingChoice(settings, RUNTIME, FIRST_DAY);
            Properties system = new Properties();
            choice.beforeToolkit(system);
            assertNull(system.getProperty(RenderingChoice.PIPELINES), note);
        }
    }
}
