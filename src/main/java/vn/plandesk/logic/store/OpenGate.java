package vn.plandesk.logic.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Lets one PlanDesk at a time open or close a store: an operating-system lock on a file beside the
 * database ({@code plandesk.open.lock}), which the system lets go when the holder dies.
 *
 * <p>Why: H2 tells a live lock file from a stale one by waiting for it to age (2 s) and then watching
 * it for 2 s more. A process that came while another was still opening (the lock file there, its
 * listener not yet named in it) paid those 2 to 6 s on every try, which made a second command on a
 * busy store take up to 22 s. Inside the gate the lock file is never half written: it names a listener
 * that serves the store, or no process stands behind it (a killed one) and it can go at once.
 */
final class OpenGate implements AutoCloseable {
    private static final String SUFFIX = ".open.lock";
    private static final long POLL_MILLIS = 20;
    /** One holder per gate file in this process too: the operating system's lock is per process. */
    private static final Map<Path, ReentrantLock> IN_PROCESS = new ConcurrentHashMap<>();

    private final ReentrantLock inProcess;
    private final FileChannel channel;

    private OpenGate(ReentrantLock inProcess, FileChannel channel) {
        this.inProcess = inProcess;
        this.channel = channel;
    }

    /**
     * Waits until no other process opens or closes the store of {@code databaseFile}, at most until
     * {@code deadlineMillis} ({@link System#currentTimeMillis()}); null when that passed first. Where
     * the gate file cannot be written (a read-only folder) the gate is open: there is nothing to guard.
     */
    static OpenGate enter(Path databaseFile, long deadlineMillis) throws InterruptedException {
        Path file = gateFile(databaseFile);
        ReentrantLock inProcess = IN_PROCESS.computeIfAbsent(file, f -> new ReentrantLock());
        if (!inProcess.tryLock(Math.max(0, deadlineMillis - System.currentTimeMillis()), TimeUnit.MILLISECONDS)) {
            return null;
        }
        if (inProcess.getHoldCount() > 1) {
            return new OpenGate(inProcess, null); // re-entered by this thread: the outer hold keeps the file locked
        }
        FileChannel channel;
        try {
            channel = open(file);
        } catch (IOException | UnsupportedOperationException e) {
            return new OpenGate(inProcess, null);
        }
        try {
            while (true) {
                FileLock lock = channel.tryLock();
                if (lock != null) {
                    return new OpenGate(inProcess, channel); // released when the channel closes
                }
                if (System.currentTimeMillis() >= deadlineMillis) {
                    break;
                }
                Thread.sleep(POLL_MILLIS);
            }
        } catch (IOException | OverlappingFileLockException e) {
            // cannot lock here (a file system without locks): no gate, H2's own protocol still guards the store
            return new OpenGate(inProcess, closeQuietly(channel));
        } catch (InterruptedException | RuntimeException e) {
            closeQuietly(channel);
            inProcess.unlock();
            throw e;
        }
        closeQuietly(channel);
        inProcess.unlock();
        return null;
    }

    private static FileChannel open(Path file) throws IOException {
        Set<StandardOpenOption> options = EnumSet.of(StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileChannel channel = OwnerOnlyFiles.isPosix()
                ? FileChannel.open(file, options, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")))
                : FileChannel.open(file, options);
        OwnerOnlyFiles.setModeQuietly(file, "rw-------"); // a file made by an older PlanDesk, or the access list on Windows
        return channel;
    }

    static Path gateFile(Path databaseFile) {
        String name = databaseFile.getFileName().toString();
        return databaseFile.resolveSibling(name.substring(0, name.length() - ".mv.db".length()) + SUFFIX);
    }

    private static FileChannel closeQuietly(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException e) {
            // the lock goes with the channel either way
        }
        return null;
    }

    @Override
    public void close() {
        try {
            if (channel != null) {
                closeQuietly(channel);
            }
        } finally {
            inProcess.unlock();
        }
    }
}
