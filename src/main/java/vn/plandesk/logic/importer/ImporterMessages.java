package vn.plandesk.logic.importer;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import vn.plandesk.logic.i18n.Messages;

/**
 * The importer's translated sentences (bundle {@code vn.plandesk.i18n.importer}), in the language
 * {@link Messages#locale()} names. Kept apart from the shared bundles until they list this one.
 */
public final class ImporterMessages {

    private static final String BUNDLE = "vn.plandesk.i18n.importer";
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private ImporterMessages() {
    }

    /** The sentence for {@code key} with {@code args} filled in. */
    public static String get(String key, Object... args) {
        Locale locale = Messages.locale() == Messages.ENGLISH ? Locale.ENGLISH : Locale.ROOT;
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale, ImporterMessages.class.getClassLoader(), NO_FALLBACK);
        String pattern = bundle.getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, Messages.locale()).format(args);
    }
}
