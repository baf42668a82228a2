package vn.plandesk.logic.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Every key PlanJsonException uses has a Vietnamese and an English sentence that MessageFormat can fill. */
class JsonMessagesTest {

    private static final Set<String> KEYS = Set.of("json.notJson", "json.empty", "json.tooLarge", "json.fileError",
            "json.ioError", "json.notAPlan", "json.missingTitle", "json.missingField", "json.notAList", "json.badValue",
            "json.badDate", "json.badTime");

    @Test
    void everyKeyHasBothSentences() throws IOException {
        Map<String, String[]> messages = new HashMap<>();
        try (InputStream in = getClass().getResourceAsStream("/vn/plandesk/i18n/json-messages.txt")) {
            assertNotNull(in, "json-messages.txt");
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    String[] keyAndText = line.split(" = ", 2);
                    messages.put(keyAndText[0].strip(), keyAndText[1].split(" \\| "));
                }
            }
        }
        assertEquals(KEYS, messages.keySet());
        Object[] args = {"phases[2].tasks[0].due", "2019-02-30", "x"};
        messages.forEach((key, sentences) -> {
            assertEquals(2, sentences.length, key);
            String vietnamese = new MessageFormat(sentences[0].strip(), Locale.forLanguageTag("vi")).format(args);
            String english = new MessageFormat(sentences[1].strip(), Locale.ENGLISH).format(args);
            assertFalse(vietnamese.isBlank() || english.isBlank(), key);
        });
    }
}
