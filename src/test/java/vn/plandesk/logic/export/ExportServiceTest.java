package vn.plandesk.logic.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.plandesk.logic.export.docx.DocxOptions;
import vn.plandesk.logic.files.FileWriteException;
import vn.plandesk.model.Plan;
import vn.plandesk.testing.PlanGenerator;

/** The entry point the window calls: progress to the end, and nothing half-written on failure. */
class ExportServiceTest {
    @TempDir
    Path dir;

    private final Plan plan = PlanGenerator.plan(250, 1);

    @Test
    void reportsProgressUpToEveryTask() throws Exception {
        for (ExportFormat format : List.of(ExportFormat.DOCX, ExportFormat.XLSX)) {
            List<int[]> told = new ArrayList<>();
            new ExportService().exportPlan(plan, format, DocxOptions.standard(), LocalDate.of(2026, 6, 1),
                    dir.resolve("plan." + format.extension()), (done, total) -> told.add(new int[] {done, total}));
            assertTrue(told.size() > 2, format + " reports along the way");
            assertArrayEquals(new int[] {250, 250}, told.get(told.size() - 1), format + " ends at the last task");
        }
    }

    @Test
    void anExportCancelledHalfwayLeavesTheExistingFileAsItWas() throws Exception {
        Path target = Files.writeString(dir.resolve("ke-hoach.docx"), "bản đã gửi", StandardCharsets.UTF_8);
        ExportProgress cancel = (done, total) -> {
            if (done > 100) {
                throw new java.util.concurrent.CancellationException("cancelled by the user");
            }
        };
        // the window stops an export with a CancellationException, which passes through unchanged
        assertThrows(java.util.concurrent.CancellationException.class, () -> new ExportService().exportPlan(plan, ExportFormat.DOCX,
                DocxOptions.standard(), LocalDate.now(), target, cancel));
        assertEquals("bản đã gửi", Files.readString(target));
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count(), "no temporary file left");
        }
        FileWriteException e = assertThrows(FileWriteException.class, () -> new ExportService().exportPlan(plan, ExportFormat.XLSX,
                DocxOptions.standard(), LocalDate.now(), dir.resolve("khong-co").resolve("x.xlsx"), null));
        assertTrue(e.getMessage().contains("không tồn tại"), e.getMessage());
    }
}
