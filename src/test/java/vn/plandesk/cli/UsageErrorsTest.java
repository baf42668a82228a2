package vn.plandesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.plandesk.cli.CommandLineRun.plandesk;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.plandesk.cli.CommandLineRun.Result;

/**
 * A command typed wrongly is told in one line of the user's language, naming what was typed and the help
 * to read; picocli's own English wording never reaches a Vietnamese user. Nothing is opened or written.
 */
class UsageErrorsTest {
    /** picocli's phrases for the mistakes below: none may show through. */
    private static final List<String> PICOCLI_WORDING = List.of("Unknown option", "Missing required", "Invalid value", "Unmatched argument",
            "is not a long", "is not an int", "expected one of", "should be specified only once", "Did you mean");

    @TempDir
    Path dir;

    /** The mistake, what the Vietnamese line says, what the English one says, the help it points to. */
    static Stream<Arguments> mistakes() {
        return Stream.of(
                Arguments.of(List.of("export", "abc", "--format", "json", "-o", "x.json"), "\"abc\" không phải là số", "\"abc\" is not a number",
                        "plandesk export --help"),
                Arguments.of(List.of("list", "--bogus"), "không có tuỳ chọn \"--bogus\"", "has no option \"--bogus\"", "plandesk list --help"),
                Arguments.of(List.of("export"), "còn thiếu: --format, --output, ID", "still needs: --format, --output, ID",
                        "plandesk export --help"),
                Arguments.of(List.of("lsit"), "Không có lệnh \"lsit\". Các lệnh: import, list,", "There is no command \"lsit\". The commands: import, list,",
                        "plandesk --help"),
                Arguments.of(List.of("list", "thua"), "Thừa \"thua\"", "\"thua\" is one argument too many", "plandesk list --help"),
                Arguments.of(List.of("export", "1", "--format", "json", "--format", "xlsx", "-o", "x.json"), "--format chỉ được ghi một lần",
                        "--format may be given only once", "plandesk export --help"),
                Arguments.of(List.of("export", "1", "--format", "zzz", "-o", "x.json"), "Không có định dạng \"zzz\"", "zzz",
                        "plandesk export --help"),
                Arguments.of(List.of("export", "1", "--format", "pdf", "--paper", "B9", "-o", "x.pdf"), "\"B9\" không dùng được cho --paper: chọn A4",
                        "\"B9\" cannot be used for --paper: choose A4", "plandesk export --help"),
                Arguments.of(List.of("import", ""), "Đường dẫn trống", "The path is empty", "plandesk import --help"));
    }

    @ParameterizedTest
    @MethodSource("mistakes")
    void aMistakeIsOneLineInTheChosenLanguage(List<String> typed, String vietnamese, String english, String help) throws Exception {
        Path db = dir.resolve("db");
        Result vi = plandesk(withDb(db, List.of(), typed));
        assertEquals(2, vi.exitCode(), vi.err());
        assertEquals(1, vi.err().lines().count(), vi.err());
        assertTrue(vi.err().startsWith("Lỗi cú pháp: "), vi.err());
        assertTrue(vi.err().contains(vietnamese), vi.err());
        assertTrue(vi.err().strip().endsWith("Xem hướng dẫn: " + help), vi.err());
        PICOCLI_WORDING.forEach(phrase -> assertFalse(vi.err().contains(phrase), vi.err()));

        Result en = plandesk(withDb(db, List.of("--lang", "en"), typed));
        assertEquals(2, en.exitCode(), en.err());
        assertEquals(1, en.err().lines().count(), en.err());
        assertTrue(en.err().startsWith("Usage error: "), en.err());
        assertTrue(en.err().contains(english), en.err());
        assertTrue(en.err().strip().endsWith("See: " + help), en.err());

        assertFalse(Files.exists(db), "a mistyped command opens no store");
    }

    @Test
    void onlyTheTwoLanguagesAreTaken() {
        Result french = plandesk("--lang", "fr", "--db", dir.resolve("db").toString(), "list");
        assertEquals(2, french.exitCode(), french.err());
        assertEquals("Lỗi cú pháp: Không có ngôn ngữ \"fr\": chọn vi (tiếng Việt) hoặc en (tiếng Anh). Xem hướng dẫn: plandesk --help",
                french.err().strip());
        Result alone = plandesk("--lang=de");
        assertEquals(2, alone.exitCode(), "without a command the window would have opened: " + alone.err());
        assertTrue(alone.err().startsWith("Lỗi cú pháp: Không có ngôn ngữ \"de\""), alone.err());
        assertFalse(Files.exists(dir.resolve("db")), "nothing was opened");

        Result english = plandesk("--lang", "en", "--db", dir.resolve("db").toString(), "list");
        assertEquals(0, english.exitCode(), english.err());
        assertEquals("The store has no plans yet.", english.out().strip());
    }

    @Test
    void anEmptyDataFolderIsRefusedInsteadOfTheCurrentFolder() {
        Path madeHere = Path.of("plandesk.mv.db").toAbsolutePath();
        boolean thereBefore = Files.exists(madeHere);
        Result vi = plandesk("--db", "", "list");
        assertEquals(1, vi.exitCode(), vi.err());
        assertEquals("Lỗi: Chưa chỉ ra thư mục dữ liệu: --db trống. Hãy ghi một thư mục hoặc một địa chỉ postgresql://; không có gì thay đổi.",
                vi.err().strip());
        Result en = plandesk("--lang", "en", "--db", " ", "list");
        assertEquals(1, en.exitCode(), en.err());
        assertTrue(en.err().startsWith("Error: No data folder given: --db is empty."), en.err());
        // without a command the window would have opened: it takes no empty --db either, and says so here
        Result window = plandesk("--db", "");
        assertEquals(1, window.exitCode(), window.err());
        assertTrue(window.err().startsWith("Lỗi: Chưa chỉ ra thư mục dữ liệu"), window.err());
        assertEquals("", window.out(), "no help printed as if it had been asked for");
        assertEquals(thereBefore, Files.exists(madeHere), "no store is made in the folder the command ran in");
    }

    private static String[] withDb(Path db, List<String> first, List<String> typed) {
        return Stream.of(first.stream(), Stream.of("--db", db.toString()), typed.stream()).flatMap(s -> s).toArray(String[]::new);
    }
}
