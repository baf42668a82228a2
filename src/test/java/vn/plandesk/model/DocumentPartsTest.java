package vn.plandesk.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Number and symbol, recipients, signers, phases: the parts of a document as offices write them. */
class DocumentPartsTest {

    @Test
    void numbersAndSymbolsAreTakenApartAndWrittenTheDecreesWay() {
        DocumentNumber plan = DocumentNumber.parse("25/KH-KHCN").orElseThrow();
        assertEquals(new DocumentNumber(25, null, "KH", "KHCN"), plan);
        assertEquals(DocumentType.KE_HOACH, DocumentType.fromAbbreviation(plan.typeAbbreviation()));
        assertEquals("05/KH-SKHĐT", new DocumentNumber(5, null, "KH", "SKHĐT").format());
        assertEquals(new DocumentNumber(80, 2021, "NĐ", "CP"), DocumentNumber.parse("80/2021/NĐ-CP").orElseThrow());
        DocumentNumber draft = DocumentNumber.parse("   /KH-SKHĐT").orElseThrow();
        assertNull(draft.number());
        assertTrue(draft.format().startsWith("      /KH"));
        assertEquals(DocumentType.DE_AN, DocumentType.fromAbbreviation("ĐA"));
        assertEquals(DocumentType.DU_AN, DocumentType.fromAbbreviation("DA"));
        assertEquals(DocumentType.CHUONG_TRINH, DocumentType.fromAbbreviation("CTr"));
        assertFalse(DocumentNumber.parse("Kế hoạch năm 2026").isPresent());
    }

    @Test
    void recipientLinesKeepTheirNotesAndTheArchiveLine() {
        assertEquals(new Recipient("UBND tỉnh", "b/c", false), Recipient.parse("- UBND tỉnh (b/c);"));
        assertEquals(new Recipient("Các phòng, đơn vị thuộc Sở", "t/hiện", false), Recipient.parse("Các phòng, đơn vị thuộc Sở (t/hiện)"));
        assertEquals(new Recipient("VT, DNKTTT&TN", null, true), Recipient.parse("- Lưu: VT, DNKTTT&TN."));
        assertEquals("Lưu: VT, QLCN", Recipient.parse("Lưu: VT, QLCN").line());
        assertEquals("Sở Tài chính (Phòng Quản lý ngân sách)", Recipient.parse("Sở Tài chính (Phòng Quản lý ngân sách)").line(),
                "a long bracket is part of the name");
        assertEquals("Các phòng: THQH, ĐKKD, VP", Recipient.parse("- Các phòng: THQH, ĐKKD, VP;").line());
    }

    @Test
    void textIsKeptInNfc() {
        String nfd = Normalizer.normalize("Sở Kế hoạch và Đầu tư", Normalizer.Form.NFD);
        Unit unit = Unit.named(nfd);
        assertTrue(Normalizer.isNormalized(unit.fullName(), Normalizer.Form.NFC));
        assertEquals("Sở Kế hoạch và Đầu tư", unit.fullName());
        assertEquals("Sở Kế hoạch và Đầu tư", Plan.draft(DocumentType.KE_HOACH, nfd).subject());
    }

    @Test
    void authorityPrefixesAreRead() {
        assertEquals(Authority.KT, Authority.fromPrefix("KT."));
        assertEquals(Authority.TUQ, Authority.fromPrefix("tuq"));
        assertNull(Authority.fromPrefix(""));
        assertEquals("TM.", Authority.TM.prefix());
    }

    @Test
    void phasesNestOneLevelAndKeepRepeatedNumbers() {
        Phase sub = new Phase(null, "3.2", "Tháng 5", null, null, null, List.of(Task.of("b", null)), List.of());
        Phase step = new Phase(null, "3", "Bước 3", null, null, null, List.of(Task.of("a", null)),
                List.of(new Phase(null, "3.2", "Tháng 4", null, null, null, List.of(), List.of()), sub));
        assertEquals(List.of("a", "b"), step.allTasks().stream().map(Task::content).toList());
        assertThrows(IllegalArgumentException.class,
                () -> new Phase(null, "1", "Quá sâu", null, null, null, List.of(), List.of(step)));
        Plan plan = Plan.draft(DocumentType.KE_HOACH, "Kế hoạch").withPhases(List.of(step));
        assertEquals(2, plan.taskCount());
    }

    @Test
    void involvedUnitsListEachBodyOnceInOrderOfMention() {
        Task a = Task.of("a", null).withUnits(List.of(UnitRef.named("Sở Y tế")), List.of(UnitRef.named("Sở Tài chính")));
        Task b = Task.of("b", null).withUnits(List.of(UnitRef.named("Sở Tài chính")), List.of(UnitRef.named("Công an tỉnh")));
        Plan plan = new Plan(null, 0, null, null, null, null, null, null, "Kế hoạch", null, null,
                List.of(Phase.of("Giai đoạn", null, List.of(a, b))), null, null, null, null, null,
                List.of(UnitRef.named("Tổ giúp việc")), null);
        assertEquals(List.of("Tổ giúp việc", "Sở Y tế", "Sở Tài chính", "Công an tỉnh"),
                plan.involvedUnits().stream().map(UnitRef::name).toList());
    }
}
