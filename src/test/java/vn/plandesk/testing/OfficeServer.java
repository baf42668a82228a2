package vn.plandesk.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import vn.plandesk.logic.store.ServerAddress;

/**
 * An office set up on the test server as an administrator does it: psql runs installer/postgres/*.sql
 * as the superuser (a database, its owner, the editors and readers groups), one editor and one reader
 * get a login, and every login's password goes into a PostgreSQL password file the driver is pointed at.
 * Names are this office's own: roles belong to the whole server, which the test run shares.
 */
public final class OfficeServer implements AutoCloseable {
    public static final String PASSWORD = "Mat-khau-7";
    private static final String PASSWORD_FILE = "org.postgresql.pgpassfile";
    private static final Path SCRIPTS = Path.of("installer", "postgres");
    private static final AtomicInteger OFFICES = new AtomicInteger();

    public final String database;
    public final String owner;
    public final String editor;
    public final String reader;

    private OfficeServer(String name) {
        database = "kho_" + name;
        owner = "chu_" + name;
        editor = "vanthu_" + name;
        reader = "lanhdao_" + name;
    }

    /** Runs the scripts (the first one twice, as an administrator may) and writes the password file into {@code dir}. */
    public static OfficeServer create(Path dir) throws IOException, InterruptedException {
        OfficeServer office = new OfficeServer("office" + ProcessHandle.current().pid() + "_" + OFFICES.incrementAndGet());
        String editors = "soan_" + office.database;
        String readers = "xem_" + office.database;
        List<String> names = List.of("-v", "database=" + office.database, "-v", "owner=" + office.owner,
                "-v", "editors=" + editors, "-v", "readers=" + readers);
        psql("create-database.sql", names);
        psql("create-database.sql", names);
        psql("add-person.sql", List.of("-v", "person=" + office.editor, "-v", "group=" + editors));
        psql("add-person.sql", List.of("-v", "person=" + office.reader, "-v", "group=" + readers));
        for (String login : List.of(office.owner, office.editor, office.reader)) {
            TestServer.execute("ALTER ROLE " + login + " PASSWORD '" + PASSWORD + "'");
        }
        Path passwords = dir.resolve("pgpass");
        Files.writeString(passwords, "127.0.0.1:" + TestServer.port() + ":" + office.database + ":*:" + PASSWORD + "\n");
        System.setProperty(PASSWORD_FILE, passwords.toString());
        return office;
    }

    /** The office's store as {@code login} reaches it. */
    public ServerAddress as(String login) {
        return new ServerAddress("127.0.0.1", TestServer.port(), database, login, ServerAddress.DEFAULT_SSL_MODE);
    }

    @Override
    public void close() {
        System.clearProperty(PASSWORD_FILE);
    }

    private static void psql(String script, List<String> variables) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("psql", "-X", "-q", "-h", "127.0.0.1", "-p", String.valueOf(TestServer.port()),
                "-U", "postgres", "-d", "postgres", "-v", "ON_ERROR_STOP=1"));
        command.addAll(variables);
        command.addAll(List.of("-f", SCRIPTS.resolve(script).toString()));
        Process psql;
        try {
            psql = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new IOException("psql is needed to test installer/postgres (Debian: apt-get install postgresql-client)", e);
        }
        psql.getOutputStream().close();
        String output = new String(psql.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(psql.waitFor(60, TimeUnit.SECONDS), script);
        assertEquals(0, psql.exitValue(), script + ": " + output);
    }
}
