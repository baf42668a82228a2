package vn.plandesk.logic.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The migrations stay portable SQL, so a later step can move an office onto one shared PostgreSQL
 * server: they run in H2's PostgreSQL mode, with PostgreSQL's lower-case names, without a change.
 */
class PortableSchemaTest {
    @TempDir
    Path dir;

    @Test
    void theMigrationsRunInPostgresqlMode() throws Exception {
        String url = "jdbc:h2:file:" + dir.resolve("pg").toAbsolutePath() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
        MigrateResult result = Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration").load().migrate();
        assertTrue(result.success);
        assertTrue(result.migrationsExecuted >= 1);
        try (Connection c = DriverManager.getConnection(url, "sa", "");
             ResultSet tables = c.getMetaData().getTables(null, "public", "task_unit", null)) {
            assertTrue(tables.next(), "tables are created with PostgreSQL's lower-case names");
            assertEquals("task_unit", tables.getString("TABLE_NAME"));
        }
    }
}
