package vn.plandesk.logic.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A store opens without Flyway only when its schema is exactly this PlanDesk's. */
class StoreSchemaVersionTest {
    @TempDir
    Path dir;

    @Test
    void theKnownVersionsAreTheMigrationsShipped() throws Exception {
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/db/migration"))) {
            List<String> versions = files.map(f -> f.getFileName().toString())
                    .filter(n -> n.matches("V\\d+__.*\\.sql"))
                    .map(n -> n.substring(1, n.indexOf("__")))
                    .sorted(Comparator.comparingInt(Integer::parseInt)).toList();
            assertEquals(versions, Store.MIGRATIONS);
        }
    }

    @Test
    void onlyAFullySuccessfulCurrentHistoryCountsAsCurrent() throws Exception {
        try (Store store = Store.open(dir)) {
            assertTrue(store.dsl().connectionResult(Store::schemaIsCurrent), "a store just migrated");
            store.dsl().execute("INSERT INTO \"flyway_schema_history\" (\"installed_rank\", \"version\", \"description\", \"type\","
                    + " \"script\", \"checksum\", \"installed_by\", \"installed_on\", \"execution_time\", \"success\")"
                    + " VALUES (50, '50', 'half done', 'SQL', 'V50__half.sql', 1, 'sa', CURRENT_TIMESTAMP, 1, FALSE)");
            assertFalse(store.dsl().connectionResult(Store::schemaIsCurrent), "a failed migration");
            store.dsl().execute("DELETE FROM \"flyway_schema_history\" WHERE \"installed_rank\" = 50");
            store.dsl().execute("DELETE FROM \"flyway_schema_history\" WHERE \"version\" = '" + Store.MIGRATIONS.get(Store.MIGRATIONS.size() - 1) + "'");
            assertFalse(store.dsl().connectionResult(Store::schemaIsCurrent), "an older store");
        }
    }
}
