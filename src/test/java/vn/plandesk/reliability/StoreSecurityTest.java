package vn.plandesk.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.plandesk.app.Launcher;
import vn.plandesk.logic.store.Store;
import vn.plandesk.logic.store.StoreException;
import vn.plandesk.testing.PlanGenerator;

/** Issue 10, security: the listener, the file modes, the path in the connection, the lock a killed process leaves. */
class StoreSecurityTest {
    @TempDir
    Path dir;

    @Test
    void theListenerForASecondProcessIsOnTheLoopbackOnlyAndTheSecondProcessWorksThroughIt() throws Exception {
        Path db = dir.resolve("data");
        Process holder = Child.start(Holder.class, db.toString());
        try (BufferedReader out = Child.reader(holder)) {
            StringBuilder seen = new StringBuilder();
            assertNotNull(Child.awaitLine(holder, out, "holding ", seen), seen.toString());
            Properties lock = new Properties();
            try (InputStream in = Files.newInputStream(db.resolve("plandesk.lock.db"))) {
                lock.load(in);
            }
            String server = lock.getProperty("server");
            assertNotNull(server, "the first process serves the store: " + lock);
            int port = Integer.parseInt(server.substring(server.lastIndexOf(':') + 1));

            List<String> listening = listeningAddresses(port);
            if (!listening.isEmpty()) { // Linux: what the kernel says is listening on that port
                for (String address : listening) {
                    assertTrue(address.equals("0100007F") || address.equals("0000000000000000FFFF00000100007F")
                            || address.equals("00000000000000000000000001000000"), "listening on " + address + ", not the loopback");
                }
            }
            for (InetAddress address : nonLoopbackAddresses()) {
                try (Socket s = new Socket()) {
                    s.connect(new InetSocketAddress(address, port), 1000);
                    throw new AssertionError("the store's listener answers on " + address);
                } catch (IOException refused) {
                    // as it must
                }
            }
            Child.Run list = Child.run(Launcher.class, "--db", db.toString(), "list");
            assertEquals(0, list.exit(), list.output());
            assertTrue(list.output().contains("5 nhiệm vụ"), list.output());
        } finally {
            holder.destroyForcibly();
            holder.waitFor(30, TimeUnit.SECONDS);
        }
    }

    /** The local addresses (hex, as /proc/net/tcp writes them) of sockets listening on the port. */
    private static List<String> listeningAddresses(int port) throws IOException {
        List<String> found = new ArrayList<>();
        String hexPort = String.format(":%04X", port);
        for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
            Path file = Path.of(table);
            if (!Files.isReadable(file)) {
                continue;
            }
            for (String line : Files.readAllLines(file)) {
                String[] f = line.trim().split("\\s+");
                if (f.length > 3 && f[1].endsWith(hexPort) && f[3].equals("0A")) { // 0A: LISTEN
                    found.add(f[1].substring(0, f[1].indexOf(':')));
                }
            }
        }
        return found;
    }

    private static List<InetAddress> nonLoopbackAddresses() throws IOException {
        List<InetAddress> addresses = new ArrayList<>();
        for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            if (nic.isUp() && !nic.isLoopback()) {
                for (InetAddress a : Collections.list(nic.getInetAddresses())) {
                    if (!a.isLinkLocalAddress()) {
                        addresses.add(a);
                    }
                }
            }
        }
        return addresses;
    }

    @Test
    void theDataFolderAndEveryFileInItAreTheUsersAlone() throws Exception {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        Path db = dir.resolve("data");
        Process holder = Child.start(Holder.class, db.toString());
        try (BufferedReader out = Child.reader(holder)) {
            StringBuilder seen = new StringBuilder();
            assertNotNull(Child.awaitLine(holder, out, "holding ", seen), seen.toString());
            assertEquals("rwx------", mode(db));
            assertEquals("rw-------", mode(db.resolve("plandesk.mv.db")));
            assertEquals("rw-------", mode(db.resolve("plandesk.lock.db")), "the lock file holds the listener's port and key");
        } finally {
            holder.destroyForcibly();
            holder.waitFor(30, TimeUnit.SECONDS);
        }
        try (Store store = Store.open(db)) {
            Path backup = store.backups().backup(null);
            assertEquals("rwx------", mode(backup.getParent()));
            assertEquals("rw-------", mode(backup));
        }
        // an existing data folder of an older PlanDesk, open to everyone, is closed on the next start
        Path old = Files.createDirectories(dir.resolve("old"));
        Files.setPosixFilePermissions(old, PosixFilePermissions.fromString("rwxr-xr-x"));
        try (Store store = Store.open(old)) {
            store.plans().create(PlanGenerator.plan(2, 1));
        }
        assertEquals("rwx------", mode(old));
        assertEquals("rw-------", mode(old.resolve("plandesk.mv.db")));
        // a folder with the user's other files in it (a .mv.db given by path) keeps its mode
        Path shared = Files.createDirectories(dir.resolve("documents"));
        Files.writeString(shared.resolve("letter.txt"), "x");
        Files.setPosixFilePermissions(shared, PosixFilePermissions.fromString("rwxr-xr-x"));
        try (Store store = Store.open(shared.resolve("plans.mv.db"))) {
            store.plans().count();
        }
        assertEquals("rwxr-xr-x", mode(shared));
        assertEquals("rw-------", mode(shared.resolve("plans.mv.db")));
    }

    private static String mode(Path p) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
    }

    @Test
    void aPathCannotChangeTheConnectionSettings() throws Exception {
        Path marker = dir.resolve("written-by-init");
        String injected = dir.resolve("x").toAbsolutePath() + ";INIT=CALL FILE_WRITE('41', '" + marker + "')--";
        StoreException e = assertThrows(StoreException.class, () -> Store.open(Path.of(injected)).close());
        assertTrue(e.getMessage().contains("\";\""), e.getMessage());
        assertFalse(Files.exists(marker), "the path ran SQL");

        Child.Run cli = Child.run(Launcher.class, "--db", injected, "list");
        assertEquals(1, cli.exit());
        assertEquals(1, cli.lines().size(), cli.output());
        assertTrue(cli.output().startsWith("Lỗi: Không dùng được đường dẫn"), cli.output());
        assertFalse(Files.exists(marker), "the path ran SQL");
    }

    @Test
    void theLockOfAKilledProcessCostsAtMostOneSecond() throws Exception {
        Path db = dir.resolve("data");
        // the same open twice without a stale lock: the baseline of this machine, classes loaded
        try (Store store = Store.open(dir.resolve("warm"))) {
            store.plans().count();
        }
        Process holder = Child.start(Holder.class, db.toString());
        try (BufferedReader out = Child.reader(holder)) {
            StringBuilder seen = new StringBuilder();
            assertNotNull(Child.awaitLine(holder, out, "holding ", seen), seen.toString());
        }
        holder.destroyForcibly(); // SIGKILL: the lock file stays
        assertTrue(holder.waitFor(30, TimeUnit.SECONDS));
        assertTrue(Files.exists(db.resolve("plandesk.lock.db")));

        long start = System.nanoTime();
        try (Store store = Store.open(db)) {
            assertEquals(1, store.plans().count());
        }
        long staleMillis = (System.nanoTime() - start) / 1_000_000;
        start = System.nanoTime();
        try (Store store = Store.open(db)) {
            assertEquals(1, store.plans().count());
        }
        long normalMillis = (System.nanoTime() - start) / 1_000_000;
        assertTrue(staleMillis - normalMillis <= 1000,
                "opening after a kill took " + staleMillis + " ms, a normal open " + normalMillis + " ms");
    }
}
