package vn.plandesk.logic.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.plandesk.logic.calendar.CalendarEdit;
import vn.plandesk.model.Plan;
import vn.plandesk.model.PlanHeader;
import vn.plandesk.model.Unit;
import vn.plandesk.testing.Listening;
import vn.plandesk.testing.PlanGenerator;
import vn.plandesk.testing.TestServer;

/** Two desks on one server: what one commits reaches the other's listener within 2 s, with who and when; nothing else does. */
class ServerNoticesTest {
    /** The promise: an open window shows another desk's change within 2 seconds. */
    private static final long WITHIN_MILLIS = 2_000;

    @TempDir
    Path dir;

    /** What a listener heard, in order. */
    private static final class Heard implements ServerNotices.Listener {
        final BlockingQueue<ChangeNotice> notices = new LinkedBlockingQueue<>();
        final CountDownLatch missed = new CountDownLatch(1);

        @Override
        public void changed(ChangeNotice notice) {
            notices.add(notice);
        }

        @Override
        public void mayHaveMissed() {
            missed.countDown();
        }

        ChangeNotice next() throws InterruptedException {
            ChangeNotice notice = notices.poll(WITHIN_MILLIS, TimeUnit.MILLISECONDS);
            assertNotNull(notice, "no notice within " + WITHIN_MILLIS + " ms");
            return notice;
        }
    }

    @Test
    void aPlanOneDeskStoresOrChangesReachesTheOtherDeskWithinTwoSecondsSayingWhoAndWhen() throws Exception {
        ServerAddress office = TestServer.addressFor(dir);
        try (Store secretary = Store.open(office); Store head = Store.open(office)) {
            Heard byHead = new Heard();
            Heard bySecretary = new Heard();
            head.listen(byHead);
            secretary.listen(bySecretary);
            Listening.await(office, 2);

            Instant before = Instant.now().minusSeconds(1);
            long id = secretary.plans().create(PlanGenerator.plan(10, 3));
            ChangeNotice created = byHead.next();
            assertEquals(ChangeNotice.Kind.PLAN, created.kind());
            assertEquals(id, created.planId());
            assertEquals(secretary.plans().load(id).header().subject(), created.planSubject());
            assertEquals(office.user(), created.by());
            assertTrue(!created.at().isBefore(before) && !created.at().isAfter(Instant.now()), created.at().toString());

            Plan seen = secretary.plans().load(id);
            secretary.plans().updateTask(id, seen.version(), seen.allTasks().get(0).withCompletion(null, 50));
            assertEquals(id, byHead.next().planId());
            String subject = "Kế hoạch đã đổi tên";
            PlanHeader h = seen.header();
            secretary.plans().updateHeader(id, seen.version() + 1, new PlanHeader(h.type(), h.numberAndSymbol(), h.governingBody(),
                    h.issuer(), h.place(), h.issuedOn(), subject, h.legalBases(), h.sections(), h.signer(), h.recipients(), h.status(),
                    h.source(), h.notes()));
            assertEquals(subject, byHead.next().planSubject(), "the notice names the plan as committed");
            assertNull(bySecretary.notices.poll(300, TimeUnit.MILLISECONDS), "a desk is not told of its own changes");
        }
    }

    @Test
    void aChangeRolledBackOrRefusedAsStaleIsNeverAnnounced() throws Exception {
        ServerAddress office = TestServer.addressFor(dir);
        try (Store secretary = Store.open(office); Store head = Store.open(office)) {
            long first = secretary.plans().create(PlanGenerator.plan(5, 1));
            long second = secretary.plans().create(PlanGenerator.plan(5, 2));
            Plan seen = secretary.plans().load(first);
            Heard byHead = new Heard();
            head.listen(byHead);
            Listening.await(office, 1);

            assertThrows(StoreException.class, () -> secretary.plans().inOneTransaction(changes -> {
                changes.updateTask(first, seen.version(), seen.allTasks().get(0).withCompletion(null, 30));
                changes.deleteTask(first, seen.version() + 1, -1);
            }));
            assertThrows(StoreException.class, () -> secretary.plans().delete(first, seen.version() - 1));
            secretary.plans().delete(second, secretary.plans().version(second));

            assertEquals(second, byHead.next().planId(), "the first notice heard is the committed change");
            assertNull(byHead.notices.poll(300, TimeUnit.MILLISECONDS));
        }
    }

    @Test
    void theUnitsDirectoryAndTheHolidaysAreAnnouncedToo() throws Exception {
        ServerAddress office = TestServer.addressFor(dir);
        try (Store secretary = Store.open(office); Store head = Store.open(office)) {
            Heard byHead = new Heard();
            head.listen(byHead);
            Listening.await(office, 1);

            Unit unit = secretary.units().create(Unit.named("Sở Nội vụ"));
            assertEquals(ChangeNotice.Kind.UNITS, byHead.next().kind());
            secretary.units().rename(unit.id(), "Sở Nội vụ tỉnh", null);
            ChangeNotice renamed = byHead.next();
            assertEquals(ChangeNotice.Kind.UNITS, renamed.kind());
            assertNull(renamed.planId());
            secretary.calendar().save(new CalendarEdit(LocalDate.of(2026, 9, 1), CalendarEdit.Kind.DAY_OFF, "Nghỉ bù"));
            assertEquals(ChangeNotice.Kind.HOLIDAYS, byHead.next().kind());
        }
    }

    @Test
    void aListenerWhoseConnectionDropsConnectsAgainAndSaysItMayHaveMissedChanges() throws Exception {
        ServerAddress office = TestServer.addressFor(dir);
        try (Store secretary = Store.open(office); Store head = Store.open(office)) {
            Heard byHead = new Heard();
            head.listen(byHead);
            Listening.await(office, 1);

            Listening.cutConnections(office);
            assertTrue(byHead.missed.await(10, TimeUnit.SECONDS), "the listener did not come back");
            Listening.await(office, 1);
            long id = secretary.plans().create(PlanGenerator.plan(3, 4));
            assertEquals(id, byHead.next().planId());
        }
    }

    @Test
    void aClosedListenerStopsListening() throws Exception {
        ServerAddress office = TestServer.addressFor(dir);
        try (Store head = Store.open(office)) {
            ServerNotices notices = head.listen(new Heard());
            Listening.await(office, 1);
            notices.close();
            Listening.await(office, 0);
        }
    }
}
