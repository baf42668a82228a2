package vn.plandesk.logic.importer.reading;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Where a text file's broken lines are joined back into one sentence. */
class LineJoiningTest {

    private static Line line(String text) {
        return new Line(text, 0, text.length(), false, List.of());
    }

    @Test
    void aNameOfADepartmentAfterACommaGoesOnWithTheSentence() {
        assertTrue(Lines.continues(line("- Phối hợp với Sở Tư pháp,"), "Sở Ngoại vụ và Sở Y tế hướng dẫn các đơn vị", false));
    }

    @Test
    void aDocumentNumberStillStartsABlock() {
        assertFalse(Lines.continues(line("ỦY BAN NHÂN DÂN TỈNH X,"), "Số 15/KH-UBND", false));
        assertFalse(Lines.continues(line("ỦY BAN NHÂN DÂN TỈNH X,"), "Số: 15/KH-UBND", false));
    }
}
