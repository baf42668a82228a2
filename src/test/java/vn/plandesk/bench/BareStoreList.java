package vn.plandesk.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The floor under {@code plandesk list} in {@code src/test/scripts/startup-bench.sh}: the least a Java
 * program does to print a store's plans, with the same H2 settings PlanDesk opens the store with (its
 * file shared with the window through H2's server, commits on disk at once): open, one query of the
 * plans with their phase and task counts, print a line each, close. No command-line parsing, messages,
 * schema check, jOOQ or connection pool: what PlanDesk does on top of this is the part it can make faster.
 */
public final class BareStoreList {
    private BareStoreList() {
    }

    /** {@code args[0]}: the store's folder (as {@code plandesk --db}). */
    public static void main(String[] args) throws SQLException {
        String url = "jdbc:h2:file:" + args[0] + "/plandesk;WRITE_DELAY=0;TRACE_LEVEL_FILE=0;AUTO_SERVER=TRUE";
        try (Connection connection = DriverManager.getConnection(url, "sa", "");
             Statement statement = connection.createStatement();
             ResultSet plans = statement.executeQuery("select p.id, p.number_symbol, p.issued_on, p.subject,"
                     + " (select count(*) from phase f where f.plan_id = p.id), (select count(*) from task t where t.plan_id = p.id)"
                     + " from plan p order by p.id")) {
            while (plans.next()) {
                System.out.println(plans.getLong(1) + "  " + plans.getString(2) + "  " + plans.getObject(3) + "  " + plans.getString(4)
                        + "  " + plans.getInt(5) + "/" + plans.getInt(6));
            }
        }
    }
}
