package vn.plandesk.gui.planlist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.plandesk.gui.RecordingDialogService;
import vn.plandesk.gui.background.StepTaskExecutor;
import vn.plandesk.logic.i18n.Messages;
import vn.plandesk.logic.samples.SamplePlans;
import vn.plandesk.logic.store.Store;
import vn.plandesk.logic.store.StoreException;
import vn.plandesk.logic.text.VietnameseText;
import vn.plandesk.model.PlanSummary;

/** The plan list without a screen, on a real store in a temporary folder. */
class PlanListViewModelTest {
    @TempDir
    Path folder;

    private Path dataFile;
    private Store store;
    private final RecordingDialogService dialogs = new RecordingDialogService();
    private final vn.plandesk.gui.StoreChanges changes = new vn.plandesk.gui.StoreChanges();
    private PlanListViewModel planList;
    /** The list's background work, run at once or held; each start is one reading of the store. */
    private final StepTaskExecutor reads = new StepTaskExecutor();

    @BeforeEach
    void openEmptyStore() throws StoreException {
        Messages.setLocale(Messages.VIETNAMESE);
        dataFile = folder.resolve("plandesk");
        store = Store.open(dataFile);
        planList = new PlanListViewModel(store.plans(), store.units(), new vn.plandesk.logic.store.StoreLocation.Folder(dataFile), dialogs, changes,
                vn.plandesk.gui.editor.EditorFixture.CLOCK, reads);
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    @Test
    void anEmptyStoreOffersTheSamples() {
        assertTrue(planList.offerSamplesProperty().get());
        assertTrue(planList.shownPlans().isEmpty());
        assertEquals("Kho dữ liệu đang trống.", planList.placeholderTextProperty().get());
        assertEquals("Tệp dữ liệu: " + dataFile + "   ·   0 kế hoạch", planList.statusTextProperty().get());
    }

    @Test
    void addingTheSamplesShowsBothAndStopsTheOffer() {
        planList.addSamples();

        assertFalse(planList.offerSamplesProperty().get());
        assertEquals(2, planList.shownPlans().size());
        assertEquals("Tệp dữ liệu: " + dataFile + "   ·   2 kế hoạch", planList.statusTextProperty().get());
        assertTrue(dialogs.shown().isEmpty(), dialogs.shown()::toString);
    }

    @Test
    void whileTheSamplesAreStoredTheListSaysSoAndASecondClickAddsNoMore() throws StoreException {
        int before = reads.runs;
        reads.hold = true;
        planList.addSamples();
        planList.addSamples();
        assertTrue(planList.addingSamplesProperty().get());
        assertEquals("Đang thêm hai kế hoạch mẫu…", planList.placeholderTextProperty().get());
        assertEquals(before + 1, reads.runs, "one write, not two");

        reads.hold = false;
        reads.runHeld();
        assertFalse(planList.addingSamplesProperty().get());
        assertEquals(2, store.plans().list().size());
        assertEquals(2, planList.shownPlans().size());
    }

    @Test
    void aReadOnlyWindowOnAnEmptyStoreOffersNoSamplesAndStoresNone() {
        planList.editingAllowedProperty().set(false);

        assertFalse(planList.offerSamplesProperty().get());
        planList.addSamples();
        assertTrue(store.plans().isEmpty());
        assertTrue(planList.shownPlans().isEmpty());
    }

    @Test
    void addingTheSamplesClearsTheSearchSoThatBothShow() {
        planList.searchTextProperty().set("lang son");
        planList.addSamples();

        assertEquals("", planList.searchTextProperty().get());
        assertEquals(2, planList.shownPlans().size());
    }

    @Test
    void typingFiltersWhatWasReadWithoutAskingTheStoreAndSearchesMoreThanTheSubject() {
        planList.addSamples();
        int readsBefore = reads.runs;

        for (String typed : new String[] {"s", "so", "so k", "so khoa", "so khoa hoc"}) {
            planList.searchTextProperty().set(typed);
        }

        assertEquals(readsBefore, reads.runs, "no reading of the store per keystroke");
        assertEquals(1, planList.shownPlans().size(), "found by its issuer, Sở Khoa học và Công nghệ Bắc Giang");
        assertEquals("25/KH-KHCN", planList.shownPlans().get(0).numberAndSymbol());
        assertFalse(VietnameseText.searchKey(planList.shownPlans().get(0).subject()).contains("so khoa hoc"), "not in the subject");
    }

    @Test
    void changesPublishedWhileTheListIsReadAreReadOnceAfterwards() throws StoreException {
        reads.hold = true;
        SamplePlans.addTo(store.plans());
        changes.planChanged(1, this);
        int started = reads.runs;

        for (int edit = 0; edit < 5; edit++) {
            changes.planChanged(1, this);
        }
        reads.runHeld();

        assertEquals(started + 1, reads.runs, "five changes during one reading make one more reading");
        reads.runHeld();
        assertEquals(2, planList.shownPlans().size());
    }

    @Test
    void searchTypedWithoutAccentsFindsThePlan() {
        planList.addSamples();

        planList.searchTextProperty().set("lang son");

        assertEquals(1, planList.shownPlans().size());
        PlanSummary found = planList.shownPlans().get(0);
        assertTrue(found.subject().contains("Lạng Sơn"), found::subject);
        assertEquals("Tệp dữ liệu: " + dataFile + "   ·   tìm thấy 1 trong 2 kế hoạch", planList.statusTextProperty().get());
    }

    @Test
    void clearingTheSearchShowsEveryPlanAgain() {
        planList.addSamples();
        planList.searchTextProperty().set("lang son");

        planList.searchTextProperty().set("");

        assertEquals(2, planList.shownPlans().size());
    }

    @Test
    void aSearchWithoutMatchSaysWhatWasSearched() {
        planList.addSamples();

        planList.searchTextProperty().set("  không có đâu ");

        assertTrue(planList.shownPlans().isEmpty());
        assertFalse(planList.offerSamplesProperty().get());
        assertEquals("Không có kế hoạch nào khớp với “không có đâu”.", planList.placeholderTextProperty().get());
    }

    @Test
    void sentencesFollowTheLanguage() {
        Messages.setLocale(Messages.ENGLISH);
        try {
            planList.refresh();
            assertEquals("The data store is empty.", planList.placeholderTextProperty().get());
            assertEquals("Data file: " + dataFile + "   ·   no plans", planList.statusTextProperty().get());
        } finally {
            Messages.setLocale(Messages.VIETNAMESE);
        }
    }

    @Test
    void issueDatesAreWrittenWithLeadingZeros() {
        assertEquals("05/07/2024", PlanListViewModel.issueDateText(LocalDate.of(2024, 7, 5)));
        assertEquals("", PlanListViewModel.issueDateText(null));
    }
}
