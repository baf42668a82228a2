package vn.plandesk.logic.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
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
import vn.plandesk.testing.PlanGenerator;
import vn.plandesk.testing.TestServer;

/**
 * The SQL an office runs on its server (installer/postgres/), run by psql as the test server's
 * superuser, then PlanDesk opened as the owner, as an editor and as a reader: who may do what.
 */
class ServerRolesTest {
    private static final String PASSWORD_FILE = "org.postgresql.pgpassfile";
    private static final Path SCRIPTS = Path.of("installer", "postgres");
    private static final String PASSWORD = "Mat-khau-7";
    private static final AtomicInteger OFFICE = new AtomicInteger();

    @TempDir
    Path dir;

    private String database;
    private String owner;
    private String editors;
    private String readers;

    @BeforeEach
    void setUpTheOfficeServerWithTheScripts() throws Exception {
        // Roles are the whole server's: names of this test's own, so tests never share one.
        String office = "roles" + ProcessHandle.current().pid() + "_" + OFFICE.incrementAndGet();
        database = "kho_" + office;
        owner = "chu_" + office;
        editors = "soan_" + office;
        readers = "xem_" + office;
        List<String> names = List.of("-v", "database=" + database, "-v", "owner=" + owner, "-v", "editors=" + editors,
                "-v", "readers=" + readers);
        psql("create-database.sql", names);
        psql("create-database.sql", names); // run again, as an administrator may: nothing breaks
        psql("add-person.sql", List.of("-v", "person=" + "vanthu_" + office, "-v", "group=" + editors));
        psql("add-person.sql", List.of("-v", "person=" + "lanhdao_" + office, "-v", "group=" + readers));
        for (String login : List.of(owner, "vanthu_" + office, "lanhdao_" + office)) {
            TestServer.execute("ALTER ROLE " + login + " PASSWORD '" + PASSWORD + "'");
        }
        Path passwords = dir.resolve("pgpass");
        Files.writeString(passwords, "127.0.0.1:" + TestServer.port() + ":" + database + ":*:" + PASSWORD + "\n");
        System.setProperty(PASSWORD_FILE, passwords.toString());
    }

    @AfterEach
    void noPasswordFile() {
        System.clearProperty(PASSWORD_FILE);
    }

    @Test
    void theOwnerMigratesAnEditorWritesAndAReaderOnlyReads() throws StoreException {
        long planId;
        try (Store owned = Store.open(login(owner))) {
            assertTrue(owned.mayWrite());
            planId = owned.plans().create(PlanGenerator.plan(6, 3));
        }
        try (Store editor = Store.open(login(editorLogin()))) {
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
        try (Store reader = Store.open(login(readerLogin()))) {
            assertFalse(reader.mayWrite());
            assertEquals(1, reader.plans().count());
            assertEquals(50, reader.plans().load(planId).allTasks().get(0).percentDone());
        }
    }

    @Test
    void aReaderIsRefusedEveryKindOfWriteInOneSentenceAndNothingIsStored() throws StoreException {
        long planId;
        try (Store owned = Store.open(login(owner))) {
            planId = owned.plans().create(PlanGenerator.plan(6, 3));
            owned.units().create(Unit.named("Sở Tài chính"));
        }
        try (Store reader = Store.open(login(readerLogin()))) {
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
        StoreException first = assertThrows(StoreException.class, () -> Store.open(login(editorLogin())));
        assertEquals(Messages.get("server.ownerMigrates", login(editorLogin()), editorLogin()), first.getMessage());
        try (Store owned = Store.open(login(owner))) {
            assertTrue(owned.plans().isEmpty());
        }
        for (String desk : List.of(editorLogin(), readerLogin())) {
            for (String ddl : List.of("CREATE TABLE note (id INT)", "ALTER TABLE plan ADD COLUMN extra INT", "DROP TABLE task",
                    "TRUNCATE plan")) {
                SQLException refused = assertThrows(SQLException.class, () -> execute(desk, ddl), desk + ": " + ddl);
                assertEquals("42501", refused.getSQLState(), desk + ": " + ddl);
            }
        }
    }

    @Test
    void someoneWithNoLoginInTheOfficesGroupsCannotConnectToItsDatabase() {
        String stranger = "khach_" + database;
        TestServer.execute("CREATE ROLE " + stranger + " LOGIN PASSWORD '" + PASSWORD + "'");
        StoreException refused = assertThrows(StoreException.class, () -> Store.open(login(stranger)));
        assertEquals(Messages.get("server.noRights", login(stranger), stranger), refused.getMessage());
    }

    private interface Write {
        void run() throws StoreException;
    }

    private String editorLogin() {
        return "vanthu_" + database.substring("kho_".length());
    }

    private String readerLogin() {
        return "lanhdao_" + database.substring("kho_".length());
    }

    private ServerAddress login(String user) {
        return new ServerAddress("127.0.0.1", TestServer.port(), database, user, ServerAddress.DEFAULT_SSL_MODE);
    }

    private void execute(String user, String sql) throws SQLException {
        PGSimpleDataSource desk = new PGSimpleDataSource();
        desk.setServerNames(new String[] {"127.0.0.1"});
        desk.setPortNumbers(new int[] {TestServer.port()});
        desk.setDatabaseName(database);
        desk.setUser(user);
        desk.setPassword(PASSWORD);
        try (Connection c = desk.getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    /** Runs one of the scripts with psql as the superuser, as an administrator runs it on the server. */
    private static void psql(String script, List<String> variables) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("psql", "-X", "-q", "-h", "127.0.0.1", "-p", String.valueOf(TestServer.port()),
                "-U", "postgres", "-d", "postgres", "-v", "ON_ERROR_STOP=1"));
        command.addAll(variables);
        command.addAll(List.of("-f", SCRIPTS.resolve(script).toString()));
        Process psql;
        try {
            psql = new ProcessBuilder(command).redirectErrorStream(true).redirectInput(ProcessBuilder.Redirect.PIPE).start();
        } catch (IOException e) {
            throw new IOException("psql is needed to test installer/postgres (Debian: apt-get install postgresql-client)", e);
        }
        psql.getOutputStream().close();
        String output = new String(psql.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(psql.waitFor(60, TimeUnit.SECONDS), script);
        assertEquals(0, psql.exitValue(), script + ": " + output);
    }
}
