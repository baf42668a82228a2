package vn.plandesk.gui.settings;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import vn.plandesk.gui.background.BackgroundTask;
import vn.plandesk.gui.background.TaskExecutor;
import vn.plandesk.logic.i18n.Messages;

/**
 * What the window remembers between runs besides its place: the language, the plan that was
 * open, column widths and divider positions. Kept in java.util.prefs under a node a test can
 * point elsewhere. Values are checked when read, so a damaged entry falls back to the default.
 * The setters do not write the file: java.util.prefs does, on a thread of its own, within half a minute
 * of a change and when the program ends (each setter used to flush, reading and writing the XML file on
 * the JavaFX thread, at every start that reopened a plan). A user's deliberate choices are written at once
 * with {@link #writeOut}, on the background executor.
 */
public final class Settings {
    private static final String LANGUAGE = "language";
    private static final String LAST_PLAN = "lastPlan";
    private static final String COLUMN = "column.";
    private static final String DIVIDERS = "dividers.";
    private static final String FLAG = "flag.";
    private static final String STORE = "store";
    private static final String RENDERING = "rendering";

    private final Preferences prefs;

    public Settings(Preferences prefs) {
        this.prefs = prefs;
    }

    /** The user's settings, beside the window placement (node vn/plandesk). */
    public static Settings forUser() {
        return new Settings(Preferences.userRoot().node("vn/plandesk"));
    }

    /** The language chosen in Xem → Ngôn ngữ, if one was chosen. */
    public Optional<Locale> language() {
        String tag = prefs.get(LANGUAGE, null);
        if ("en".equals(tag)) {
            return Optional.of(Messages.ENGLISH);
        }
        return "vi".equals(tag) ? Optional.of(Messages.VIETNAMESE) : Optional.empty();
    }

    public void setLanguage(Locale locale) {
        prefs.put(LANGUAGE, Messages.ENGLISH.getLanguage().equals(locale.getLanguage()) ? "en" : "vi");
    }

    /**
     * The office server chosen in Tệp → Kết nối máy chủ (its address, which never holds a password),
     * used when PlanDesk starts without {@code --db}; empty for the data folder on this computer.
     */
    public Optional<String> storeLocation() {
        return Optional.ofNullable(prefs.get(STORE, null)).filter(text -> !text.isBlank());
    }

    /** Remembers the server to open at the next start; null goes back to the data folder on this computer. */
    public void setStoreLocation(String address) {
        if (address == null) {
            prefs.remove(STORE);
        } else {
            prefs.put(STORE, address);
        }
    }

    /** What the window noted about drawing on this computer (see vn.plandesk.app.RenderingChoice); empty when nothing. */
    public Optional<String> renderingNote() {
        return Optional.ofNullable(prefs.get(RENDERING, null));
    }

    /** Keeps {@code note} for the next start; null forgets it. */
    public void setRenderingNote(String note) {
        if (note == null) {
            prefs.remove(RENDERING);
        } else {
            prefs.put(RENDERING, note);
        }
    }

    /** The plan open when the window last closed. */
    public OptionalLong lastPlan() {
        long id = prefs.getLong(LAST_PLAN, -1);
        return id > 0 ? OptionalLong.of(id) : OptionalLong.empty();
    }

    public void setLastPlan(Long planId) {
        if (planId == null) {
            prefs.remove(LAST_PLAN);
        } else {
            prefs.putLong(LAST_PLAN, planId);
        }
    }

    /** A column's remembered width, or {@code fallback}. */
    public double columnWidth(String column, double fallback) {
        double width = prefs.getDouble(COLUMN + column, fallback);
        return width >= 20 && width <= 5000 ? width : fallback;
    }

    public void setColumnWidth(String column, double width) {
        prefs.putDouble(COLUMN + column, width);
    }

    /** A split pane's remembered divider positions (fractions 0-1), or {@code fallback}. */
    public double[] dividers(String pane, double... fallback) {
        String text = prefs.get(DIVIDERS + pane, null);
        if (text == null) {
            return fallback;
        }
        try {
            double[] read = Arrays.stream(text.split(";")).mapToDouble(Double::parseDouble).toArray();
            boolean usable = read.length == fallback.length && Arrays.stream(read).allMatch(d -> d > 0.02 && d < 0.98);
            return usable ? read : fallback;
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    public void setDividers(String pane, double... positions) {
        prefs.put(DIVIDERS + pane, String.join(";", Arrays.stream(positions).mapToObj(Double::toString).toList()));
    }

    /** A remembered yes/no choice (the header folded open or shut). */
    public boolean flag(String name, boolean fallback) {
        return prefs.getBoolean(FLAG + name, fallback);
    }

    public void setFlag(String name, boolean value) {
        prefs.putBoolean(FLAG + name, value);
    }

    /**
     * Writes the settings to their file on {@code executor}: a choice made in a dialog (the language, the server)
     * then outlives a crash in the next half minute. A write that fails is tried again by java.util.prefs.
     */
    public void writeOut(TaskExecutor executor) {
        executor.execute(BackgroundTask.wrap(() -> {
            try {
                prefs.flush();
            } catch (BackingStoreException e) {
                // java.util.prefs tries again within half a minute and at the end; the choice holds for this run
            }
            return null;
        }));
    }
}
