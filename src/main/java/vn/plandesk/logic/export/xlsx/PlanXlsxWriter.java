package vn.plandesk.logic.export.xlsx;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import vn.plandesk.logic.export.AssignmentRow;
import vn.plandesk.logic.export.AssignmentTable;
import vn.plandesk.logic.export.ExportProgress;
import vn.plandesk.logic.export.docx.DocumentParts;
import vn.plandesk.logic.text.NumericDate;
import vn.plandesk.logic.text.VietnameseText;
import vn.plandesk.model.Phase;
import vn.plandesk.model.Plan;
import vn.plandesk.model.Task;
import vn.plandesk.model.TaskStatus;
import vn.plandesk.model.UnitRef;

/**
 * A plan's assignment table as a workbook: "Phân công nhiệm vụ" (the appendix's columns plus start
 * and end as real dates), "Theo đơn vị" (one block per lead unit) and "Theo dõi" (overdue and
 * due-soon tasks as of the export date). Rows stream to disk (SXSSF), so a plan of 10,000 tasks
 * needs no more memory than one of 100.
 */
public final class PlanXlsxWriter {
    public static final String ASSIGNMENT_SHEET = "Phân công nhiệm vụ";
    public static final String BY_UNIT_SHEET = "Theo đơn vị";
    public static final String FOLLOW_UP_SHEET = "Theo dõi";
    /** Tasks due within this many days are "sắp đến hạn". */
    public static final int DUE_SOON_DAYS = 7;
    static final String NO_LEAD = "(Chưa giao cơ quan chủ trì)";
    static final List<String> ASSIGNMENT_HEADINGS = List.of("STT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp",
            "Thời gian hoàn thành", "Bắt đầu", "Kết thúc", "Sản phẩm", "Ghi chú");
    static final List<String> BY_UNIT_HEADINGS = List.of("STT", "Nội dung nhiệm vụ", "Giai đoạn", "Cơ quan phối hợp",
            "Thời gian hoàn thành", "Bắt đầu", "Kết thúc", "Ghi chú");
    static final List<String> FOLLOW_UP_HEADINGS = List.of("STT", "Tình trạng", "Nội dung nhiệm vụ", "Cơ quan chủ trì",
            "Thời gian hoàn thành", "Hạn", "Số ngày quá hạn", "Tiến độ (%)");
    private static final int TITLE_ROWS = 4;
    private static final int PROGRESS_EVERY = 100;
    /** Rows kept in memory per sheet before they are flushed to the temporary file. */
    private static final int WINDOW = 200;

    private record Placed(String phase, Task task) {
    }

    /** Writes the workbook; {@code today} is the date the follow-up sheet counts days late from. */
    public void write(Plan plan, LocalDate today, OutputStream out, ExportProgress progress) throws IOException {
        SXSSFWorkbook wb = new SXSSFWorkbook(WINDOW);
        try {
            XlsxKit kit = new XlsxKit(wb);
            int total = plan.taskCount();
            progress.update(0, total);
            assignments(wb.createSheet(ASSIGNMENT_SHEET), kit, plan, progress, total);
            List<Placed> placed = placed(plan);
            byUnit(wb.createSheet(BY_UNIT_SHEET), kit, plan, placed);
            followUp(wb.createSheet(FOLLOW_UP_SHEET), kit, plan, placed, today);
            wb.write(out);
        } finally {
            wb.close();
            wb.dispose();
        }
    }

    private static void titleBlock(Sheet sheet, XlsxKit kit, Plan plan, String title, int columns) {
        kit.titleRow(sheet, 0, title, kit.title, columns);
        kit.titleRow(sheet, 1, DocumentParts.citation(plan), kit.subtitle, columns);
        kit.titleRow(sheet, 2, plan.subject(), kit.subtitle, columns);
    }

    private static void assignments(Sheet sheet, XlsxKit kit, Plan plan, ExportProgress progress, int total) {
        int columns = ASSIGNMENT_HEADINGS.size();
        XlsxKit.widths(sheet, 6, 60, 26, 28, 22, 12, 12, 20, 22);
        titleBlock(sheet, kit, plan, "PHÂN CÔNG NHIỆM VỤ THỰC HIỆN " + DocumentParts.upper(plan.type().title()), columns);
        kit.headingRow(sheet, TITLE_ROWS, ASSIGNMENT_HEADINGS);
        int[] next = {TITLE_ROWS + 1};
        int[] done = {0};
        AssignmentTable.forEachRow(plan, r -> {
            Row row = sheet.createRow(next[0]++);
            if (r.isGroup()) {
                XlsxKit.cell(row, 0, r.number(), r.level() == 0 ? kit.group : kit.subGroup);
                XlsxKit.cell(row, 1, r.content(), r.level() == 0 ? kit.group : kit.subGroup);
                return;
            }
            XlsxKit.cell(row, 0, r.number(), kit.centred);
            XlsxKit.cell(row, 1, r.content(), kit.text);
            XlsxKit.cell(row, 2, String.join("\n", r.lead()), kit.text);
            XlsxKit.cell(row, 3, String.join("\n", r.support()), kit.text);
            XlsxKit.cell(row, 4, r.deadlineWords(), kit.centred);
            kit.date(row, 5, r.start());
            kit.date(row, 6, r.end());
            XlsxKit.cell(row, 7, r.deliverable(), kit.text);
            XlsxKit.cell(row, 8, r.notes(), kit.text);
            XlsxKit.fitHeight(sheet, row);
            if (++done[0] % PROGRESS_EVERY == 0 || done[0] == total) {
                progress.update(done[0], total);
            }
        });
        XlsxKit.tableSetup(sheet, TITLE_ROWS, next[0] - 1, columns);
    }

    private static List<Placed> placed(Plan plan) {
        List<Placed> placed = new ArrayList<>();
        for (Phase phase : plan.phases()) {
            phase.tasks().forEach(t -> placed.add(new Placed(phase.title(), t)));
            phase.subPhases().forEach(sub -> sub.tasks().forEach(t -> placed.add(new Placed(sub.title(), t))));
        }
        return placed;
    }

    /** One block per lead unit, units in Vietnamese alphabetical order; tasks without a lead last. */
    private static void byUnit(Sheet sheet, XlsxKit kit, Plan plan, List<Placed> placed) {
        int columns = BY_UNIT_HEADINGS.size();
        XlsxKit.widths(sheet, 6, 60, 32, 28, 22, 12, 12, 22);
        titleBlock(sheet, kit, plan, "NHIỆM VỤ THEO CƠ QUAN CHỦ TRÌ", columns);
        kit.headingRow(sheet, TITLE_ROWS, BY_UNIT_HEADINGS);
        // Grouped by exact name first, then the few names sorted once: collating per task is slow.
        Map<String, List<Placed>> grouped = new HashMap<>();
        List<Placed> unassigned = new ArrayList<>();
        for (Placed p : placed) {
            if (p.task().lead().isEmpty()) {
                unassigned.add(p);
            }
            for (UnitRef lead : p.task().lead()) {
                grouped.computeIfAbsent(lead.name(), k -> new ArrayList<>()).add(p);
            }
        }
        Map<String, List<Placed>> byLead = new TreeMap<>(VietnameseText.comparator());
        byLead.putAll(grouped);
        if (!unassigned.isEmpty()) {
            byLead.put(NO_LEAD, unassigned);
        }
        int next = TITLE_ROWS + 1;
        for (Map.Entry<String, List<Placed>> block : byLead.entrySet()) {
            Row unitRow = sheet.createRow(next++);
            XlsxKit.cell(unitRow, 0, null, kit.group);
            XlsxKit.cell(unitRow, 1, block.getKey() + " (" + block.getValue().size() + " nhiệm vụ)", kit.group);
            int n = 0;
            for (Placed p : block.getValue()) {
                Task t = p.task();
                AssignmentRow r = AssignmentTable.taskRow(t, ++n);
                Row row = sheet.createRow(next++);
                kit.number(row, 0, n);
                XlsxKit.cell(row, 1, t.content(), kit.text);
                XlsxKit.cell(row, 2, p.phase(), kit.text);
                XlsxKit.cell(row, 3, String.join("\n", r.support()), kit.text);
                XlsxKit.cell(row, 4, r.deadlineWords(), kit.centred);
                kit.date(row, 5, r.start());
                kit.date(row, 6, r.end());
                XlsxKit.cell(row, 7, r.notes(), kit.text);
                XlsxKit.fitHeight(sheet, row);
            }
        }
        XlsxKit.tableSetup(sheet, TITLE_ROWS, next - 1, columns);
    }

    /** Overdue tasks (most days late first), then tasks due within a week (soonest first). */
    private static void followUp(Sheet sheet, XlsxKit kit, Plan plan, List<Placed> placed, LocalDate today) {
        int columns = FOLLOW_UP_HEADINGS.size();
        XlsxKit.widths(sheet, 6, 16, 60, 30, 22, 12, 12, 11);
        List<Task> overdue = new ArrayList<>();
        List<Task> dueSoon = new ArrayList<>();
        for (Placed p : placed) {
            TaskStatus status = p.task().status(today, DUE_SOON_DAYS);
            if (status == TaskStatus.NOT_DONE_OVERDUE) {
                overdue.add(p.task());
            } else if (status == TaskStatus.DUE_SOON) {
                dueSoon.add(p.task());
            }
        }
        overdue.sort(Comparator.comparingLong((Task t) -> t.daysLate(today)).reversed());
        dueSoon.sort(Comparator.comparing((Task t) -> t.deadlineInForce().due()));
        kit.titleRow(sheet, 0, "THEO DÕI THỰC HIỆN NHIỆM VỤ", kit.title, columns);
        kit.titleRow(sheet, 1, DocumentParts.citation(plan), kit.subtitle, columns);
        kit.titleRow(sheet, 2, "Tính đến ngày " + NumericDate.FORMAT.format(today) + ": " + overdue.size() + " nhiệm vụ quá hạn, "
                + dueSoon.size() + " nhiệm vụ sắp đến hạn (trong " + DUE_SOON_DAYS + " ngày tới)", kit.subtitle, columns);
        kit.headingRow(sheet, TITLE_ROWS, FOLLOW_UP_HEADINGS);
        int next = TITLE_ROWS + 1;
        int n = 0;
        for (Task t : overdue) {
            next = followUpRow(sheet, kit, next, ++n, "Quá hạn", t, today);
        }
        for (Task t : dueSoon) {
            next = followUpRow(sheet, kit, next, ++n, "Sắp đến hạn", t, today);
        }
        XlsxKit.tableSetup(sheet, TITLE_ROWS, next - 1, columns);
    }

    private static int followUpRow(Sheet sheet, XlsxKit kit, int rowIndex, int n, String state, Task t, LocalDate today) {
        Row row = sheet.createRow(rowIndex);
        kit.number(row, 0, n);
        XlsxKit.cell(row, 1, state, kit.centred);
        XlsxKit.cell(row, 2, t.content(), kit.text);
        XlsxKit.cell(row, 3, String.join("\n", AssignmentTable.names(t.lead())), kit.text);
        XlsxKit.cell(row, 4, t.deadlineInForce().raw(), kit.centred);
        kit.date(row, 5, t.deadlineInForce().due());
        kit.number(row, 6, t.daysLate(today));
        kit.number(row, 7, t.percentDone());
        XlsxKit.fitHeight(sheet, row);
        return rowIndex + 1;
    }
}
