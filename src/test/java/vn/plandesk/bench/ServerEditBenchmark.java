package vn.plandesk.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import vn.plandesk.logic.store.ServerAddress;
import vn.plandesk.testing.DeskLoad;
import vn.plandesk.testing.TestServer;

/**
 * Edits per second and the round trip of one edit (the write, from the call to its answer) on a
 * PostgreSQL server on the loopback address, for one desk and for eight desks editing the same eight
 * plans at once ({@link DeskLoad}: task notes and progress, subject, tasks added and deleted). An
 * edit refused as stale counts as an edit made (the desk got its answer). Run with
 * {@code java -cp target/classes:target/test-classes:$(cat cp.txt) vn.plandesk.bench.ServerEditBenchmark}.
 */
public final class ServerEditBenchmark {
    private static final int EDITS_PER_DESK = 500;
    private static final int PLANS = 8;

    private ServerEditBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        System.out.printf("Server edit benchmark, %d cores, Java %s, load average %s; %d edits per desk on %d plans of 12 tasks%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"), loadAverage(), EDITS_PER_DESK, PLANS);
        measure(1, 1); // warm-up: the server's start, the classes, the server's caches
        System.out.printf("%-8s %10s %10s %12s %12s %10s%n", "desks", "edits/s", "stored/s", "median ms", "95th pct ms", "refused");
        for (int desks : new int[] {1, 8}) {
            measure(desks, EDITS_PER_DESK);
        }
        System.out.printf("load average after: %s%n", loadAverage());
    }

    private static void measure(int desks, int edits) throws Exception {
        ServerAddress office = TestServer.addressFor(Files.createTempDirectory("plandesk-bench"));
        DeskLoad.Run run = DeskLoad.run(office, DeskLoad.plans(office, PLANS), desks, edits, 7);
        double seconds = run.nanos() / 1e9;
        if (edits == 1) {
            return;
        }
        List<DeskLoad.Attempt> attempts = run.desks().stream().flatMap(d -> d.attempts().stream()).toList();
        long stored = attempts.stream().filter(a -> a.stored() != null).count();
        long[] nanos = attempts.stream().mapToLong(DeskLoad.Attempt::nanos).sorted().toArray();
        System.out.printf("%-8d %10.0f %10.0f %12.1f %12.1f %10d%n", desks, attempts.size() / seconds, stored / seconds,
                nanos[nanos.length / 2] / 1e6, nanos[(int) Math.ceil(nanos.length * 0.95) - 1] / 1e6, attempts.size() - stored);
    }

    private static String loadAverage() throws java.io.IOException {
        Path load = Path.of("/proc/loadavg");
        return Files.exists(load) ? String.join(" ", List.of(Files.readString(load).split(" ")).subList(0, 3)) : "unknown";
    }
}
