package vn.plandesk.logic.store;

import java.sql.Connection;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
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
 * window while the store has not answered.
 */
public final class SlowStore {
    /** One call: the thread that made it, and when it began and ended ({@link System#nanoTime()}). */
    public record Call(String thread, long start, long end) {
    }

    /** The longest a held call waits for {@link #release()}: a failed test must not hang the build. */
    private static final long HOLD_LIMIT_SECONDS = 60;

    private final Duration delay;
    private final PlanStore plans;
    private final UnitDirectory units;
    private final CalendarStore calendar;
    private final List<Call> calls = new CopyOnWriteArrayList<>();
    private final List<String> writes = new CopyOnWriteArrayList<>();
    private volatile CountDownLatch held = new CountDownLatch(0);

    public SlowStore(Store store, Duration delay) {
        this.delay = delay;
        Configuration engine = store.dsl().configuration();
        ConnectionProvider connections = engine.connectionProvider();
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

    /** Every call so far, in the order they ended. */
    public List<Call> calls() {
        return List.copyOf(calls);
    }

    /** Every statement that changed something, as SQL with its values, in the order run. */
    public List<String> writes() {
        return List.copyOf(writes);
    }
}
