package vn.plandesk.app;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.Test;

/** The start-up benchmark's clock. */
class StartupTraceTest {
    /**
     * The process starts a few milliseconds before the JVM in it notes its own start. Counted from Linux's boot time in
     * whole seconds, as Java counts it, the process seemed to start up to a second earlier, and every start-up measured
     * from it was too long by that much.
     */
    @Test
    void theProcessStartsJustBeforeTheJvmInIt() {
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        long processStart = StartupTrace.processStart();
        long lead = jvmStart - processStart;
        assertTrue(lead >= -20 && lead < 400, "the process started " + lead + " ms before its JVM");
    }
}
