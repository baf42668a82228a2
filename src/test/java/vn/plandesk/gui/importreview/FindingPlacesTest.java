package vn.plandesk.gui.importreview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.plandesk.logic.i18n.Messages;
import vn.plandesk.logic.importer.Finding;
import vn.plandesk.model.Phase;
import vn.plandesk.model.Task;
import vn.plandesk.model.TimeExpression;

/** Each kind of finding lands on what it is about: a header field, a row's cell, an unknown unit, or the document. */
class FindingPlacesTest {
    private final ReviewField<String> number = new ReviewField<>("Số, ký hiệu", null, true);
    private final ReviewRow phase = ReviewRow.ofPhase("phases[1]", Phase.of("Triển khai", TimeExpression.none(), List.of()));
    private final ReviewRow subPhaseTask = ReviewRow.ofTask("phases[1].subPhases[0].tasks[2]",
            Task.of("Tổng hợp báo cáo quý", TimeExpression.unresolved("Hằng quý")));
    private final UnitChoice unknown = new UnitChoice("Phòng Văn hóa", null, null);
    private FindingPlaces places;

    @BeforeEach
    void places() {
        Messages.setLocale(Messages.VIETNAMESE);
        places = new FindingPlaces(Map.of("number", number),
                Map.of(phase.path(), phase, subPhaseTask.path(), subPhaseTask), name -> unknown);
    }

    @Test
    void aHeaderFindingMarksItsField() {
        FindingItem item = places.place(Finding.of("number", 0, 9, "finding.noNumber"));
        assertSame(number, item.field());
        assertNull(item.row());
        assertEquals("Số, ký hiệu", item.where());
    }

    @Test
    void aRowFindingMarksTheNamedCellOrElseTheContent() {
        FindingItem deadline = places.place(Finding.of("phases[1].subPhases[0].tasks[2].deadline", 5, 9, "finding.deadlineUnresolved"));
        assertSame(subPhaseTask, deadline.row());
        assertSame(subPhaseTask.field(ReviewRow.Column.DEADLINE), deadline.field());

        FindingItem focal = places.place(Finding.of("phases[1].focalUnit", 0, 1, "finding.noLead"));
        assertSame(phase.field(ReviewRow.Column.LEAD), focal.field());

        FindingItem whole = places.place(Finding.of("phases[1]", 0, 1, "finding.numbering"));
        assertSame(phase.field(ReviewRow.Column.CONTENT), whole.field());
        assertEquals("Triển khai › " + phase.field(ReviewRow.Column.CONTENT).name(), whole.where());
    }

    @Test
    void aProposedUnitIsTheChoiceOfferedForIt() {
        FindingItem item = places.place(Finding.of("units", -1, -1, "finding.unitProposed", "Phòng Văn hóa"));
        assertSame(unknown, item.unit());
        assertEquals("Đơn vị “Phòng Văn hóa”", item.where());
    }

    @Test
    void anythingElseIsAboutTheUnitsOrTheWholeDocument() {
        assertEquals("Đơn vị", places.place(Finding.of("units", -1, -1, "finding.unitMatched", "Sở Tài chính", "Sở Tài chính")).where());
        FindingItem unknownRow = places.place(Finding.of("phases[7].tasks[0]", 0, 1, "finding.noLead"));
        assertNull(unknownRow.row());
        assertNull(unknownRow.field());
        assertEquals("Cả văn bản", unknownRow.where());
    }
}
