package vn.plandesk.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import vn.plandesk.logic.export.AssignmentRow;
import vn.plandesk.logic.export.AssignmentTable;
import vn.plandesk.logic.export.ExportProgress;
import vn.plandesk.logic.export.docx.DocxOptions;
import vn.plandesk.logic.export.docx.PlanDocxWriter;
import vn.plandesk.logic.export.xlsx.PlanXlsxWriter;
import vn.plandesk.logic.json.PlanJson;
import vn.plandesk.model.Plan;
import vn.plandesk.model.Task;
import vn.plandesk.testing.PlanGenerator;

/**
 * Times the Word and Excel exports of generated plans against baselines measured in the same run:
 * the JSON export of the same plan, a bare XWPF loop writing the appendix rows into a plain table,
 * and a bare SXSSF loop writing the same cell values into plain sheets. Reports the median of five
 * runs after two warm-ups, and the peak heap of one run. The whole .docx writes every task twice (a point
 * of the body and a row of the appendix); the appendix-only document is the like-for-like comparison
 * with the bare table loop. Arguments: plan sizes (default 1000 2000 10000). Run from the IDE or with
 * java -cp target/test-classes:target/classes:(test class path) vn.plandesk.bench.ExportBenchmark.
 */
public final class ExportBenchmark {
    private static final LocalDate TODAY = LocalDate.of(2026, 6, 1);
    private static final int WARMUPS = 2;
    private static final int RUNS = 5;

    /** Bytes are counted and dropped: the benchmark measures building the file, not the disk. */
    private static final class Sink extends OutputStream {
        long bytes;

        @Override
        public void write(int b) {
            bytes++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            bytes += len;
        }
    }

    private interface Job {
        void run(OutputStream out) throws IOException;
    }

    private record Measure(double millis, double peakHeapMb, long bytes) {
    }

    public static void main(String[] args) throws Exception {
        System.out.printf("Machine: %d cores, max heap %d MB, Java %s%n", Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20, System.getProperty("java.version"));
        int[] sizes = args.length == 0 ? new int[] {1_000, 2_000, 10_000}
                : java.util.Arrays.stream(args).mapToInt(Integer::parseInt).toArray();
        for (int size : sizes) {
            Plan plan = PlanGenerator.plan(size, 42);
            List<Object[]> cells = assignmentCells(plan, TODAY);
            Measure json = measure(out -> out.write(new PlanJson().write(plan).getBytes(StandardCharsets.UTF_8)));
            Measure bareXwpf = measure(out -> bareXwpf(plan, out));
            Measure docx = measure(out -> new PlanDocxWriter().write(plan, DocxOptions.standard(), out, ExportProgress.NONE));
            Measure appendix = measure(out -> new PlanDocxWriter().write(plan, DocxOptions.standard().withAppendixOnly(true), out,
                    ExportProgress.NONE));
            Measure bareSxssf = measure(out -> bareSxssf(cells, out));
            Measure xlsx = measure(out -> new PlanXlsxWriter().write(plan, TODAY, out, ExportProgress.NONE));
            System.out.printf("%n%,d tasks%n", size);
            line("json (baseline)", json, json, null);
            line("bare XWPF table loop", bareXwpf, json, null);
            line(".docx export", docx, json, bareXwpf);
            line(".docx appendix only", appendix, json, bareXwpf);
            line("bare SXSSF loop, same cells", bareSxssf, json, null);
            line(".xlsx export", xlsx, json, bareSxssf);
        }
    }

    private static void line(String name, Measure m, Measure json, Measure bare) {
        String vsBare = bare == null ? "" : String.format("  %.2fx the bare loop", m.millis() / bare.millis());
        System.out.printf("  %-30s %8.0f ms  %6.2fx json  peak heap %6.0f MB  %,10d bytes%s%n", name, m.millis(),
                m.millis() / json.millis(), m.peakHeapMb(), m.bytes(), vsBare);
    }

    private static Measure measure(Job job) throws IOException {
        for (int i = 0; i < WARMUPS; i++) {
            job.run(new Sink());
        }
        double[] times = new double[RUNS];
        double peak = 0;
        long bytes = 0;
        for (int i = 0; i < RUNS; i++) {
            System.gc();
            List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                    .filter(p -> p.getType() == MemoryType.HEAP).toList();
            heap.forEach(MemoryPoolMXBean::resetPeakUsage);
            Sink sink = new Sink();
            long start = System.nanoTime();
            job.run(sink);
            times[i] = (System.nanoTime() - start) / 1e6;
            peak = Math.max(peak, heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum() / 1048576.0);
            bytes = sink.bytes;
        }
        java.util.Arrays.sort(times);
        return new Measure(times[RUNS / 2], peak, bytes);
    }

    /**
     * The appendix rows as a plain table: seven cells of text per row, no formatting, rows appended
     * the fast way the export appends them (XWPFTable.createRow counts the rows on every call).
     */
    static void bareXwpf(Plan plan, OutputStream out) throws IOException {
        try (XWPFDocument doc = new XWPFDocument()) {
            XWPFTable table = doc.createTable(1, 7);
            AssignmentTable.forEachRow(plan, r -> {
                XWPFTableRow row = new XWPFTableRow(table.getCTTbl().addNewTr(), table);
                for (String text : new String[] {r.number(), r.content(), String.join("\n", r.lead()), String.join("\n", r.support()),
                    r.deadlineWords(), r.deliverable() == null ? "" : r.deliverable(), r.notes() == null ? "" : r.notes()}) {
                    row.createCell().setText(text);
                }
            });
            doc.write(out);
        }
    }

    /**
     * The values the export writes on its three sheets, computed before timing: the assignment rows,
     * a row per lead unit of each task, and a row per overdue or due-soon task.
     */
    static List<Object[]> assignmentCells(Plan plan, LocalDate today) {
        List<Object[]> rows = new ArrayList<>();
        for (AssignmentRow r : AssignmentTable.rows(plan)) {
            rows.add(new Object[] {r.number(), r.content(), String.join("\n", r.lead()), String.join("\n", r.support()),
                r.deadlineWords(), r.start(), r.end(), r.deliverable(), r.notes()});
        }
        rows.add(null);
        for (Task t : plan.allTasks()) {
            for (int i = 0; i < t.lead().size(); i++) {
                rows.add(new Object[] {"1", t.content(), "Giai đoạn", t.support().isEmpty() ? "" : t.support().get(0).name(),
                    t.deadline().raw(), t.deadline().start(), t.deadline().end(), t.notes()});
            }
        }
        rows.add(null);
        for (Task t : plan.allTasks()) {
            var status = t.status(today, PlanXlsxWriter.DUE_SOON_DAYS);
            if (status == vn.plandesk.model.TaskStatus.NOT_DONE_OVERDUE || status == vn.plandesk.model.TaskStatus.DUE_SOON) {
                rows.add(new Object[] {"1", status.name(), t.content(), t.lead().get(0).name(), t.deadline().raw(),
                    t.deadlineInForce().due(), (double) t.daysLate(today), (double) t.percentDone()});
            }
        }
        return rows;
    }

    /** The same values in plain cells (dates as dates), three sheets, no styles, no page setup. */
    static void bareSxssf(List<Object[]> rows, OutputStream out) throws IOException {
        SXSSFWorkbook wb = new SXSSFWorkbook(200);
        try {
            int sheetNo = 0;
            Sheet sheet = wb.createSheet("s" + sheetNo);
            int next = 0;
            for (Object[] values : rows) {
                if (values == null) {
                    sheet = wb.createSheet("s" + ++sheetNo);
                    next = 0;
                    continue;
                }
                Row row = sheet.createRow(next++);
                for (int c = 0; c < values.length; c++) {
                    Object v = values[c];
                    if (v instanceof String s) {
                        row.createCell(c).setCellValue(s);
                    } else if (v instanceof LocalDate d) {
                        row.createCell(c).setCellValue(d);
                    } else if (v instanceof Double d) {
                        row.createCell(c).setCellValue(d);
                    }
                }
            }
            wb.write(out);
        } finally {
            wb.close();
            wb.dispose();
        }
    }
}
