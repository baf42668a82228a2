package vn.plandesk.logic.export;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import vn.plandesk.logic.i18n.Messages;

/**
 * The sentences of the exports (bundle {@code vn.plandesk.i18n.export}) in the language
 * {@link Messages#locale()} says. Until the bundle is registered in {@code Messages}, exports look
 * their sentences up here, the same way.
 */
public final class ExportMessages {
    private static final String BUNDLE = "vn.plandesk.i18n.export";
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private ExportMessages() {
    }

    public static String get(String key, Object... args) {
        Locale locale = Messages.locale();
        Locale bundleLocale = locale == Messages.VIETNAMESE ? Locale.ROOT : locale;
        String pattern = ResourceBundle.getBundle(BUNDLE, bundleLocale, ExportMessages.class.getClassLoader(), NO_FALLBACK)
                .getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }
}
