package vn.plandesk.logic.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javax.sql.DataSource;

/**
 * Whether the office server can be reached, for the window's status bar: once someone listens, a
 * connection of the store's pool is checked every {@value #PROBE_MILLIS} ms on a thread of its own,
 * and each listener is told when the server goes out of reach and when it is back. A data folder's
 * store is always reachable and checks nothing; commands, which never listen, start no thread.
 */
public final class ServerHealth implements AutoCloseable {
    static final long PROBE_MILLIS = 1_000;

    private final DataSource connections;
    private final List<Consumer<Boolean>> listeners = new CopyOnWriteArrayList<>();
    private ScheduledExecutorService probe;
    private volatile boolean reachable = true;
    private volatile boolean closed;

    private ServerHealth(DataSource connections) {
        this.connections = connections;
    }

    /** The health of a server reached through {@code connections}. */
    static ServerHealth of(DataSource connections) {
        return new ServerHealth(connections);
    }

    /** A store that needs no network: always reachable. */
    static ServerHealth local() {
        return new ServerHealth(null);
    }

    public boolean isReachable() {
        return reachable;
    }

    /**
     * {@code listener} is told {@code false} when the server goes out of reach and {@code true} when it is
     * back, on the checking thread; the first listener starts the checks.
     */
    public synchronized void listen(Consumer<Boolean> listener) {
        listeners.add(listener);
        if (connections != null && probe == null) {
            probe = Executors.newSingleThreadScheduledExecutor(work -> {
                Thread thread = new Thread(work, "plandesk-server-health");
                thread.setDaemon(true);
                return thread;
            });
            probe.scheduleWithFixedDelay(this::check, PROBE_MILLIS, PROBE_MILLIS, TimeUnit.MILLISECONDS);
        }
    }

    /** One check: a pooled connection answers (the pool waits its connection timeout for one). */
    void check() {
        boolean answers = answers();
        // A pool closed with its store under a running check is no news of the server.
        if (answers != reachable && !closed) {
            reachable = answers;
            listeners.forEach(listener -> listener.accept(answers));
        }
    }

    private boolean answers() {
        try (Connection c = connections.getConnection()) {
            return c.isValid(ServerConnections.CONNECT_TIMEOUT_SECONDS);
        } catch (SQLException | RuntimeException e) {
            return false;
        }
    }

    @Override
    public synchronized void close() {
        closed = true;
        if (probe != null) {
            probe.shutdownNow();
            probe = null;
        }
    }
}
