package vn.plandesk.logic.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.plandesk.logic.export.ExportProgress;
import vn.plandesk.logic.export.docx.DocxOptions;
import vn.plandesk.logic.export.docx.PlanDocxWriter;
import vn.plandesk.logic.json.PlanJson;
import vn.plandesk.model.Phase;
import vn.plandesk.model.Plan;
import vn.plandesk.model.Task;
import vn.plandesk.model.UnitRef;

/**
 * A Word file PlanDesk wrote itself (the body lists the steps, the appendix table assigns the same
 * tasks) imports back to the same phases and tasks: the table's copy of a phase is not added to
 * the body's.
 */
class ExportedDocxReimportTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"000_c35e675f79bbd5c5", "004_939a8cc7529e5ded"})
    void theExportedWordFileImportsToTheSamePhasesAndTasks(String sample) throws Exception {
        Plan plan;
        try (InputStream in = getClass().getResourceAsStream("/samples/" + sample + ".json")) {
            plan = new PlanJson().read(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        Path docx = dir.resolve(sample + ".docx");
        try (OutputStream out = Files.newOutputStream(docx)) {
            new PlanDocxWriter().write(plan, DocxOptions.standard(), out, ExportProgress.NONE);
        }

        Plan imported = new PlanImporter(List.of()).read(docx).plan();

        assertEquals(outline(plan), outline(imported));
    }

    /** Each phase's title and time, then each of its tasks: content, time, lead. */
    private static List<String> outline(Plan plan) {
        List<String> lines = new ArrayList<>();
        for (Phase phase : plan.phases()) {
            lines.add(phase.title() + " | " + phase.span().raw());
            for (Task task : phase.allTasks()) {
                lines.add("  " + task.content().replaceAll("[.;]$", "") + " | " + task.deadline().raw() + " | "
                        + task.lead().stream().map(UnitRef::name).toList());
            }
        }
        return lines;
    }
}
