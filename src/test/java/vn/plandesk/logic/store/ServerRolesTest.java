package vn.plandesk.logic.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.ds.PGSimpleDataSource;
import vn.plandesk.logic.calendar.CalendarEdit;
import vn.plandesk.logic.i18n.Messages;
import vn.plandesk.model.Plan;
import vn.plandesk.model.Task;
import vn.plandesk.model.Unit;
import vn.plandesk.testing.OfficeServer;
import vn.plandesk.testing.PlanGenerator;
import vn.plandesk.testing.TestServer;

/**
 * The SQL an office runs on its server (installer/postgres/), run by psql as the test server's
 * superuser, then PlanDesk opened as the owner, as an editor and as a reader: who may do what.
 */
class ServerRolesTest {
    @TempDir
    Path dir;

    private OfficeServer office;

    @BeforeEach
    void setUpTheOfficeServerWithTheScripts() throws Exception {
        office = OfficeServer.create(dir);
    }

    @AfterEach
    void noPasswordFile() {
        office.close();
    }

    @Test
    void theOwnerMigratesAnEditorWritesAndAReaderOnlyReads() throws StoreException {
        long planId;
        try (Store owned = Store.open(office.as(office.owner))) {
            assertTrue(owned.mayWrite());
            planId = owned.plans().create(PlanGenerator.plan(6, 3));
        }
        try (Store editor = Store.open(office.as(office.editor))) {
            assertTrue(editor.mayWrite());
            Plan plan = editor.plans().load(planId);
            Task task = plan.allTasks().get(0);
            editor.plans().updateTask(planId, plan.version(), task.withCompletion(null, 50));
            editor.units().create(Unit.named("Sở Nội vụ"));
            editor.calendar().save(new CalendarEdit(LocalDate.of(2026, 1, 2), CalendarEdit.Kind.DAY_OFF, "nghỉ bù"));
            long second = editor.plans().create(PlanGenerator.plan(3, 4));
            editor.plans().delete(second, editor.plans().version(second));
            assertEquals(50, editor.plans().load(planId).allTasks().get(0).percentDone());
        }
        try (Store reader = Store.open(office.as(office.reader))) {
            assertFalse(reader.mayWrite());
            assertEquals(1, reader.plans().count());
            assertEquals(50, reader.plans().load(planId).allTasks().get(0).percentDone());
        }
    }

    @Test
    void aReaderIsRefusedEveryKindOfWriteInOneSentenceAndNothingIsStored() throws StoreException {
        long planId;
        try (Store owned = Store.open(office.as(office.owner))) {
            planId = owned.plans().create(PlanGenerator.plan(6, 3));
            owned.units().create(Unit.named("Sở Tài chính"));
        }
        try (Store reader = Store.open(office.as(office.reader))) {
            Plan plan = reader.plans().load(planId);
            long version = plan.version();
            Task task = plan.allTasks().get(0);
            List<Unit> units = reader.units().list();
            Unit unit = units.get(0);
            List<StoreException> refusals = new ArrayList<>();
            List<Write> writes = List.of(
                    () -> reader.plans().create(PlanGenerator.plan(2, 9)),
                    () -> reader.plans().updateHeader(planId, version, plan.header()),
                    () -> reader.plans().updateTask(planId, version, task.withCompletion(null, 90)),
                    () -> reader.plans().addTask(planId, version, plan.phases().get(0).id(), 0, task),
                    () -> reader.plans().deleteTask(planId, version, task.id()),
                    () -> reader.plans().moveTask(planId, version, task.id(), plan.phases().get(0).id(), 1),
                    () -> reader.plans().delete(planId, version),
                    () -> reader.units().create(Unit.named("Sở Xây dựng")),
                    () -> reader.units().rename(unit.id(), "Sở Tài chính tỉnh", null),
                    () -> reader.calendar().save(new CalendarEdit(LocalDate.of(2026, 1, 2), CalendarEdit.Kind.DAY_OFF, null)),
                    () -> reader.calendar().remove(LocalDate.of(2026, 1, 2)));
            for (Write write : writes) {
                refusals.add(assertThrows(StoreException.class, write::run));
            }
            String sentence = Messages.get("store.readOnlyLogin");
            for (StoreException refused : refusals) {
                assertEquals(StoreException.Reason.READ_ONLY, refused.reason());
                assertEquals(sentence, refused.getMessage());
            }
            assertEquals(plan, reader.plans().load(planId));
            assertEquals(1, reader.plans().count());
            assertEquals(units, reader.units().list());
            assertTrue(reader.calendar().edits().isEmpty());
        }
    }

    @Test
    void anEditorOpeningFirstIsToldTheOwnerMustSetUpTheStoreAndNoDeskMayChangeTheTables() throws Exception {
        StoreException first = assertThrows(StoreException.class, () -> Store.open(office.as(office.editor)));
        assertEquals(Messages.get("server.ownerMigrates", office.as(office.editor), office.editor), first.getMessage());
        try (Store owned = Store.open(office.as(office.owner))) {
            assertTrue(owned.plans().isEmpty());
        }
        for (String desk : List.of(office.editor, office.reader)) {
            for (String ddl : List.of("CREATE TABLE note (id INT)", "ALTER TABLE plan ADD COLUMN extra INT", "DROP TABLE task",
                    "TRUNCATE plan")) {
                SQLException refused = assertThrows(SQLException.class, () -> execute(desk, ddl), desk + ": " + ddl);
                assertEquals("42501", refused.getSQLState(), desk + ": " + ddl);
            }
        }
    }

    @Test
    void someoneWithNoLoginInTheOfficesGroupsCannotConnectToItsDatabase() {
        String stranger = "khach_" + office.database;
        TestServer.execute("CREATE ROLE " + stranger + " LOGIN PASSWORD '" + OfficeServer.PASSWORD + "'");
        StoreException refused = assertThrows(StoreException.class, () -> Store.open(office.as(stranger)));
        assertEquals(Messages.get("server.noRights", office.as(stranger), stranger), refused.getMessage());
    }

    private interface Write {
        void run() throws StoreException;
    }

    private void execute(String user, String sql) throws SQLException {
        PGSimpleDataSource desk = new PGSimpleDataSource();
        desk.setServerNames(new String[] {"127.0.0.1"});
        desk.setPortNumbers(new int[] {TestServer.port()});
        desk.setDatabaseName(office.database);
        desk.setUser(user);
        desk.setPassword(OfficeServer.PASSWORD);
        try (Connection c = desk.getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
