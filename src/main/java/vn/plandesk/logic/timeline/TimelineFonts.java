package vn.plandesk.logic.timeline;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The font of printed and exported timelines: Liberation Sans (SIL Open Font License), shipped in the
 * openpdf-fonts-extra artifact. It has every Vietnamese letter and the metrics of Arial, and being
 * inside the application it looks the same on every machine, with or without fonts installed.
 */
public final class TimelineFonts {
    private TimelineFonts() {
    }

    /** The TrueType file of a style. */
    public static InputStream open(TextStyle style) {
        String name = style.bold() ? "Bold" : style.italic() ? "Italic" : "Regular";
        String resource = "/liberation/LiberationSans-" + name + ".ttf";
        InputStream in = TimelineFonts.class.getResourceAsStream(resource);
        if (in == null) {
            throw new UncheckedIOException(new IOException("font missing from the application: " + resource));
        }
        return in;
    }
}
