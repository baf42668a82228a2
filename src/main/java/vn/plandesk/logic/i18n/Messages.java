package vn.plandesk.logic.i18n;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Translated sentences. Vietnamese is the default and lives in the base bundles; English is the
 * second language. Sentences are MessageFormat patterns, never concatenated, because word order
 * differs between the languages. Bundles: {@code messages} (store, files, command line) and
 * {@code gui} (the window).
 */
public final class Messages {
    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    public static final Locale ENGLISH = Locale.ENGLISH;

    private static final List<String> BUNDLES = List.of("vn.plandesk.i18n.messages", "vn.plandesk.i18n.gui");
    // Without this control a JVM running in English would prefer messages_en over the Vietnamese base bundle.
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private static volatile Locale locale = VIETNAMESE;

    private Messages() {
    }

    public static Locale locale() {
        return locale;
    }

    /** Switches the language; anything but English means Vietnamese. */
    public static void setLocale(Locale newLocale) {
        locale = newLocale != null && ENGLISH.getLanguage().equals(newLocale.getLanguage()) ? ENGLISH : VIETNAMESE;
    }

    /** The sentence for {@code key} in the current language with {@code args} filled in. */
    public static String get(String key, Object... args) {
        String pattern = pattern(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }

    public static boolean has(String key) {
        try {
            pattern(key);
            return true;
        } catch (MissingResourceException e) {
            return false;
        }
    }

    private static String pattern(String key) {
        Locale bundleLocale = locale == VIETNAMESE ? Locale.ROOT : locale;
        for (String name : BUNDLES) {
            try {
                ResourceBundle bundle = ResourceBundle.getBundle(name, bundleLocale, Messages.class.getClassLoader(), NO_FALLBACK);
                if (bundle.containsKey(key)) {
                    return bundle.getString(key);
                }
            } catch (MissingResourceException bundleNotShippedYet) {
                // a bundle that does not exist simply holds no keys
            }
        }
        throw new MissingResourceException("no sentence for " + key, Messages.class.getName(), key);
    }
}
