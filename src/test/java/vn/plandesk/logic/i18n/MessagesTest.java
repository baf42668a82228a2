package vn.plandesk.logic.i18n;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class MessagesTest {
    private static final Path BUNDLES = Path.of("src/main/resources/vn/plandesk/i18n");

    @AfterEach
    void backToVietnamese() {
        Messages.setLocale(Messages.VIETNAMESE);
    }

    /** Bundles are read as their keys are first asked for; every sentence of each must still be found, in its language. */
    @Test
    void everySentenceOfEveryBundleIsFoundInBothLanguages() throws IOException {
        for (Locale language : List.of(Messages.ENGLISH, Messages.VIETNAMESE, Messages.ENGLISH)) {
            Messages.setLocale(language);
            String suffix = language == Messages.ENGLISH ? "_en.properties" : ".properties";
            List<Properties> bundles = bundles(suffix);
            int keys = 0;
            for (Properties bundle : bundles) {
                for (String key : bundle.stringPropertyNames()) {
                    String sentence = Messages.get(key);
                    assertTrue(bundles.stream().anyMatch(b -> sentence.equals(b.getProperty(key))),
                            language + " " + key + ": " + sentence);
                    keys++;
                }
            }
            assertTrue(keys > 300, "the bundles were read: " + keys);
        }
    }

    @Test
    void aKeyNoBundleHasIsMissingInBothLanguages() {
        for (Locale language : List.of(Messages.VIETNAMESE, Messages.ENGLISH)) {
            Messages.setLocale(language);
            assertFalse(Messages.has("no.such.sentence"));
            assertThrows(MissingResourceException.class, () -> Messages.get("no.such.sentence"));
        }
    }

    /** The bundles of {@link Messages} (the command line's help has its own, {@code cli}, read by picocli). */
    private static List<Properties> bundles(String suffix) throws IOException {
        List<Properties> bundles = new ArrayList<>();
        try (Stream<Path> files = Files.list(BUNDLES)) {
            for (Path file : files.filter(f -> isBundle(f.getFileName().toString(), suffix)).sorted().toList()) {
                Properties properties = new Properties();
                try (InputStream in = Files.newInputStream(file)) {
                    properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
                }
                bundles.add(properties);
            }
        }
        return bundles;
    }

    private static boolean isBundle(String name, String suffix) {
        boolean english = name.endsWith("_en.properties");
        return name.endsWith(suffix) && english == suffix.startsWith("_en") && !name.startsWith("cli");
    }
}
