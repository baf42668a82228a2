package vn.plandesk.logic.importer.reading;

import java.util.ArrayList;
import java.util.List;
import vn.plandesk.logic.importer.source.SourceDocument;
import vn.plandesk.logic.text.VietnameseText;
import vn.plandesk.model.Phase;
import vn.plandesk.model.Task;
import vn.plandesk.model.TimeExpression;
import vn.plandesk.model.UnitRef;

/**
 * An appendix assignment table (STT | Nội dung nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp |
 * Thời gian hoàn thành | Sản phẩm | Ghi chú): the best source of tasks when a document has one.
 * Rows numbered with Roman numerals, or whose only text is in the first cells, open a phase.
 */
final class AssignmentTable {

    private int content = -1;
    private int lead = -1;
    private int support = -1;
    private int time = -1;
    private int product = -1;
    private int number = -1;
    private int headerRows;

    private AssignmentTable() {
    }

    static boolean isAssignmentTable(SourceDocument.Table table) {
        return columns(table) != null;
    }

    private static AssignmentTable columns(SourceDocument.Table table) {
        for (int r = 0; r < Math.min(2, table.rows().size()); r++) {
            AssignmentTable t = new AssignmentTable();
            List<String> row = table.rows().get(r);
            for (int c = 0; c < row.size(); c++) {
                String key = VietnameseText.searchKey(row.get(c));
                if (t.number < 0 && (key.equals("stt") || key.equals("tt") || key.equals("so tt"))) {
                    t.number = c;
                } else if (t.lead < 0 && (key.contains("chu tri") || key.contains("don vi thuc hien") || key.contains("co quan thuc hien")
                        || key.contains("trach nhiem"))) {
                    t.lead = c;
                } else if (t.support < 0 && key.contains("phoi hop")) {
                    t.support = c;
                } else if (t.time < 0 && (key.contains("thoi gian") || key.contains("thoi han") || key.contains("tien do")
                        || key.contains("hoan thanh"))) {
                    t.time = c;
                } else if (t.product < 0 && (key.contains("san pham") || key.contains("ket qua") || key.contains("hinh thuc"))) {
                    t.product = c;
                } else if (t.content < 0 && (key.contains("noi dung") || key.contains("nhiem vu") || key.contains("cong viec")
                        || key.contains("ten "))) {
                    t.content = c;
                }
            }
            if (t.content >= 0 && t.lead >= 0) {
                t.headerRows = r + 1;
                return t;
            }
        }
        return null;
    }

    /** Reads the rows of one table into phases, adding found time phrases to {@code timeline}. */
    static List<Phase> read(SourceDocument.Table table, Deadlines deadlines, List<Deadlines.Phrase> timeline) {
        AssignmentTable t = columns(table);
        List<Phase> phases = new ArrayList<>();
        String title = null;
        List<Task> tasks = new ArrayList<>();
        for (int r = t.headerRows; r < table.rows().size(); r++) {
            List<String> row = table.rows().get(r);
            String stt = cell(row, t.number);
            String text = cell(row, t.content);
            if (stt.matches("^\\(?\\d+\\)?$") && text.matches("^\\(?\\d+\\)?$")) {
                continue; // a row of column numbers (1) (2) (3)
            }
            boolean group = stt.matches("^[IVX]+\\.?$") || cell(row, t.lead).isBlank() && cell(row, t.time).isBlank()
                    && cell(row, t.support).isBlank() && !text.isBlank() && (stt.isBlank() || stt.matches("^[A-ZĐ]\\.?$"));
            if (group) {
                if (!tasks.isEmpty() || title != null) {
                    phases.add(Phase.of(title == null ? "Nhiệm vụ" : title, TimeExpression.none(), tasks));
                }
                title = (text.isBlank() ? String.join(" ", row) : text).replaceAll("\\s+", " ").strip();
                tasks = new ArrayList<>();
                continue;
            }
            if (text.isBlank()) {
                continue;
            }
            String timeText = cell(row, t.time);
            TimeExpression deadline = TimeExpression.none();
            if (!timeText.isBlank()) {
                List<Deadlines.Phrase> found = deadlines.find(timeText);
                deadline = found.isEmpty() ? deadlines.parse(timeText) : found.get(0).expression();
                found.stream().filter(p -> p.expression().end() != null).forEach(timeline::add);
            }
            List<UnitRef> leads = UnitNames.split(cell(row, t.lead).replace('\n', ',')).stream().map(UnitRef::named).toList();
            List<UnitRef> supports = UnitNames.split(cell(row, t.support).replace('\n', ',')).stream().map(UnitRef::named).toList();
            String product = cell(row, t.product);
            tasks.add(new Task(null, stt.isBlank() ? null : stt.replaceAll("\\.$", ""), text.replaceAll("\\s+", " ").strip(), deadline,
                    null, product.isBlank() ? null : product.replaceAll("\\s+", " "), leads, supports, 0, null, null, List.of()));
        }
        if (!tasks.isEmpty()) {
            phases.add(Phase.of(title == null ? "Nhiệm vụ" : title, TimeExpression.none(), tasks));
        }
        return phases;
    }

    private static String cell(List<String> row, int column) {
        return column < 0 || column >= row.size() ? "" : row.get(column).strip();
    }
}
