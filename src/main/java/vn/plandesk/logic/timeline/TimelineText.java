package vn.plandesk.logic.timeline;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import vn.plandesk.logic.i18n.Messages;

/**
 * The timeline's own sentences (bundle {@code vn.plandesk.i18n.timeline}), in the language
 * {@link Messages#locale()} says: the scale's labels, page headers and footers, the print dialog.
 */
public final class TimelineText {
    private static final String BUNDLE = "vn.plandesk.i18n.timeline";
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private TimelineText() {
    }

    public static String get(String key, Object... args) {
        Locale locale = Messages.locale();
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale == Messages.ENGLISH ? Locale.ENGLISH : Locale.ROOT,
                TimelineText.class.getClassLoader(), NO_FALLBACK);
        String pattern = bundle.getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }

    /** The locale dates and month names are written in. */
    public static Locale locale() {
        return Messages.locale();
    }
}
