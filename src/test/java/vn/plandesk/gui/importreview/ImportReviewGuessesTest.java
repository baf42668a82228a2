package vn.plandesk.gui.importreview;

import vn.plandesk.gui.RecordingDialogService;
import static org.junit.jupiter.api.Assertions.assertEquals;
import vn.plandesk.gui.background.ImmediateTaskExecutor;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.plandesk.gui.StoreChanges;
import vn.plandesk.logic.i18n.Messages;
import vn.plandesk.logic.importer.Finding;
import vn.plandesk.logic.importer.PublicBodies;
import vn.plandesk.logic.importer.UnitMatcher;
import vn.plandesk.logic.store.Store;
import vn.plandesk.logic.store.StoreException;
import vn.plandesk.model.Phase;
import vn.plandesk.model.Plan;
import vn.plandesk.model.Task;
import vn.plandesk.model.TimeExpression;
import vn.plandesk.model.Unit;
import vn.plandesk.model.UnitRef;

/** The review of guessed leads and deadlines: low confidence marked, one correction offered to the rows naming the same words, public bodies offered. */
class ImportReviewGuessesTest {
    /** A plan whose leads and deadlines are right, doubtful, missing or written under a 2025 former name. */
    static final String PLAN = """
            ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN
            Số: 12/KH-UBND
            Lạng Sơn, ngày 20 tháng 11 năm 2025
            KẾ HOẠCH
            Triển khai chuyển đổi số năm 2026
            I. NHIỆM VỤ
            1. Sở Tài chính chủ trì tổng hợp kinh phí, hoàn thành trước ngày 15/12/2025.
            2. Sở KH&ĐT chủ trì rà soát danh mục dự án, hoàn thành trước ngày 30/12/2025.
            3. Tổ công tác liên ngành số 5 chủ trì kiểm tra các dự án, hoàn thành trong tháng 01/2026.
            4. Tổ chức hội nghị sơ kết việc rà soát, hoàn thành trước ngày 15/8/2025.
            5. Sở KH&ĐT chủ trì báo cáo kết quả, hoàn thành trước ngày 31/01/2026.
            """;

    @TempDir
    Path folder;

    private Store store;
    private final RecordingDialogService dialogs = new RecordingDialogService();

    @BeforeEach
    void open() throws StoreException {
        Messages.setLocale(Messages.VIETNAMESE);
        store = Store.open(folder.resolve("plandesk"));
    }

    @AfterEach
    void close() {
        store.close();
    }

    private ImportReviewViewModel read() {
        ImportReviewViewModel review = new ImportReviewViewModel(store.plans(), store.units(), PublicBodies.shipped(),
                new StoreChanges(), dialogs, new ImmediateTaskExecutor());
        review.readText(PLAN);
        assertEquals(ImportReviewViewModel.State.READY, review.state());
        return review;
    }

    private static List<ReviewRow> tasks(ImportReviewViewModel review) {
        return review.allRows().stream().filter(r -> !r.isPhase()).toList();
    }

    private static String lead(ReviewRow row) {
        return row.field(ReviewRow.Column.LEAD).value();
    }

    @Test
    void leadsAndDeadlinesGuessedWithLittleToGoOnAreMarked() throws StoreException {
        store.units().create(Unit.named("Sở Tài chính"));
        ImportReviewViewModel review = read();
        List<ReviewRow> tasks = tasks(review);
        assertEquals(5, tasks.size(), tasks.stream().map(ReviewRow::shortTitle).toList().toString());

        assertNull(tasks.get(0).field(ReviewRow.Column.LEAD).reason(), "in the office's directory");
        assertNull(tasks.get(1).field(ReviewRow.Column.LEAD).reason(), "a public body, under its former name");
        String unknown = tasks.get(2).field(ReviewRow.Column.LEAD).reason();
        assertTrue(unknown.contains("“Tổ công tác liên ngành số 5” không có trong danh mục"), unknown);
        String missing = tasks.get(3).field(ReviewRow.Column.LEAD).reason();
        assertTrue(missing.contains("Các nhiệm vụ cùng mục đều có đơn vị chủ trì"), missing);
        String early = tasks.get(3).field(ReviewRow.Column.DEADLINE).reason();
        assertTrue(early.contains("sớm hơn ngày ban hành 20/11/2025"), early);
        assertNull(tasks.get(4).field(ReviewRow.Column.DEADLINE).reason());
        assertTrue(review.findings().stream().anyMatch(f -> f.row() == tasks.get(2) && f.field() == tasks.get(2).field(ReviewRow.Column.LEAD)),
                "listed with the findings, to go to");

        tasks.get(2).field(ReviewRow.Column.LEAD).set("Sở Nội vụ");
        assertFalse(tasks.get(2).field(ReviewRow.Column.LEAD).isUncertain(), "the secretary has dealt with it");
    }

    @Test
    void deadlineWordsThatCannotBeReadAreMarkedWhereTheyAreWritten() {
        Task unread = new Task(null, "1", "Báo cáo kết quả", TimeExpression.unresolved("khi có chỉ đạo của tỉnh"), null, null,
                List.of(UnitRef.named("Sở Tài chính")), List.of(), 0, null, null, List.of());
        ReviewRow phase = ReviewRow.ofPhase("phases[0]", new Phase(null, "I", "Nhiệm vụ", TimeExpression.none(), null, null,
                List.of(unread), List.of()));
        phase.children().add(ReviewRow.ofTask("phases[0].tasks[0]", unread));

        List<Finding> found = LowConfidence.of(List.of(phase), new UnitMatcher(List.of()), LocalDate.of(2025, 11, 20));

        assertEquals(1, found.size(), found.toString());
        assertEquals("phases[0].tasks[0].deadline", found.get(0).field());
        assertTrue(found.get(0).message().contains("khi có chỉ đạo của tỉnh"), found.get(0).message());
    }

    @Test
    void correctingALeadOffersTheSameCorrectionWhereTheSameWordsAreWritten() throws StoreException {
        ImportReviewViewModel review = read();
        List<ReviewRow> tasks = tasks(review);

        tasks.get(1).field(ReviewRow.Column.LEAD).set("Sở Tài chính");

        assertEquals(List.of("1 nhiệm vụ khác cũng ghi chủ trì “Sở KH&ĐT”. Sửa thành “Sở Tài chính” ở cả các nhiệm vụ đó? [Sửa cả 1 nhiệm vụ]"),
                dialogs.asked().stream().map(Object::toString).toList());
        assertEquals("Sở Tài chính", lead(tasks.get(4)));
        assertEquals("Sở Tài chính", lead(tasks.get(0)), "rows that did not name the words are left alone");
        Plan stored = store.plans().load(ImportReviewViewModelTest.accepted(review).orElseThrow());
        assertEquals(List.of("Sở Tài chính"), stored.allTasks().get(4).lead().stream().map(UnitRef::name).toList());
    }

    @Test
    void aDeclinedCorrectionChangesOnlyTheRowTheSecretaryEdited() throws StoreException {
        ImportReviewViewModel review = read();
        List<ReviewRow> tasks = tasks(review);
        dialogs.answer(false);

        tasks.get(1).field(ReviewRow.Column.LEAD).set("Sở Tài chính; Sở Xây dựng");

        assertEquals(1, dialogs.asked().size());
        assertEquals("Sở KH&ĐT", lead(tasks.get(4)));
        Plan stored = store.plans().load(ImportReviewViewModelTest.accepted(review).orElseThrow());
        assertEquals(List.of("Sở Tài chính", "Sở Xây dựng"), stored.allTasks().get(1).lead().stream().map(UnitRef::name).toList());
        assertEquals(List.of("Sở KH&ĐT"), stored.allTasks().get(4).lead().stream().map(UnitRef::name).toList(),
                "kept as written: nothing is changed that the secretary did not change");
        tasks.get(0).field(ReviewRow.Column.CONTENT).set("Tổng hợp kinh phí");
        assertEquals(1, dialogs.asked().size(), "other edits ask nothing");
    }

    @Test
    void aRenamedBodyIsKeptAsWrittenAndItsPresentNameOffered() throws StoreException {
        Unit finance = store.units().create(Unit.named("Sở Tài chính"));
        ImportReviewViewModel review = read();
        UnitChoice planning = review.unitChoices().stream().filter(c -> c.name().equals("Sở KH&ĐT")).findFirst().orElseThrow();

        assertEquals("Sở Kế hoạch và Đầu tư", planning.body().name());
        assertEquals(finance, planning.suggestion(), "the office's own unit for the body in place today");
        assertEquals(UnitChoice.Action.CREATE, planning.action(), "the name as written stays unless the secretary chooses");
        assertTrue(review.findings().stream().anyMatch(f -> f.reason().contains("nay là Sở Tài chính")));

        review.useSuggestion(planning);
        Plan stored = store.plans().load(ImportReviewViewModelTest.accepted(review).orElseThrow());
        assertEquals(List.of(new UnitRef(finance.id(), "Sở Tài chính")), stored.allTasks().get(1).lead());
    }

    @Test
    void theUnitPickerOffersTheOfficeUnitsThenThePublicBodies() throws StoreException {
        Unit office = store.units().create(Unit.named("Phòng Tài chính - Kế hoạch của Sở"));
        store.units().create(Unit.named("Sở Tài chính"));
        ImportReviewViewModel review = read();

        List<UnitOption> options = review.unitOptions("tai chinh");

        assertEquals(office, options.get(0).unit());
        assertFalse(options.get(0).isPublicBody());
        assertTrue(options.stream().skip(2).allMatch(UnitOption::isPublicBody), options.toString());
        assertTrue(options.stream().anyMatch(o -> o.isPublicBody() && o.unit().fullName().equals("Bộ Tài chính")));
        assertTrue(options.stream().noneMatch(o -> o.isPublicBody() && o.unit().fullName().equals("Sở Tài chính")),
                "a body the office has is offered once, as its own unit");
        UnitChoice team = review.unitChoices().stream().filter(c -> c.name().startsWith("Tổ công tác")).findFirst().orElseThrow();
        UnitOption ministry = options.stream().filter(o -> o.unit().fullName().equals("Bộ Tài chính")).findFirst().orElseThrow();
        review.choose(team, UnitChoice.Action.MAP, ministry.unit());
        Plan stored = store.plans().load(ImportReviewViewModelTest.accepted(review).orElseThrow());
        assertEquals("Bộ Tài chính", stored.allTasks().get(2).lead().get(0).name());
    }
}
