package vn.plandesk.logic.importer.reading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.plandesk.logic.importer.source.SourceDocument;
import vn.plandesk.model.Phase;
import vn.plandesk.model.Plan;
import vn.plandesk.model.Task;
import vn.plandesk.model.TimeExpression;
import vn.plandesk.model.TimeKind;
import vn.plandesk.model.UnitRef;

/** Assignment tables however offices lay them out, and how their tasks join the plan's text. */
class AssignmentTableTest {

    private static final List<String> OPENING = List.of("KẾ HOẠCH", "Triển khai chuyển đổi số năm 2026");

    @Test
    void columnsInAnyOrderUnderAHeaderOverTwoRowsWithARowOfColumnNumbers() {
        Plan plan = read(false, table(
                row("STT", "Thời hạn", "Nhiệm vụ, giải pháp", "Cơ quan thực hiện", "", "Kết quả"),
                row("", "", "", "Chủ trì", "Phối hợp", ""),
                row("(1)", "(2)", "(3)", "(4)", "(5)", "(6)"),
                row("1", "Quý I/2026", "Xây dựng cơ sở dữ liệu ngành", "Sở Tài chính", "Sở Nội vụ; Công an tỉnh", "Cơ sở dữ liệu")));

        Task task = onlyTask(plan);
        assertEquals("Xây dựng cơ sở dữ liệu ngành", task.content());
        assertEquals(List.of("Sở Tài chính"), names(task.lead()));
        assertEquals(List.of("Sở Nội vụ", "Công an tỉnh"), names(task.support()));
        assertEquals(LocalDate.of(2026, 3, 31), task.deadline().end());
        assertEquals("Cơ sở dữ liệu", task.deliverable());
    }

    @Test
    void textInTheNumberColumnIsNoTaskNumber() {
        Plan plan = read(false, table(
                row("TT", "Nội dung", "Đơn vị chủ trì", "Thời gian thực hiện"),
                row("Nội dung cập nhật khi các ô của hàng đã bị gộp", "Cập nhật cơ sở dữ liệu", "Sở Tài chính", "Năm 2026")));

        assertEquals(null, onlyTask(plan).label());
    }

    @Test
    void aTimeCellThatSetsWhenTheTaskRunsIsADeadlineEvenAsBareYears() {
        Plan plan = read(false, table(
                row("TT", "Nội dung", "Đơn vị chủ trì", "Thời gian thực hiện"),
                row("1", "Triển khai nền tảng số", "Sở Khoa học và Công nghệ", "2026 - 2030"),
                row("2", "Ban hành kế hoạch", "Sở Khoa học và Công nghệ", "2026"),
                row("3", "Theo dõi, đôn đốc", "Sở Khoa học và Công nghệ", "Thường xuyên")));

        List<Task> tasks = plan.phases().get(0).tasks();
        assertEquals(TimeKind.RANGE, tasks.get(0).deadline().kind());
        assertEquals(LocalDate.of(2030, 12, 31), tasks.get(0).deadline().end());
        assertEquals("2026", tasks.get(1).deadline().raw());
        assertEquals(LocalDate.of(2026, 12, 31), tasks.get(1).deadline().end());
        assertEquals("Thường xuyên", tasks.get(2).deadline().raw());
        // undated words stay the task's phrase but are no deadline of the plan
        assertEquals(List.of("2026 - 2030", "2026"), plan.sourceDeadlines().stream().map(TimeExpression::raw).toList());
    }

    @Test
    void groupRowsOpenPhasesAndSubPhasesAndDeeperGroupsAreFlattened() {
        Plan plan = read(false, table(
                row("A", "PHÁT TRIỂN NỀN MÓNG"),
                row("I", "Hoàn thiện thể chế"),
                row("STT", "Nhiệm vụ", "Đơn vị thực hiện", "Đơn vị phối hợp", "Thời gian"),
                row("1.1", "Rà soát quy định", "Sở Tư pháp", "Các sở, ban, ngành", "2026"),
                row("II", "Phát triển hạ tầng"),
                row("STT", "Nhiệm vụ", "Đơn vị thực hiện", "Đơn vị phối hợp", "Thời gian"),
                row("2.1", "Phát triển hạ tầng số", "Sở Khoa học và Công nghệ", "", "2026"),
                row("2.2", "", "Thương mại", "", ""),
                row("2.2.1", "Phát triển thương mại điện tử", "Sở Công Thương", "", "2027")));

        assertEquals(1, plan.phases().size());
        Phase a = plan.phases().get(0);
        assertEquals("PHÁT TRIỂN NỀN MÓNG", a.title());
        assertEquals(List.of("Hoàn thiện thể chế", "Phát triển hạ tầng"), a.subPhases().stream().map(Phase::title).toList());
        assertEquals(List.of("Phát triển hạ tầng số", "Phát triển thương mại điện tử"),
                a.subPhases().get(1).tasks().stream().map(Task::content).toList());
    }

    @Test
    void aGroupWrittenInOneMergedCellOpensAPhaseWithoutItsNumeral() {
        Plan plan = read(false, table(
                row("TT", "Chỉ tiêu", "Chủ trì"),
                row("I. Kinh tế số"),
                row("1", "Kinh tế số chiếm 30% GRDP", "Sở Tài chính"),
                row("II. Xã hội số"),
                row("1", "Tỷ lệ phủ sóng 5G đạt 100%", "Sở Khoa học và Công nghệ")));

        assertEquals(List.of("Kinh tế số", "Xã hội số"), plan.phases().stream().map(Phase::title).toList());
    }

    @Test
    void aRowWithCellsMergedFromTheRowAboveTakesItsLeadAndTimeOnce() {
        // a text file: Word's merged cells are left out of the shorter row
        Plan plan = read(true, table(
                row("TT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành"),
                row("1", "Xây dựng hạ tầng", "Trung tâm Chuyển đổi số", "Sở Tài chính", "Quý IV/2026"),
                row("Xây dựng hạ tầng dự phòng", "Sở Khoa học và Công nghệ")));

        List<Task> tasks = plan.phases().get(0).tasks();
        assertEquals(2, tasks.size());
        assertEquals(List.of("Sở Khoa học và Công nghệ"), names(tasks.get(1).lead()));
        assertEquals(List.of("Sở Tài chính"), names(tasks.get(1).support()));
        assertEquals("Quý IV/2026", tasks.get(1).deadline().raw());
        assertEquals(1, plan.sourceDeadlines().size());
    }

    @Test
    void aCellOfATextFileBreaksItsLinesLikeTextButAWordCellHoldsOneBodyPerParagraph() {
        List<String> header = row("TT", "Nội dung", "Chủ trì", "Thời hạn");
        List<String> task = row("1", "Tổng hợp báo cáo", "Sở Khoa học và\nCông nghệ\nSở Tài chính", "Năm 2026");

        assertEquals(List.of("Sở Khoa học và Công nghệ", "Sở Tài chính"), names(onlyTask(read(true, table(header, task))).lead()));
        List<String> word = row("1", "Tổng hợp báo cáo", "Văn phòng Sở\nCác phòng, đơn vị", "Năm 2026");
        assertEquals(List.of("Văn phòng Sở", "Các phòng, đơn vị"), names(onlyTask(read(false, table(header, word))).lead()));
    }

    @Test
    void withoutALeadColumnTheBodiesThatSubmitAndDraftLeadAndThoseThatExamineDoNot() {
        Plan plan = read(false, table(
                row("TT", "Tên văn bản", "Cơ quan trình", "Cơ quan soạn thảo", "Cơ quan thẩm tra", "Tiến độ"),
                row("", "Nghị quyết về tổ chức bộ máy", "Ban Công tác đại biểu",
                        "Ban Công tác đại biểu (Viện Nghiên cứu lập pháp phối hợp chuẩn bị dự thảo)", "Ủy ban Pháp luật",
                        "Trình xem xét tại Phiên họp (tháng 02/2025); thông qua tại Kỳ họp (cuối tháng 02/2025)")));

        Task task = onlyTask(plan);
        assertEquals(List.of("Ban Công tác đại biểu"), names(task.lead()));
        assertEquals(List.of("Viện Nghiên cứu lập pháp"), names(task.support()));
        // every dated milestone is a deadline; the task's is the last
        assertEquals("cuối tháng 02/2025", task.deadline().raw());
        assertEquals(2, plan.sourceDeadlines().size());
    }

    @Test
    void aRowAConverterBrokeIntoPiecesIsJoinedBack() {
        Plan plan = read(true, table(
                row("TT", "Tên văn bản", "Cơ quan trình", "Cơ quan soạn thảo", "Cơ quan thẩm tra", "Tiến độ"),
                row("", "II. Văn bản thuộc thẩm quyền của Ủy ban"),
                row("", "Nghị quyết về tổ chức bộ máy", "Ban Dân nguyện"),
                row("Ban Dân nguyện"),
                row("", "Trước ngày 10/01/2025")));

        Task task = onlyTask(plan);
        assertEquals("Văn bản thuộc thẩm quyền của Ủy ban", plan.phases().get(0).title());
        assertEquals("Nghị quyết về tổ chức bộ máy", task.content());
        assertEquals(LocalDate.of(2025, 1, 10), task.deadline().end());
    }

    @Test
    void aTableOfFiguresWithoutBodiesIsNoAssignmentTable() {
        Plan plan = read(false, table(
                row("TT", "Chỉ tiêu", "ĐVT", "Năm 2026", "Năm 2027"),
                row("1", "Diện tích cây ăn quả", "ha", "1.200", "1.300")));

        assertTrue(plan.phases().stream().flatMap(p -> p.allTasks().stream()).noneMatch(t -> t.content().contains("Diện tích")));
    }

    @Test
    void tablePhasesStandInDocumentOrderAmongTheProsePhases() {
        List<SourceDocument.Block> blocks = new ArrayList<>();
        OPENING.forEach(l -> blocks.add(new SourceDocument.Paragraph(l)));
        blocks.add(new SourceDocument.Paragraph("I. TIẾN ĐỘ THỰC HIỆN"));
        blocks.add(new SourceDocument.Paragraph("1. Giai đoạn chuẩn bị"));
        blocks.add(new SourceDocument.Paragraph("- Khảo sát hiện trạng hạ tầng số trong Quý I/2026."));
        blocks.add(table(row("TT", "Nhiệm vụ", "Chủ trì", "Thời gian"),
                row("I", "NHÓM NHIỆM VỤ VỀ THỂ CHẾ"),
                row("1", "Rà soát các quy định về dữ liệu", "Sở Tư pháp", "Quý II/2026")));
        blocks.add(new SourceDocument.Paragraph("II. TỔ CHỨC THỰC HIỆN"));
        blocks.add(new SourceDocument.Paragraph("1. Sở Tài chính bố trí kinh phí thực hiện Kế hoạch."));
        Plan plan = PlanTextReader.read(new SourceDocument("k.docx", blocks, false, null)).plan();

        assertEquals(List.of("Giai đoạn chuẩn bị", "NHÓM NHIỆM VỤ VỀ THỂ CHẾ", "Tổ chức thực hiện"),
                plan.phases().stream().map(Phase::title).toList());
    }

    @Test
    void aProsePhaseTheTableRestatesIsReadOnceFromTheTable() {
        List<SourceDocument.Block> blocks = new ArrayList<>();
        OPENING.forEach(l -> blocks.add(new SourceDocument.Paragraph(l)));
        blocks.add(new SourceDocument.Paragraph("I. NHIỆM VỤ VÀ TIẾN ĐỘ THỰC HIỆN"));
        blocks.add(new SourceDocument.Paragraph("1. Xây dựng dự thảo (Tháng 3/2026)"));
        blocks.add(new SourceDocument.Paragraph("a) Xây dựng dự thảo Quy định (Tháng 3/2026);"));
        blocks.add(new SourceDocument.Paragraph("b) Lấy ý kiến các sở, ngành về dự thảo."));
        blocks.add(new SourceDocument.Paragraph("Phụ lục"));
        blocks.add(table(row("STT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Thời gian hoàn thành"),
                row("I", "Xây dựng dự thảo (Tháng 3/2026)"),
                row("1", "Xây dựng dự thảo Quy định.", "Phòng Quản lý công nghệ", "Tháng 3/2026"),
                row("2", "Lấy ý kiến các sở, ngành về dự thảo.", "Phòng Quản lý công nghệ", "Tháng 3/2026")));
        Plan plan = PlanTextReader.read(new SourceDocument("k.docx", blocks, false, null)).plan();

        assertEquals(1, plan.phases().size());
        Phase phase = plan.phases().get(0);
        assertEquals("Xây dựng dự thảo", phase.title());
        assertEquals(LocalDate.of(2026, 3, 31), phase.span().end());
        assertEquals(List.of("Phòng Quản lý công nghệ"), names(phase.tasks().get(0).lead()));
    }

    // ---- helpers --------------------------------------------------------------------------------

    private static Plan read(boolean textFile, SourceDocument.Table table) {
        List<SourceDocument.Block> blocks = new ArrayList<>();
        OPENING.forEach(l -> blocks.add(new SourceDocument.Paragraph(l)));
        blocks.add(new SourceDocument.Paragraph("PHỤ LỤC"));
        blocks.add(table);
        return PlanTextReader.read(new SourceDocument(textFile ? "k.txt" : "k.docx", blocks, textFile, null)).plan();
    }

    @SafeVarargs
    private static SourceDocument.Table table(List<String>... rows) {
        return new SourceDocument.Table(List.of(rows));
    }

    private static List<String> row(String... cells) {
        return List.of(cells);
    }

    private static Task onlyTask(Plan plan) {
        List<Task> tasks = plan.phases().stream().flatMap(p -> p.allTasks().stream()).toList();
        assertEquals(1, tasks.size(), tasks.toString());
        return tasks.get(0);
    }

    private static List<String> names(List<UnitRef> units) {
        return units.stream().map(UnitRef::name).toList();
    }
}
