package vn.plandesk.logic.json;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.plandesk.logic.i18n.Messages;

/** Every key PlanJsonException uses has a Vietnamese and an English sentence that MessageFormat can fill. */
class JsonMessagesTest {

    private static final List<String> KEYS = List.of("json.notJson", "json.empty", "json.tooLarge", "json.fileError",
            "json.ioError", "json.notAPlan", "json.missingTitle", "json.missingField", "json.notAList", "json.badValue",
            "json.badDate", "json.badTime");

    @AfterEach
    void vietnameseAgain() {
        Messages.setLocale(Messages.VIETNAMESE);
    }

    @Test
    void everyKeyHasBothSentences() {
        Object[] args = {"phases[2].tasks[0].due", "2019-02-30", "x"};
        for (String key : KEYS) {
            Messages.setLocale(Messages.VIETNAMESE);
            assertTrue(Messages.has(key), key);
            String vietnamese = Messages.get(key, args);
            Messages.setLocale(Messages.ENGLISH);
            String english = Messages.get(key, args);
            assertFalse(vietnamese.isBlank() || english.isBlank(), key);
            assertNotEquals(vietnamese, english, key + " is translated");
        }
    }
}
