package vn.plandesk.bench;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import vn.plandesk.testing.PlanGenerator;

/**
 * The export baselines of {@code src/test/scripts/startup-bench.sh}, as whole processes:
 * {@code BareExport xlsx|docx TASKS FILE} writes the plan {@link StartupStores} stores first for TASKS
 * tasks as bare POI would, the .xlsx cells with a plain SXSSF loop, the .docx appendix rows in a plain
 * XWPF table ({@link ExportBenchmark}'s loops), to FILE.
 */
public final class BareExport {
    private BareExport() {
    }

    public static void main(String[] args) throws Exception {
        var plan = PlanGenerator.plan(Integer.parseInt(args[1]), StartupStores.FIRST_SEED);
        try (OutputStream out = Files.newOutputStream(Path.of(args[2]))) {
            switch (args[0]) {
                case "xlsx" -> ExportBenchmark.bareSxssf(ExportBenchmark.assignmentCells(plan, LocalDate.now()), out);
                case "docx" -> ExportBenchmark.bareXwpf(plan, out);
                default -> throw new IllegalArgumentException("xlsx or docx, not " + args[0]);
            }
        }
    }
}
