package vn.plandesk.gui.export;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.prefs.Preferences;
import vn.plandesk.logic.export.ExportFormat;

/**
 * What the last export left for the next one: its format, and the folder it was written to while that
 * folder is still there (the home folder otherwise). Read on the background executor, never on the
 * JavaFX thread: the first read of a preferences node reads its file, and the folder may be on a
 * network share or a USB stick that takes seconds to answer, or never does.
 */
public record LastExport(ExportFormat format, Path folder) {
    static final String FOLDER_KEY = "lastFolder";
    // the name earlier versions kept the choice under, so it is still remembered
    static final String FORMAT_KEY = "lastKind";

    /** Reads what {@link #remember} kept in {@code preferences}; Word and the home folder when nothing was. */
    public static LastExport readFrom(Preferences preferences) {
        String format = preferences.get(FORMAT_KEY, ExportFormat.DOCX.name());
        ExportFormat last = ExportFormat.DOCX;
        for (ExportFormat f : ExportFormat.values()) {
            if (f.name().equals(format)) {
                last = f;
            }
        }
        String folder = preferences.get(FOLDER_KEY, null);
        boolean stillThere = folder != null && Files.isDirectory(Path.of(folder));
        return new LastExport(last, stillThere ? Path.of(folder) : Path.of(System.getProperty("user.home")));
    }

    /**
     * Keeps the folder of {@code writtenFile} and {@code format} for the next export. Only the node's cache
     * changes (its file was read by {@link #readFrom}); java.util.prefs writes it out on its own thread.
     */
    static void remember(Preferences preferences, Path writtenFile, ExportFormat format) {
        Path folder = writtenFile.toAbsolutePath().getParent();
        if (folder != null) {
            preferences.put(FOLDER_KEY, folder.toString());
        }
        preferences.put(FORMAT_KEY, format.name());
    }
}
