package vn.plandesk.gui.importreview;

import vn.plandesk.gui.RecordingDialogService;
import static org.junit.jupiter.api.Assertions.assertEquals;
import vn.plandesk.gui.background.FxTaskExecutor;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeTableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.util.WaitForAsyncUtils;
import vn.plandesk.gui.StoreChanges;
import vn.plandesk.logic.i18n.Messages;
import vn.plandesk.logic.importer.PublicBodies;
import vn.plandesk.logic.store.Store;
import vn.plandesk.logic.store.StoreException;
import vn.plandesk.model.Plan;

/** The review window driven like a user would: read a sample, look at a marked field, edit a task, save. */
@ExtendWith(ApplicationExtension.class)
class ImportReviewWindowTest {
    @TempDir
    Path folder;

    private Store store;
    private ImportReview imports;
    private final RecordingDialogService dialogs = new RecordingDialogService();
    private final AtomicLong storedId = new AtomicLong(-1);

    @Start
    void start(Stage owner) throws StoreException {
        Messages.setLocale(Messages.VIETNAMESE);
        store = Store.open(folder.resolve("plandesk"));
        owner.setScene(new javafx.scene.Scene(new javafx.scene.layout.StackPane(), 300, 200));
        owner.show();
        imports = new ImportReview(owner, store.plans(), store.units(), PublicBodies.shipped(), new StoreChanges(), reviewWindow -> dialogs,
                new FxTaskExecutor());
    }

    @Stop
    void stop() {
        store.close();
    }

    private ImportReviewViewModel open(FxRobot robot, Path file) throws TimeoutException {
        ImportReviewViewModel[] review = new ImportReviewViewModel[1];
        robot.interact(() -> review[0] = imports.openFile(file, storedId::set));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> review[0].state() != ImportReviewViewModel.State.READING);
        WaitForAsyncUtils.waitForFxEvents();
        return review[0];
    }

    @Test
    void marksWhatIsUncertainThenStoresTheEditedPlan(FxRobot robot) throws Exception {
        ImportReviewViewModel review = open(robot, ImportReviewViewModelTest.sample("000_c35e675f79bbd5c5.txt"));
        assertEquals(ImportReviewViewModel.State.READY, review.state());

        TextField number = robot.lookup("#reviewNumber").queryAs(TextField.class);
        assertTrue(number.getStyleClass().contains("uncertain"));
        assertTrue(number.getTooltip().getText().contains("Không thấy số, ký hiệu văn bản"), number.getTooltip().getText());
        @SuppressWarnings("unchecked")
        javafx.scene.control.ListView<FindingItem> findings = robot.lookup("#reviewFindings").queryAs(javafx.scene.control.ListView.class);
        FindingItem aboutNumber = review.findings().stream().filter(f -> f.field() == review.number()).findFirst().orElseThrow();
        robot.interact(() -> findings.scrollTo(aboutNumber));
        robot.clickOn("Không thấy số, ký hiệu văn bản (dòng \"Số: ...\").");
        assertTrue(number.isFocused(), "choosing the finding goes to its field");

        // a task's lead is marked in the tree and its reason is in the findings list
        ReviewFieldCell lead = robot.lookup(".review-cell").queryAllAs(ReviewFieldCell.class).stream()
                .filter(c -> c.getItem() == review.allRows().get(1).field(ReviewRow.Column.LEAD)).findFirst().orElseThrow();
        assertTrue(lead.getStyleClass().contains("uncertain"));
        assertEquals("Nhiệm vụ không nêu đơn vị chủ trì.", lead.getTooltip().getText());

        ReviewFieldCell content = robot.lookup(".review-cell").queryAllAs(ReviewFieldCell.class).stream()
                .filter(c -> c.getItem() != null && c.getItem().value() != null && c.getItem().value().startsWith("Trình phê duyệt đề cương")).findFirst().orElseThrow();
        robot.doubleClickOn(content);
        TextField editor = robot.lookup("#reviewTree .text-field").queryAs(TextField.class);
        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL);
        robot.write("Trinh Giam doc So phe duyet de cuong").type(KeyCode.ENTER);
        assertFalse(editor.isVisible() && editor.getScene() != null && content.isEditing());

        ReviewRow edited = review.allRows().get(2);
        assertEquals("Trinh Giam doc So phe duyet de cuong", edited.field(ReviewRow.Column.CONTENT).value());
        int selected = robot.lookup("#reviewTree").queryAs(TreeTableView.class).getSelectionModel().getSelectedIndex();
        assertEquals(2, selected);
        ImportReviewViewModel.SourceRange range = review.sourceSelectionProperty().get();
        assertTrue(review.sourceTextProperty().get().substring(range.start(), range.end()).contains("Trình phê duyệt"),
                "the source shows where the task was read");

        robot.clickOn("#reviewSave");
        // stored in the background
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> storedId.get() > 0);
        WaitForAsyncUtils.waitForFxEvents();

        assertTrue(storedId.get() > 0, "the caller gets the new plan's id");
        assertEquals(1, store.plans().count());
        Plan stored = store.plans().load(storedId.get());
        assertEquals("Trinh Giam doc So phe duyet de cuong", stored.phases().get(0).tasks().get(1).content());
        assertTrue(robot.lookup("#reviewSave").tryQuery().isEmpty(), "the review window closed");
        assertEquals(0, dialogs.shown().size(), dialogs.shown().toString());
    }

    @Test
    void cancellingClosesTheWindowAndStoresNothing(FxRobot robot) throws Exception {
        ImportReviewViewModel review = open(robot, ImportReviewViewModelTest.sample("004_939a8cc7529e5ded.txt"));

        robot.clickOn("#reviewCancel");
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(ImportReviewViewModel.State.CANCELLED, review.state());
        assertTrue(robot.lookup("#reviewSave").tryQuery().isEmpty());
        assertEquals(0, store.plans().count());
        assertEquals(-1, storedId.get());
    }

    @Test
    void aFileThatIsNotAPlanIsExplainedAndTheWindowCloses(FxRobot robot) throws Exception {
        Path image = folder.resolve("scan.docx");
        java.nio.file.Files.write(image, new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13});

        ImportReviewViewModel review = open(robot, image);

        assertEquals(ImportReviewViewModel.State.FAILED, review.state());
        assertEquals(1, dialogs.shown().size());
        assertTrue(dialogs.shown().get(0).contains("scan.docx"), dialogs.shown().get(0));
        assertTrue(robot.lookup("#reviewSave").tryQuery().isEmpty());
        assertEquals(0, store.plans().count());
    }

    @Test
    void pastedTextIsReviewedAndStored(FxRobot robot) throws Exception {
        String text = java.nio.file.Files.readString(ImportReviewViewModelTest.sample("004_939a8cc7529e5ded.txt"));
        javafx.application.Platform.runLater(() -> imports.pasteText(storedId::set));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#pasteText").tryQuery().isPresent());
        robot.interact(() -> robot.lookup("#pasteText").queryAs(javafx.scene.control.TextArea.class).setText(text));

        robot.clickOn("Đọc văn bản");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#reviewSave").tryQuery()
                .map(save -> !save.isDisabled()).orElse(false));
        robot.clickOn("#reviewSave");
        // stored in the background
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> storedId.get() > 0);
        WaitForAsyncUtils.waitForFxEvents();

        assertTrue(storedId.get() > 0);
        assertEquals(1, store.plans().count());
        assertEquals("Văn bản dán vào", store.plans().load(storedId.get()).source());
    }

    @Test
    void guessedLeadsAreMarkedACorrectionIsOfferedForTheSameWordsAndThePickerOffersPublicBodies(FxRobot robot) throws Exception {
        store.units().create(vn.plandesk.model.Unit.named("Sở Tài chính"));
        ImportReviewViewModel[] opened = new ImportReviewViewModel[1];
        robot.interact(() -> opened[0] = imports.openText(ImportReviewGuessesTest.PLAN, storedId::set));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> opened[0].state() == ImportReviewViewModel.State.READY);
        WaitForAsyncUtils.waitForFxEvents();
        ImportReviewViewModel review = opened[0];
        java.util.List<ReviewRow> tasks = review.allRows().stream().filter(r -> !r.isPhase()).toList();

        ReviewFieldCell guessed = cellOf(robot, tasks.get(2).field(ReviewRow.Column.LEAD));
        assertTrue(guessed.getStyleClass().contains("uncertain"));
        assertTrue(guessed.getTooltip().getText().contains("không có trong danh mục"), guessed.getTooltip().getText());

        robot.doubleClickOn(cellOf(robot, tasks.get(1).field(ReviewRow.Column.LEAD)));
        robot.lookup("#reviewTree .text-field").queryAs(TextField.class);
        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL);
        robot.write("Sở Tài chính").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(1, dialogs.asked().size(), dialogs.asked().toString());
        assertEquals("Sở Tài chính", cellOf(robot, tasks.get(4).field(ReviewRow.Column.LEAD)).getItem().value(),
                "the other task naming the same words, once the secretary agreed");

        robot.clickOn(robot.lookup(".tab").queryAll().stream()
                .filter(tab -> tab.lookup(".tab-label") instanceof javafx.scene.control.Label label && label.getText().startsWith("Đơn vị"))
                .findFirst().orElseThrow());
        @SuppressWarnings("unchecked")
        javafx.scene.control.ListView<UnitChoice> choices = robot.lookup("#unitChoiceList").queryAs(javafx.scene.control.ListView.class);
        robot.interact(() -> choices.getSelectionModel().select(review.unitChoices().stream()
                .filter(c -> c.name().startsWith("Tổ công tác")).findFirst().orElseThrow()));
        robot.interact(() -> robot.lookup("#unitSearch").queryAs(TextField.class).setText("tai chinh"));
        WaitForAsyncUtils.waitForFxEvents();
        @SuppressWarnings("unchecked")
        javafx.scene.control.ListView<UnitOption> picker = robot.lookup("#unitDirectory").queryAs(javafx.scene.control.ListView.class);
        assertEquals("Sở Tài chính", picker.getItems().get(0).unit().fullName(), "the office's own unit first");
        assertTrue(picker.getItems().stream().skip(1).allMatch(UnitOption::isPublicBody));
        assertTrue(robot.lookup("#unitDirectory .list-cell").queryAllAs(javafx.scene.control.ListCell.class).stream()
                .anyMatch(cell -> cell.getText() != null && cell.getText().equals("Bộ Tài chính (BTC)  —  danh mục cơ quan nhà nước")));
    }

    private static ReviewFieldCell cellOf(FxRobot robot, ReviewField<String> field) {
        return robot.lookup(".review-cell").queryAllAs(ReviewFieldCell.class).stream()
                .filter(c -> c.getItem() == field).findFirst().orElseThrow();
    }
}
