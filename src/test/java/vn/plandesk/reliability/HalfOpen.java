package vn.plandesk.reliability;

import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A PlanDesk caught half-way through opening a store, for as long as the test says: it holds the
 * gate PlanDesk opens through ({@code plandesk.open.lock}) and the database file, and has written
 * H2's lock file but named no listener in it yet. Then it lets go of everything, as a PlanDesk
 * whose command ended, and says "released".
 */
public final class HalfOpen {
    private HalfOpen() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args[0]);
        long millis = Long.parseLong(args[1]);
        Path lockFile = folder.resolve("plandesk.lock.db");
        try (FileChannel gate = FileChannel.open(folder.resolve("plandesk.open.lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock opening = gate.lock();
             FileChannel database = FileChannel.open(folder.resolve("plandesk.mv.db"), StandardOpenOption.READ, StandardOpenOption.WRITE);
             FileLock held = database.tryLock()) {
            if (held == null) {
                throw new IllegalStateException("the store is open elsewhere");
            }
            // What H2's FileLock writes first; the "server" line comes once its listener runs.
            Files.writeString(lockFile, "#FileLock\nid=" + Long.toHexString(System.currentTimeMillis()) + "0123456789abcdef\nmethod=file\n");
            System.out.println("half-open");
            System.out.flush();
            Thread.sleep(millis);
            Files.deleteIfExists(lockFile);
        }
        System.out.println("released");
        System.out.flush();
    }
}
