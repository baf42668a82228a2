package vn.plandesk.gui.importreview;

import vn.plandesk.gui.RecordingDialogService;
import static org.junit.jupiter.api.Assertions.assertEquals;
import vn.plandesk.gui.background.ImmediateTaskExecutor;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.plandesk.gui.StoreChanges;
import vn.plandesk.logic.i18n.Messages;
import vn.plandesk.logic.importer.PublicBodies;
import vn.plandesk.logic.store.Store;
import vn.plandesk.logic.store.StoreException;
import vn.plandesk.model.Plan;
import vn.plandesk.model.Task;
import vn.plandesk.model.TimeKind;
import vn.plandesk.model.Unit;
import vn.plandesk.model.UnitRef;

/** The review step without a screen: read, edit, choose units, then save or cancel. */
class ImportReviewViewModelTest {
    @TempDir
    Path folder;

    private Store store;
    private final RecordingDialogService dialogs = new RecordingDialogService();
    private final StoreChanges changes = new StoreChanges();
    private final List<StoreChanges.Change> published = new ArrayList<>();

    @BeforeEach
    void open() throws StoreException {
        Messages.setLocale(Messages.VIETNAMESE);
        store = Store.open(folder.resolve("plandesk"));
        changes.subscribe(published::add);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private ImportReviewViewModel review() {
        return new ImportReviewViewModel(store.plans(), store.units(), PublicBodies.shipped(), changes, dialogs,
                new ImmediateTaskExecutor());
    }

    static Path sample(String name) {
        try {
            return Path.of(ImportReviewViewModelTest.class.getResource("/importer/samples/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ReviewRow row(ImportReviewViewModel review, String path) {
        return review.allRows().stream().filter(r -> r.path().equals(path)).findFirst().orElseThrow();
    }

    @Test
    void readingASampleFillsThePlanAndMarksWhatIsUncertain() {
        ImportReviewViewModel review = review();
        review.readFile(sample("000_c35e675f79bbd5c5.txt"));

        assertEquals(ImportReviewViewModel.State.READY, review.state());
        assertTrue(review.subject().value().startsWith("Thực hiện xây dựng Đề án phát triển doanh nghiệp"), review.subject().value());
        assertEquals("Nguyễn Hữu Chiến", review.signerName().value());
        assertTrue(review.sourceTextProperty().get().contains("Trước ngày 26/11/2018"));
        ReviewRow first = row(review, "phases[0].tasks[0]");
        assertEquals("Tháng 9-10/2018", first.field(ReviewRow.Column.DEADLINE).value());
        assertEquals("01/09/2018 – 31/10/2018", first.field(ReviewRow.Column.UNDERSTOOD).value());
        assertEquals("26/11/2018", row(review, "phases[0].tasks[1]").field(ReviewRow.Column.UNDERSTOOD).value());

        // the document has no "Số:" line and names its issuer only in a sentence
        assertTrue(review.number().isUncertain());
        assertTrue(review.issuer().reason().contains("cần kiểm tra"), review.issuer().reason());
        assertTrue(first.field(ReviewRow.Column.LEAD).reason().contains("không nêu đơn vị chủ trì"));
        assertFalse(first.field(ReviewRow.Column.CONTENT).isUncertain());
        assertTrue(review.findings().stream().anyMatch(f -> f.field() == review.number()));
        assertEquals(review.findings().size(), review.openFindingsProperty().get());
        assertEquals(List.of("Tổ chuyên viên giúp việc", "Văn phòng Sở", "Giám đốc sở", "Phó Giám đốc sở Phùng Thị Thanh Nga"),
                review.unitChoices().stream().map(UnitChoice::name).toList());
    }

    @Test
    void choosingAFindingShowsItsPlaceInTheSource() {
        ImportReviewViewModel review = review();
        review.readFile(sample("000_c35e675f79bbd5c5.txt"));
        FindingItem aboutTask = review.findings().stream().filter(f -> f.row() != null).findFirst().orElseThrow();

        review.goTo(aboutTask);

        assertEquals(aboutTask, review.goneToProperty().get());
        ImportReviewViewModel.SourceRange range = review.sourceSelectionProperty().get();
        String selected = review.sourceTextProperty().get().substring(range.start(), range.end());
        assertTrue(selected.contains("Hoàn thành dự thảo đề cương"), selected);
    }

    @Test
    void editingDeadlineWordsReadsThemAgainAgainstTheIssueDate() {
        ImportReviewViewModel review = review();
        review.readFile(sample("000_c35e675f79bbd5c5.txt"));
        ReviewRow task = row(review, "phases[1].tasks[0]");
        assertTrue(task.field(ReviewRow.Column.DEADLINE).isUncertain(), "inherited from its phase");

        task.field(ReviewRow.Column.DEADLINE).set("trước ngày 15/01/2019");
        assertEquals(TimeKind.BEFORE, task.deadline().kind());
        assertEquals(LocalDate.of(2019, 1, 15), task.deadline().end());
        assertEquals("15/01/2019", task.field(ReviewRow.Column.UNDERSTOOD).value());
        assertFalse(task.field(ReviewRow.Column.DEADLINE).isUncertain(), "the user has dealt with it");
        assertTrue(review.findings().stream().filter(f -> f.field() == task.field(ReviewRow.Column.DEADLINE))
                .allMatch(FindingItem::isResolved));

        task.field(ReviewRow.Column.DEADLINE).set("khi có chỉ đạo của tỉnh");
        assertEquals(TimeKind.UNRESOLVED, task.deadline().kind());
        assertEquals("khi có chỉ đạo của tỉnh", task.deadline().raw(), "words that cannot be read are kept");
        assertEquals("không hiểu được", task.field(ReviewRow.Column.UNDERSTOOD).value());
        assertTrue(task.field(ReviewRow.Column.UNDERSTOOD).reason().contains("khi có chỉ đạo của tỉnh"));

        // "cuối tháng 4" has no year: the plan's issue date gives it
        review.issuedOn().set(LocalDate.of(2019, 1, 2));
        task.field(ReviewRow.Column.DEADLINE).set("cuối tháng 4");
        assertEquals("21/04/2019 – 30/04/2019", task.field(ReviewRow.Column.UNDERSTOOD).value());
        assertTrue(task.field(ReviewRow.Column.UNDERSTOOD).reason().contains("2019"));
        review.issuedOn().set(LocalDate.of(2020, 1, 2));
        assertEquals("21/04/2020 – 30/04/2020", task.field(ReviewRow.Column.UNDERSTOOD).value());
    }

    @Test
    void aMappedUnitIsStoredAsTheDirectoryUnitAndALeftOutOneNotAtAll() throws StoreException {
        Unit office = store.units().create(Unit.named("Văn phòng Sở Kế hoạch và Đầu tư"));
        store.units().create(Unit.named("Sở Tài chính"));
        ImportReviewViewModel review = review();
        review.readFile(sample("000_c35e675f79bbd5c5.txt"));
        UnitChoice written = choice(review, "Văn phòng Sở");
        assertEquals(List.of(office), review.directoryMatching("van phong ke hoach"), "searched without accents");

        review.choose(written, UnitChoice.Action.MAP, office);
        review.choose(choice(review, "Giám đốc sở"), UnitChoice.Action.LEAVE_OUT, null);
        OptionalLong id = accepted(review);

        Plan stored = store.plans().load(id.orElseThrow());
        Task collecting = stored.phases().get(7).tasks().get(3);
        assertEquals(List.of(new UnitRef(office.id(), office.fullName())), collecting.support());
        assertEquals(List.of(), stored.phases().get(8).tasks().get(0).lead(), "left out");
        List<String> directory = store.units().list().stream().map(Unit::fullName).toList();
        assertTrue(directory.contains("Tổ chuyên viên giúp việc"), "a unit chosen as new is added: " + directory);
        assertFalse(directory.contains("Văn phòng Sở"), directory.toString());
        assertFalse(directory.contains("Giám đốc sở"), directory.toString());
    }

    @Test
    void typingAUnitTheDirectoryDoesNotKnowProposesIt() throws StoreException {
        store.units().create(Unit.named("Sở Tài chính"));
        ImportReviewViewModel review = review();
        review.readFile(sample("000_c35e675f79bbd5c5.txt"));
        ReviewRow task = row(review, "phases[0].tasks[0]");

        task.field(ReviewRow.Column.LEAD).set("So Tai chinh; Phòng Đăng ký kinh doanh");

        assertTrue(review.unitChoices().stream().anyMatch(c -> c.name().equals("Phòng Đăng ký kinh doanh")));
        assertTrue(review.unitChoices().stream().noneMatch(c -> c.name().equals("So Tai chinh")), "the directory knows it");
        Plan stored = store.plans().load(accepted(review).orElseThrow());
        assertEquals(List.of("Sở Tài chính", "Phòng Đăng ký kinh doanh"),
                stored.phases().get(0).tasks().get(0).lead().stream().map(UnitRef::name).toList());
    }

    @Test
    void savingStoresExactlyOnePlanWithTheEditsAndTellsTheOtherViews() throws StoreException {
        ImportReviewViewModel review = review();
        review.readFile(sample("000_c35e675f79bbd5c5.txt"));
        row(review, "phases[0].tasks[1]").field(ReviewRow.Column.CONTENT).set("Trình Giám đốc Sở phê duyệt đề cương, dự toán");
        review.number().set("25/KH-SKHĐT");
        review.issuedOn().set(LocalDate.of(2018, 9, 12));

        OptionalLong id = accepted(review);

        assertTrue(id.isPresent());
        assertEquals(1, store.plans().count());
        Plan stored = store.plans().load(id.getAsLong());
        assertEquals("Trình Giám đốc Sở phê duyệt đề cương, dự toán", stored.phases().get(0).tasks().get(1).content());
        assertEquals(LocalDate.of(2018, 11, 26), stored.phases().get(0).tasks().get(1).deadline().end());
        assertEquals("25/KH-SKHĐT", stored.numberAndSymbol());
        assertEquals(LocalDate.of(2018, 9, 12), stored.issuedOn());
        assertEquals(review.allRows().stream().filter(r -> !r.isPhase()).count(), stored.taskCount());
        assertEquals(List.of(new StoreChanges.Change(id.getAsLong(), review)), published);
        assertEquals(ImportReviewViewModel.State.STORED, review.state());
        assertEquals(id, review.storedPlanId());
        review.accept(); // a second press stores nothing more
        assertEquals(1, store.plans().count());
    }

    @Test
    void aRowLeftOutIsNotStored() throws StoreException {
        ImportReviewViewModel review = review();
        review.readFile(sample("000_c35e675f79bbd5c5.txt"));
        int tasks = (int) review.allRows().stream().filter(r -> !r.isPhase()).count();

        review.remove(row(review, "phases[8]"));
        review.remove(row(review, "phases[0].tasks[0]"));

        Plan stored = store.plans().load(accepted(review).orElseThrow());
        assertEquals(tasks - 3, stored.taskCount());
        assertEquals("Trình phê duyệt đề cương, dự toán Đề án.", stored.phases().get(0).tasks().get(0).content());
        assertFalse(store.units().list().stream().anyMatch(u -> u.fullName().equals("Giám đốc sở")),
                "a unit only the removed phase named is not proposed any more");
    }

    @Test
    void cancellingStoresNothing() {
        ImportReviewViewModel review = review();
        review.readFile(sample("000_c35e675f79bbd5c5.txt"));
        row(review, "phases[0].tasks[1]").field(ReviewRow.Column.CONTENT).set("Đã sửa");

        review.cancel();

        assertEquals(ImportReviewViewModel.State.CANCELLED, review.state());
        assertEquals(0, store.plans().count());
        assertEquals(0, store.units().list().size());
        assertEquals(List.of(), published);
        assertEquals(OptionalLong.empty(), accepted(review));
    }

    @Test
    void aBadFileIsExplainedAndNothingIsStored() throws IOException {
        Path broken = folder.resolve("kế hoạch.docx");
        Files.write(broken, new byte[] {'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0});
        ImportReviewViewModel review = review();

        review.readFile(broken);

        assertEquals(ImportReviewViewModel.State.FAILED, review.state());
        assertEquals(1, dialogs.shown().size());
        String shown = dialogs.shown().get(0);
        assertTrue(shown.startsWith("Không nhập được văn bản: Tệp kế hoạch.docx"), shown);
        assertEquals(0, store.plans().count());
        assertEquals(OptionalLong.empty(), accepted(review));
    }

    @Test
    void pastedTextIsReadLikeAFile() throws IOException {
        ImportReviewViewModel review = review();
        review.readText(Files.readString(sample("004_939a8cc7529e5ded.txt")));

        assertEquals(ImportReviewViewModel.State.READY, review.state());
        assertEquals("Văn bản dán vào", review.documentNameProperty().get());
        assertFalse(review.phases().isEmpty());
    }

    @Test
    void aPlanWithoutSubjectIsNotStoredAndTheUserIsToldWhy() {
        ImportReviewViewModel review = review();
        review.readFile(sample("000_c35e675f79bbd5c5.txt"));
        review.subject().set("  ");

        assertEquals(OptionalLong.empty(), accepted(review));

        assertEquals(0, store.plans().count());
        assertTrue(dialogs.shown().get(0).contains("cần có trích yếu"), dialogs.shown().toString());
        assertEquals(ImportReviewViewModel.State.READY, review.state(), "the review stays open to fix it");
    }

    @Test
    void aUnitMarkedAsExistingNeedsItsDirectoryUnit() {
        ImportReviewViewModel review = review();
        review.readFile(sample("000_c35e675f79bbd5c5.txt"));
        review.choose(choice(review, "Văn phòng Sở"), UnitChoice.Action.MAP, null);

        assertEquals(OptionalLong.empty(), accepted(review));
        assertTrue(dialogs.shown().get(0).contains("Văn phòng Sở"), dialogs.shown().toString());
        assertNull(choice(review, "Văn phòng Sở").mappedTo());
        assertEquals(0, store.plans().count());
    }

    private static UnitChoice choice(ImportReviewViewModel review, String name) {
        return review.unitChoices().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }

    /** Presses Lưu; with the test's executor the plan is stored before this returns. The stored plan's id, or empty. */
    static OptionalLong accepted(ImportReviewViewModel review) {
        review.accept();
        return review.storedPlanId();
    }
}
