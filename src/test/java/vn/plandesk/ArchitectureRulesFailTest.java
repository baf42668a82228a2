package vn.plandesk;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;
import vn.plandesk.gui.offending.MakesItsOwnPool;
import vn.plandesk.gui.offending.QueriesTheDatabase;
import vn.plandesk.gui.offending.StartsItsOwnThread;

/** The rules of {@link ArchitectureTest} catch a window class that breaks them (classes made to break them, in the test tree). */
class ArchitectureRulesFailTest {

    @Test
    void aThreadStartedInTheWindowIsCaught() {
        AssertionError failure = assertThrows(AssertionError.class,
                () -> ArchitectureTest.guiRunsBackgroundWorkThroughItsExecutor.check(only(StartsItsOwnThread.class)));
        assertTrue(failure.getMessage().contains("StartsItsOwnThread"), failure.getMessage());
    }

    @Test
    void aThreadPoolMadeInTheWindowIsCaught() {
        AssertionError failure = assertThrows(AssertionError.class,
                () -> ArchitectureTest.guiRunsBackgroundWorkThroughItsExecutor.check(only(MakesItsOwnPool.class)));
        assertTrue(failure.getMessage().contains("MakesItsOwnPool"), failure.getMessage());
    }

    @Test
    void aDatabaseCallInTheWindowIsCaught() {
        AssertionError failure = assertThrows(AssertionError.class,
                () -> ArchitectureTest.guiKnowsNoDatabase.check(only(QueriesTheDatabase.class)));
        assertTrue(failure.getMessage().contains("QueriesTheDatabase"), failure.getMessage());
    }

    private static JavaClasses only(Class<?> offending) {
        return new ClassFileImporter().importClasses(offending);
    }
}
