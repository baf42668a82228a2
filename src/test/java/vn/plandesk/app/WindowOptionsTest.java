package vn.plandesk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.plandesk.logic.i18n.Messages;

class WindowOptionsTest {

    @Test
    void noArgumentsOpenTheWindowInVietnamese() {
        assertEquals(Optional.of(WindowOptions.defaults()), WindowOptions.parse(List.of()));
        assertEquals(Messages.VIETNAMESE, WindowOptions.defaults().locale());
    }

    @Test
    void dataFileAndLanguageOpenTheWindow() {
        WindowOptions options = WindowOptions.parse(List.of("--db", "/tmp/kho", "--lang=en")).orElseThrow();
        assertEquals(Optional.of("/tmp/kho"), options.store());
        assertEquals(Messages.ENGLISH, options.locale());
        assertEquals(Optional.of("/tmp/kho"), WindowOptions.parse(List.of("--db=/tmp/kho")).orElseThrow().store());
    }

    @Test
    void anOfficeServerOpensTheWindowToo() {
        String server = "postgresql://may-chu:5432/plandesk?user=vanthu";
        assertEquals(Optional.of(server), WindowOptions.parse(List.of("--db", server)).orElseThrow().store());
        assertEquals(Optional.of(server), WindowOptions.parse(List.of("--db=" + server)).orElseThrow().store());
    }

    @Test
    void anythingElseIsACommand() {
        assertTrue(WindowOptions.parse(List.of("list")).isEmpty());
        assertTrue(WindowOptions.parse(List.of("--db", "/tmp/kho", "list")).isEmpty());
        assertTrue(WindowOptions.parse(List.of("--lang", "fr")).isEmpty());
        assertTrue(WindowOptions.parse(List.of("--db")).isEmpty());
        assertTrue(WindowOptions.parse(List.of("--help")).isEmpty());
    }
}
