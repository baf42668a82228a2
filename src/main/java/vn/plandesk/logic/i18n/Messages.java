package vn.plandesk.logic.i18n;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Translated sentences. Vietnamese is the default and lives in the base bundles; English is the
 * second language. Sentences are MessageFormat patterns, never concatenated, because word order
 * differs between the languages. Bundles: {@code messages} (store, files, command line),
 * {@code gui} (the window), and one per feature; a feature's bundle that is not shipped holds no keys.
 */
public final class Messages {
    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    public static final Locale ENGLISH = Locale.ENGLISH;

    private static final List<String> BUNDLES = List.of("messages", "gui", "editor", "followup", "units", "export",
            "timeline", "importer", "server", "connection").stream().map(name -> "vn.plandesk.i18n." + name).toList();
    // Without this control a JVM running in English would prefer messages_en over the Vietnamese base bundle.
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    /**
     * The bundles read so far, by language and name. A bundle is read when a key is first looked for in it:
     * a command's sentences are in the first, and reading all ten took a twentieth of a short command's start.
     */
    private static final Map<Locale, Map<String, Optional<ResourceBundle>>> BUNDLES_BY_LOCALE = new ConcurrentHashMap<>();

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
        Locale language = locale;
        Map<String, Optional<ResourceBundle>> read = BUNDLES_BY_LOCALE.computeIfAbsent(language, l -> new ConcurrentHashMap<>());
        for (String name : BUNDLES) {
            Optional<ResourceBundle> bundle = read.computeIfAbsent(name, n -> load(n, language));
            if (bundle.isPresent() && bundle.get().containsKey(key)) {
                return bundle.get().getString(key);
            }
        }
        throw new MissingResourceException("no sentence for " + key, Messages.class.getName(), key);
    }

    /** Empty for a feature's bundle that is not shipped: it simply holds no keys. */
    private static Optional<ResourceBundle> load(String name, Locale language) {
        Locale bundleLocale = language == VIETNAMESE ? Locale.ROOT : language;
        try {
            return Optional.of(ResourceBundle.getBundle(name, bundleLocale, Messages.class.getClassLoader(), NO_FALLBACK));
        } catch (MissingResourceException featureNotShipped) {
            return Optional.empty();
        }
    }
}
