package vn.plandesk.app;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.util.WaitForAsyncUtils;
import vn.plandesk.gui.RecordingDialogService;
import vn.plandesk.logic.store.ServerAddress;
import vn.plandesk.logic.store.Store;
import vn.plandesk.logic.store.StoreException;
import vn.plandesk.model.Plan;
import vn.plandesk.model.PlanHeader;
import vn.plandesk.model.PlanSummary;
import vn.plandesk.testing.Listening;
import vn.plandesk.testing.PlanGenerator;
import vn.plandesk.testing.TestServer;

/** The window on an office server, as the application puts it together: another desk's change shows within 2 s, with who. */
@ExtendWith(ApplicationExtension.class)
class LiveUpdatesWindowTest {
    @TempDir
    Path folder;

    private ServerAddress office;
    private Store otherDesk;
    private WindowOnTestStage shown;

    @Start
    void start(Stage stage) throws StoreException {
        office = TestServer.addressFor(folder);
        otherDesk = Store.open(office);
        otherDesk.plans().create(PlanGenerator.plan(5, 11));
        shown = WindowOnTestStage.show(stage, Store.open(office), new RecordingDialogService());
    }

    @Stop
    void stop() throws Exception {
        shown.close();
        otherDesk.close();
    }

    @Test
    void aPlanAnotherDeskRenamesIsRenamedInThePlanListAndTheStatusBarSaysWhoChangedIt(FxRobot robot) throws Exception {
        Listening.await(office, 1);
        Plan plan = otherDesk.plans().load(otherDesk.plans().list().get(0).id());
        PlanHeader h = plan.header();
        String subject = "Kế hoạch tổ chức Hội nghị tổng kết năm";
        otherDesk.plans().updateHeader(plan.id(), plan.version(), new PlanHeader(h.type(), h.numberAndSymbol(), h.governingBody(),
                h.issuer(), h.place(), h.issuedOn(), subject, h.legalBases(), h.sections(), h.signer(), h.recipients(), h.status(),
                h.source(), h.notes()));

        TableView<?> plans = robot.lookup("#planTable").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(2, TimeUnit.SECONDS,
                () -> plans.getItems().stream().anyMatch(row -> subject.equals(((PlanSummary) row).subject())));
        Labeled said = robot.lookup("#remoteChange").queryAs(Labeled.class);
        WaitForAsyncUtils.waitFor(2, TimeUnit.SECONDS, () -> said.getText().startsWith("Kế hoạch «" + subject + "» vừa được "));
        assertTrue(said.getText().contains(" vừa được " + office.user() + " sửa lúc "), said.getText());
    }
}
