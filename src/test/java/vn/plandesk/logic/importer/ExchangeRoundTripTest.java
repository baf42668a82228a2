package vn.plandesk.logic.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mpxj.ProjectFile;
import org.mpxj.Resource;
import org.mpxj.mspdi.MSPDIWriter;
import vn.plandesk.logic.export.mspdi.MspdiWriter;
import vn.plandesk.logic.samples.SamplePlans;
import vn.plandesk.model.Phase;
import vn.plandesk.model.Plan;
import vn.plandesk.model.Task;
import vn.plandesk.model.UnitRef;
import vn.plandesk.testing.PlanGenerator;

/** Plans out and back in: MS Project XML both ways, and a .docx with an appendix assignment table. */
class ExchangeRoundTripTest {

    @TempDir
    Path dir;

    @Test
    void mspdiWrittenHereReadsBackWithTheSameTasksDatesHierarchyAndAssignments() throws Exception {
        for (Plan plan : List.of(SamplePlans.plans().get(0), SamplePlans.plans().get(1), PlanGenerator.plan(60, 7))) {
            Path file = dir.resolve("plan.xml");
            try (OutputStream out = Files.newOutputStream(file)) {
                new MspdiWriter().write(plan, out);
            }
            ProjectFile project = new org.mpxj.reader.UniversalProjectReader().read(file.toFile());
            assertEquals(plan.phases().size(), project.getChildTasks().size());
            Plan back = new PlanImporter(List.of()).read(file).plan();
            assertEquals(plan.phases().size(), back.phases().size());
            for (int p = 0; p < plan.phases().size(); p++) {
                Phase a = plan.phases().get(p);
                Phase b = back.phases().get(p);
                assertEquals(a.title(), b.title());
                assertEquals(a.subPhases().size(), b.subPhases().size());
                assertEquals(a.allTasks().size(), b.allTasks().size());
                for (int t = 0; t < a.allTasks().size(); t++) {
                    Task x = a.allTasks().get(t);
                    Task y = b.allTasks().get(t);
                    assertEquals(x.content(), y.content());
                    assertEquals(x.deadline().due(), y.deadline().due(), x.content());
                    assertEquals(x.deadline().raw(), y.deadline().raw());
                    assertEquals(x.lead(), y.lead());
                    assertEquals(x.support(), y.support());
                }
            }
        }
    }

    @Test
    void anMspdiFileFromAnotherProjectImports() throws Exception {
        ProjectFile project = new ProjectFile();
        project.getProjectProperties().setProjectTitle("Xây dựng trụ sở xã");
        Resource builder = project.addResource();
        builder.setName("Ban Quản lý dự án");
        Resource finance = project.addResource();
        finance.setName("Phòng Tài chính - Kế hoạch");
        org.mpxj.Task prepare = project.addTask();
        prepare.setName("Chuẩn bị đầu tư");
        org.mpxj.Task survey = prepare.addTask();
        survey.setName("Khảo sát địa chất");
        survey.setStart(LocalDate.of(2026, 3, 2).atTime(8, 0));
        survey.setFinish(LocalDate.of(2026, 3, 20).atTime(17, 0));
        survey.addResourceAssignment(builder);
        survey.addResourceAssignment(finance);
        org.mpxj.Task handOver = project.addTask();
        handOver.setName("Bàn giao công trình");
        handOver.setStart(LocalDate.of(2026, 12, 15).atTime(8, 0));
        handOver.setFinish(LocalDate.of(2026, 12, 15).atTime(17, 0));
        Path file = dir.resolve("other.xml");
        try (OutputStream out = Files.newOutputStream(file)) {
            new MSPDIWriter().write(project, out);
        }
        Plan plan = new PlanImporter(List.of()).read(file).plan();
        assertEquals("Xây dựng trụ sở xã", plan.subject());
        assertEquals(2, plan.phases().size());
        Task first = plan.phases().get(0).tasks().get(0);
        assertEquals("Khảo sát địa chất", first.content());
        assertEquals(LocalDate.of(2026, 3, 20), first.deadline().due());
        assertEquals(LocalDate.of(2026, 3, 2), first.deadline().start());
        assertEquals(List.of(UnitRef.named("Ban Quản lý dự án")), first.lead());
        assertEquals(List.of(UnitRef.named("Phòng Tài chính - Kế hoạch")), first.support());
        assertEquals(LocalDate.of(2026, 12, 15), plan.phases().get(1).tasks().get(0).deadline().due());
    }

    @Test
    void aWordPlanWithAnAppendixTableGivesBackItsPhasesTasksDatesAndUnits() throws Exception {
        Plan plan = SamplePlans.plans().get(1);
        Path file = dir.resolve("ke-hoach.docx");
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            XWPFTable header = doc.createTable(2, 2);
            header.getRow(0).getCell(0).setText("SỞ KHOA HỌC VÀ CÔNG NGHỆ");
            header.getRow(0).getCell(1).setText("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
            header.getRow(1).getCell(0).setText("Số: 25/KH-KHCN");
            header.getRow(1).getCell(1).setText("Bắc Giang, ngày 25 tháng 02 năm 2019");
            doc.createParagraph().createRun().setText("KẾ HOẠCH");
            doc.createParagraph().createRun().setText(plan.subject());
            doc.createParagraph().createRun().setText("I. MỤC ĐÍCH, YÊU CẦU");
            doc.createParagraph().createRun().setText("Bảo đảm đúng tiến độ.");
            doc.createParagraph().createRun().setText("II. NHIỆM VỤ: Có biểu chi tiết kèm theo.");
            XWPFTable table = doc.createTable(1, 5);
            String[] heads = {"STT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành"};
            for (int i = 0; i < heads.length; i++) {
                table.getRow(0).getCell(i).setText(heads[i]);
            }
            String[] roman = {"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"};
            for (int p = 0; p < plan.phases().size(); p++) {
                Phase phase = plan.phases().get(p);
                var group = table.createRow();
                group.getCell(0).setText(roman[p]);
                group.getCell(1).setText(phase.title());
                int n = 1;
                for (Task task : phase.tasks()) {
                    var row = table.createRow();
                    row.getCell(0).setText(String.valueOf(n++));
                    row.getCell(1).setText(task.content());
                    row.getCell(2).setText(String.join("; ", task.lead().stream().map(UnitRef::name).toList()));
                    row.getCell(3).setText(String.join("; ", task.support().stream().map(UnitRef::name).toList()));
                    row.getCell(4).setText(task.deadline().raw());
                }
            }
            doc.write(out);
        }
        ImportResult result = new PlanImporter(List.of()).read(file);
        Plan back = result.plan();
        assertEquals("25/KH-KHCN", back.numberAndSymbol());
        assertEquals(LocalDate.of(2019, 2, 25), back.issuedOn());
        assertEquals(plan.phases().stream().map(Phase::title).toList(), back.phases().stream().map(Phase::title).toList());
        assertEquals(plan.taskCount(), back.taskCount());
        for (int i = 0; i < plan.taskCount(); i++) {
            Task a = plan.allTasks().get(i);
            Task b = back.allTasks().get(i);
            assertEquals(a.content(), b.content());
            assertEquals(a.deadline().due(), b.deadline().due(), a.content());
            assertEquals(a.lead().stream().map(UnitRef::name).map(String::toLowerCase).toList(),
                    b.lead().stream().map(UnitRef::name).map(String::toLowerCase).toList(), a.content());
        }
        assertTrue(result.findings().stream().anyMatch(f -> f.key().equals("finding.table")));
    }
}
