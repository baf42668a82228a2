package vn.plandesk.gui.offending;

import java.sql.Connection;
import java.sql.SQLException;

/** Breaks the no-database rule on purpose: ArchitectureRulesFailTest checks that the rule sees it. */
public final class QueriesTheDatabase {

    boolean reachable(Connection connection) throws SQLException {
        return connection.isValid(1);
    }
}
