package vn.plandesk.cli;

import static vn.plandesk.cli.CommandLineRun.plandesk;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.plandesk.logic.calendar.CalendarEdit;
import vn.plandesk.logic.json.PlanJson;
import vn.plandesk.logic.store.Store;
import vn.plandesk.logic.store.StoreLocation;
import vn.plandesk.testing.OfficeContents;
import vn.plandesk.testing.PlanGenerator;
import vn.plandesk.testing.TestServer;

/** {@code plandesk migrate}: an office's data folder moved to its server and back, plan JSON unchanged. */
class MigrateCommandTest {
    @TempDir
    Path dir;

    @Test
    void theSamplesAndATenThousandTaskPlanGoToTheServerAndBackAsTheSamePlanJson() throws Exception {
        Path folder = dir.resolve("van-thu");
        try (Store desk = Store.open(folder)) {
            for (String sample : List.of("ke-hoach-25-KH-KHCN-bac-giang.json", "ke-hoach-de-an-doanh-nghiep-lang-son.json")) {
                try (InputStream in = getClass().getResourceAsStream("/vn/plandesk/samples/" + sample)) {
                    desk.plans().create(new PlanJson().read(in));
                }
            }
            desk.plans().create(PlanGenerator.plan(10_000, 14));
            desk.calendar().save(new CalendarEdit(LocalDate.of(2026, 4, 27), CalendarEdit.Kind.DAY_OFF, "Nghỉ bù"));
        }
        StoreLocation server = TestServer.emptyDatabase();
        OfficeContents before = OfficeContents.of(new StoreLocation.Folder(folder));

        CommandLineRun.Result moved = plandesk("migrate", "--from", folder.toString(), "--to", server.toString());
        assertEquals(0, moved.exitCode(), moved.err());
        List<String> counts = moved.out().lines().toList();
        assertEquals(2, counts.size(), moved.out());
        assertEquals(counts.get(0).substring(counts.get(0).indexOf(": ")), counts.get(1).substring(counts.get(1).indexOf(": ")));
        assertTrue(counts.get(1).startsWith(server + ": 3 kế hoạch"), counts.get(1));
        assertEquals(before, OfficeContents.of(server));

        Path back = dir.resolve("tro-ve");
        CommandLineRun.Result returned = plandesk("migrate", "--from", server.toString(), "--to", back.toString(), "--lang", "en");
        assertEquals(0, returned.exitCode(), returned.err());
        assertEquals(before, OfficeContents.of(new StoreLocation.Folder(back)));
        assertEquals(CalendarEdit.Kind.DAY_OFF, before.calendarEdits().get(0).kind());
    }

    @Test
    void aTargetWithDataIsRefusedUnlessAppendedTo() throws Exception {
        Path folder = dir.resolve("van-thu");
        try (Store desk = Store.open(folder)) {
            desk.plans().create(PlanGenerator.plan(30, 2));
        }
        StoreLocation server = TestServer.emptyDatabase();
        assertEquals(0, plandesk("migrate", "--from", folder.toString(), "--to", server.toString()).exitCode());

        CommandLineRun.Result again = plandesk("migrate", "--from", folder.toString(), "--to", server.toString());
        assertEquals(1, again.exitCode());
        assertEquals(1, again.err().strip().lines().count(), again.err());
        assertTrue(again.err().contains("--append"), again.err());
        try (Store store = Store.open(server)) {
            assertEquals(1, store.plans().count(), "a refused migration stores nothing");
            int units = store.units().list().size();
            CommandLineRun.Result appended = plandesk("migrate", "--from", folder.toString(), "--to", server.toString(), "--append");
            assertEquals(0, appended.exitCode(), appended.err());
            assertEquals(2, store.plans().count());
            assertEquals(units, store.units().list().size(), "units the server already has are its own");
        }
    }
}
