package vn.plandesk.logic.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.plandesk.model.DocumentType;
import vn.plandesk.model.Phase;
import vn.plandesk.model.Plan;
import vn.plandesk.model.Task;

/** An old Word .doc read through HWPF, and .docx files whose runs are in TCVN3 and VNI fonts. */
class WordDocAndLegacyFontTest {

    @TempDir
    Path dir;

    private static Path resource(String name) throws URISyntaxException {
        return Path.of(WordDocAndLegacyFontTest.class.getResource("/importer/" + name).toURI());
    }

    /** Phase titles with their tasks' contents and due dates, depth first: what a reading is judged on. */
    private static List<String> outline(Plan plan) {
        List<String> out = new ArrayList<>();
        plan.phases().forEach(p -> outline(p, "", out));
        return out;
    }

    private static void outline(Phase phase, String indent, List<String> out) {
        out.add(indent + phase.label() + " " + phase.title());
        for (Task task : phase.tasks()) {
            out.add(indent + "  - " + task.content() + " | " + task.deadline().raw() + " | " + task.deadline().due());
        }
        phase.subPhases().forEach(s -> outline(s, indent + "  ", out));
    }

    @Test
    void aWord97DocReadsLikeTheDocxItWasSavedFrom() throws Exception {
        PlanImporter importer = new PlanImporter(List.of());
        Plan fromDoc = importer.read(resource("doc/ke-hoach-lang-son.doc")).plan();
        Plan fromDocx = importer.read(resource("doc/ke-hoach-lang-son.docx")).plan();
        Plan fromText = importer.read(resource("samples/000_c35e675f79bbd5c5.txt")).plan();

        assertEquals(outline(fromDocx), outline(fromDoc));
        assertEquals(outline(fromText), outline(fromDoc));
        assertEquals(fromDocx.taskCount(), fromDoc.taskCount());
        assertTrue(fromDoc.taskCount() >= 10, "tasks read: " + fromDoc.taskCount());
        // the header sits in a table in both files
        assertEquals("312/KH-SKHĐT", fromDoc.numberAndSymbol());
        assertEquals(LocalDate.of(2018, 12, 10), fromDoc.issuedOn());
        assertEquals(fromDocx.numberAndSymbol(), fromDoc.numberAndSymbol());
        assertEquals(fromDocx.subject(), fromDoc.subject());
        assertTrue(fromDoc.allTasks().stream().anyMatch(t -> LocalDate.of(2019, 3, 20).equals(t.deadline().due())
                && t.content().contains("Tổ chuyên viên")), outline(fromDoc).toString());
    }
}
