package vn.plandesk.logic.store;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.jooq.Configuration;
import org.jooq.ConnectionProvider;
import org.jooq.DSLContext;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.Query;
import org.jooq.Select;

/**
 * The plans, units and calendar of a store behind an engine that takes {@code delay} for every call (each
 * connection taken: one query, or one whole transaction), and that notes which thread called and
 * what was written: a test can then show that the window never waits on the store and that
 * writes arrive in order. A test can also hold every call until it lets them go, to look at the
 * window while the store has not answered, and take the server away, so that its health checks fail.
 */
public final class SlowStore {
    /** One call: the thread that made it, and when it began and ended ({@link System#nanoTime()}). */
    public record Call(String thread, long start, long end) {
    }

    /** The longest a held call waits for {@link #release()}: a failed test must not hang the build. */
    private static final long HOLD_LIMIT_SECONDS = 60;

    private final Duration delay;
    private final ConnectionProvider connections;
    private final PlanStore plans;
    private final UnitDirectory units;
    private final CalendarStore calendar;
    private final List<Call> calls = new CopyOnWriteArrayList<>();
    private final List<String> writes = new CopyOnWriteArrayList<>();
    private volatile CountDownLatch held = new CountDownLatch(0);
    private volatile boolean serverAway;

    public SlowStore(Store store, Duration delay) {
        this.delay = delay;
        Configuration engine = store.dsl().configuration();
        this.connections = engine.connectionProvider();
        ConnectionProvider slow = new ConnectionProvider() {
            @Override
            public Connection acquire() {
                waitAsTheServerWould();
                return connections.acquire();
            }

            @Override
            public void release(Connection connection) {
                connections.release(connection);
            }
        };
        ExecuteListener recordWrites = new ExecuteListener() {
            @Override
            public void executeStart(ExecuteContext ctx) {
                Query query = ctx.query();
                if (query != null && !(query instanceof Select)) {
                    writes.add(ctx.dsl().renderInlined(query));
                }
            }
        };
        DSLContext dsl = engine.derive(slow).deriveAppending(recordWrites).dsl();
        this.plans = new PlanStore(dsl);
        this.units = new UnitDirectory(dsl);
        this.calendar = new CalendarStore(dsl);
    }

    /** Takes {@link #delay()}, and longer while the calls are held; notes the calling thread. */
    private void waitAsTheServerWould() {
        long start = System.nanoTime();
        try {
            Thread.sleep(delay.toMillis());
            held.await(HOLD_LIMIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        calls.add(new Call(Thread.currentThread().getName(), start, System.nanoTime()));
    }

    public PlanStore plans() {
        return plans;
    }

    public UnitDirectory units() {
        return units;
    }

    /** The office's holiday edits, read as slowly as the rest. */
    public CalendarStore calendar() {
        return calendar;
    }

    /**
     * Whether the server answers, as the window's status bar learns it: each check takes a slow
     * connection (and is noted in {@link #calls()}), and fails while {@link #serverAway(boolean)} says so.
     */
    public ServerHealth health() {
        return ServerHealth.of(new SlowConnections());
    }

    /** How long every call takes. */
    public Duration delay() {
        return delay;
    }

    /** From now on every call waits, after its delay, until {@link #release()}. */
    public void hold() {
        held = new CountDownLatch(1);
    }

    /** Lets the held calls go, and those that come after. */
    public void release() {
        held.countDown();
    }

    /** While true, the health checks find no server (the store's own calls still work). */
    public void serverAway(boolean away) {
        serverAway = away;
    }

    /** Every call so far, in the order they ended. */
    public List<Call> calls() {
        return List.copyOf(calls);
    }

    /** Every statement that changed something, as SQL with its values, in the order run. */
    public List<String> writes() {
        return List.copyOf(writes);
    }

    /** The store's connections as a data source, as {@link ServerHealth} takes a server's pool. */
    private final class SlowConnections implements DataSource {
        @Override
        public Connection getConnection() throws SQLException {
            waitAsTheServerWould();
            if (serverAway) {
                throw new SQLException("the server does not answer");
            }
            return connections.acquire();
        }

        @Override
        public Connection getConnection(String user, String password) throws SQLException {
            return getConnection();
        }

        @Override
        public PrintWriter getLogWriter() {
            return null;
        }

        @Override
        public void setLogWriter(PrintWriter out) {
            // nothing is logged
        }

        @Override
        public void setLoginTimeout(int seconds) {
            // the delay is the test's
        }

        @Override
        public int getLoginTimeout() {
            return 0;
        }

        @Override
        public Logger getParentLogger() {
            return Logger.getGlobal();
        }

        @Override
        public <T> T unwrap(Class<T> type) throws SQLException {
            throw new SQLException("not a wrapper");
        }

        @Override
        public boolean isWrapperFor(Class<?> type) {
            return false;
        }
    }
}
