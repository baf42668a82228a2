package vn.plandesk.logic.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.postgresql.PGNotification;
import org.postgresql.jdbc.PgConnection;

/**
 * Changes other desks commit on the office server, heard through PostgreSQL's LISTEN/NOTIFY.
 *
 * <p>The writing transaction announces what it changed ({@link #announce}) with {@code pg_notify},
 * which PostgreSQL delivers only when that transaction commits: nothing rolled back is ever
 * announced. A listener holds one connection of its own (outside the pool, whose connections go
 * back and forth) on one daemon thread and tells its {@link Listener} of every notice but the
 * desk's own. When that connection drops it connects again, and then tells the listener that
 * notices may have been missed meanwhile. A data folder's store has no server: nothing runs.
 */
public final class ServerNotices implements AutoCloseable {
    static final String CHANNEL = "plandesk_changes";
    /** How long one wait for notices lasts: the longest a closed listener's thread lives on. */
    private static final int WAIT_MILLIS = 250;
    /** How often a quiet connection is checked: a dropped network does not end a wait by itself. */
    private static final long CHECK_MILLIS = 5_000;
    private static final int CHECK_TIMEOUT_SECONDS = 3;
    private static final long RECONNECT_MILLIS = 1_000;
    /** Enough of a subject to name a plan in the status bar; a notice holds at most 8000 bytes. */
    private static final int SUBJECT_CHARS = 300;

    /** Told on the listener's thread; must not hold it long. */
    public interface Listener {
        void changed(ChangeNotice notice);

        /** The connection was lost and is back: notices sent meanwhile were not heard, so read everything again. */
        void mayHaveMissed();
    }

    /** Opens the listener's own connection. */
    @FunctionalInterface
    interface Connector {
        PgConnection connect() throws SQLException;
    }

    private final Connector connector;
    private final String desk;
    private final Listener listener;
    private final Thread thread;
    private volatile boolean listening = true;

    private ServerNotices(Connector connector, String desk, Listener listener) {
        this.connector = connector;
        this.desk = desk;
        this.listener = listener;
        this.thread = new Thread(this::listen, "plandesk-server-notices");
        thread.setDaemon(true);
    }

    /** Listens for the notices of every desk but {@code desk} (the application name of this desk's connections). */
    static ServerNotices start(Connector connector, String desk, Listener listener) {
        ServerNotices notices = new ServerNotices(connector, desk, listener);
        notices.thread.start();
        return notices;
    }

    /** A data folder's store: no other desk, nothing to hear. */
    static ServerNotices none() {
        ServerNotices notices = new ServerNotices(null, null, null);
        notices.listening = false;
        return notices;
    }

    /**
     * At the end of a writing transaction's work on the server: announces the change to the other
     * desks once the transaction commits. Who is the connection's role, when the transaction's start.
     */
    static void announce(DSLContext tx, ChangeNotice.Kind kind, Long planId) {
        if (tx.dialect().family() != SQLDialect.POSTGRES) {
            return;
        }
        tx.resultQuery("SELECT pg_notify({0}, json_build_object('desk', current_setting('application_name'), 'kind', {1}::text,"
                        + " 'plan', {2}::bigint, 'subject', (SELECT left(subject, {3}) FROM plan WHERE id = {2}::bigint),"
                        + " 'by', current_user, 'at', floor(extract(epoch FROM now()) * 1000)::bigint)::text)",
                DSL.inline(CHANNEL), DSL.val(kind.name()), DSL.val(planId, SQLDataType.BIGINT), DSL.inline(SUBJECT_CHARS)).fetch();
    }

    private void listen() {
        boolean lost = false;
        while (listening) {
            try (PgConnection connection = connector.connect()) {
                try (Statement s = connection.createStatement()) {
                    s.execute("LISTEN " + CHANNEL);
                }
                if (lost) {
                    listener.mayHaveMissed();
                }
                lost = false;
                hear(connection);
            } catch (SQLException | RuntimeException e) {
                // the server is away or the connection dropped: connect again shortly
                lost = true;
                pause();
            }
        }
    }

    private void hear(PgConnection connection) throws SQLException {
        long quietSince = System.currentTimeMillis();
        while (listening) {
            PGNotification[] notifications = connection.getNotifications(WAIT_MILLIS);
            if (notifications != null && notifications.length > 0) {
                quietSince = System.currentTimeMillis();
                for (PGNotification n : notifications) {
                    deliver(n.getParameter());
                }
            } else if (System.currentTimeMillis() - quietSince > CHECK_MILLIS) {
                if (!connection.isValid(CHECK_TIMEOUT_SECONDS)) {
                    throw new SQLException("the listener's connection no longer answers");
                }
                quietSince = System.currentTimeMillis();
            }
        }
    }

    private void deliver(String payload) {
        ChangeNotice notice = parse(payload, desk);
        if (notice != null) {
            listener.changed(notice);
        }
    }

    /** The notice in {@code payload}; null for this desk's own or one this PlanDesk cannot read (a newer one's). */
    static ChangeNotice parse(String payload, String ownDesk) {
        try {
            JsonNode json = Json.MAPPER.readTree(payload);
            if (ownDesk.equals(json.path("desk").asText())) {
                return null;
            }
            ChangeNotice.Kind kind = ChangeNotice.Kind.valueOf(json.path("kind").asText());
            JsonNode plan = json.path("plan");
            JsonNode subject = json.path("subject");
            return new ChangeNotice(kind, plan.isIntegralNumber() ? plan.asLong() : null, subject.isTextual() ? subject.asText() : null,
                    json.path("by").asText(), Instant.ofEpochMilli(json.path("at").asLong()));
        } catch (IOException | IllegalArgumentException e) {
            return null;
        }
    }

    private void pause() {
        try {
            Thread.sleep(RECONNECT_MILLIS);
        } catch (InterruptedException e) {
            listening = false;
        }
    }

    /** Stops listening; the thread ends and closes its connection within a moment. */
    @Override
    public void close() {
        listening = false;
    }

    /** Jackson is started only by a store that hears notices: a data folder's window does not wait for it. */
    private static final class Json {
        static final ObjectMapper MAPPER = new ObjectMapper();
    }
}
