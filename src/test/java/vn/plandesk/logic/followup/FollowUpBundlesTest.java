package vn.plandesk.logic.followup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.text.Normalizer;
import java.util.Properties;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The follow-up and units sentences exist in both languages, are NFC and are valid MessageFormat patterns. */
class FollowUpBundlesTest {

    @ParameterizedTest
    @ValueSource(strings = {"followup", "units"})
    void bothLanguagesHaveTheSameSentences(String bundle) throws IOException {
        Properties vietnamese = load(bundle + ".properties");
        Properties english = load(bundle + "_en.properties");
        assertEquals(new TreeSet<>(vietnamese.stringPropertyNames()), new TreeSet<>(english.stringPropertyNames()));
        for (Properties sentences : new Properties[] {vietnamese, english}) {
            for (String key : sentences.stringPropertyNames()) {
                String pattern = sentences.getProperty(key);
                assertTrue(Normalizer.isNormalized(pattern, Normalizer.Form.NFC), key);
                new MessageFormat(pattern);
            }
        }
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = FollowUpBundlesTest.class.getResourceAsStream("/vn/plandesk/i18n/" + name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
