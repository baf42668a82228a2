package vn.plandesk.app;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Properties;
import vn.plandesk.gui.settings.Settings;

/**
 * JavaFX first tries to draw with the graphics card (OpenGL on Linux) and falls back to drawing in software
 * when the card does not qualify: an old office computer, a virtual desktop, a remote display. On Linux the
 * try loads Mesa's OpenGL and LLVM, about 55 MB that stay resident for the whole session, only to be refused.
 * Once the toolkit has fallen back on this computer, the next starts ask it for software drawing at once and
 * skip the try. The try is made again after {@value #DAYS_REMEMBERED} days or with another PlanDesk or Java,
 * in case a graphics driver has come since. A choice the user made ({@code -Dprism.order}) is left alone.
 */
final class RenderingChoice {
    /** JavaFX's own setting: the drawing pipelines to try, in order. */
    static final String PIPELINES = "prism.order";
    static final String SOFTWARE = "sw";
    static final int DAYS_REMEMBERED = 30;

    private final Settings settings;
    /** What the fallback depends on besides the computer: PlanDesk's version (which brings its JavaFX) and Java's. */
    private final String runtime;
    private final LocalDate today;
    private boolean askedForSoftware;
    private boolean userChose;

    RenderingChoice(Settings settings, String runtime, LocalDate today) {
        this.settings = settings;
        this.runtime = runtime;
        this.today = today;
    }

    /** Before the toolkit starts: asks for software drawing when the toolkit fell back to it here lately. */
    void beforeToolkit(Properties system) {
        userChose = system.getProperty(PIPELINES) != null;
        askedForSoftware = !userChose && fellBackLately();
        if (askedForSoftware) {
            system.setProperty(PIPELINES, SOFTWARE);
        }
    }

    /**
     * Once the toolkit runs: notes whether it fell back to software drawing by itself. Not when this start
     * asked for it (the note keeps its first day, so the try comes again) nor when the user chose.
     */
    void afterToolkit(boolean drawsWithGraphicsCard) {
        if (askedForSoftware || userChose) {
            return;
        }
        settings.setRenderingNote(drawsWithGraphicsCard ? null : String.join(";", SOFTWARE, runtime, today.toString()));
    }

    private boolean fellBackLately() {
        List<String> note = settings.renderingNote().map(text -> List.of(text.split(";", -1))).orElse(List.of());
        if (note.size() < 3 || !SOFTWARE.equals(note.get(0))) {
            return false;
        }
        String notedRuntime = String.join(";", note.subList(1, note.size() - 1));
        try {
            LocalDate noted = LocalDate.parse(note.get(note.size() - 1));
            return notedRuntime.equals(runtime) && !noted.isAfter(today) && noted.plusDays(DAYS_REMEMBERED).isAfter(today);
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}
