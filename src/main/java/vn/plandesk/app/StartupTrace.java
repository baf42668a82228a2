package vn.plandesk.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import javafx.animation.AnimationTimer;

/**
 * Start-up timings for {@code src/test/scripts/startup-bench.sh}. When the system property
 * {@value #PROPERTY} names a file, the moments start-up reaches are noted (milliseconds since the
 * process started) and written to that file, with the resident memory, once the finished window has
 * been painted; the file appears whole (written beside it and moved), so its presence is the signal.
 * Without the property nothing is noted and nothing written.
 */
public final class StartupTrace {
    static final String PROPERTY = "plandesk.startupReport";
    /**
     * Pulses counted from the moment the content is ready: the first lays it out and hands the frame
     * to the renderer, the second renders only after that frame is done, the third then starts.
     */
    private static final int PULSES_UNTIL_PAINTED = 3;
    private static final String REPORT = System.getProperty(PROPERTY);
    private static final long PROCESS_START = REPORT == null ? 0 : processStart();
    private static final StringBuilder MOMENTS = new StringBuilder();

    private StartupTrace() {
    }

    /** Notes that start-up reached {@code moment} now. */
    public static synchronized void mark(String moment) {
        if (REPORT != null) {
            note(moment, System.currentTimeMillis() - PROCESS_START);
        }
    }

    /**
     * When the kernel started this process, in epoch milliseconds. Java counts it from the boot time in
     * /proc/stat, which Linux gives in whole seconds: every time measured from it was too long by the same
     * fraction of a second (0.75 s on one boot), which made start-ups look closer to the bare window's than
     * they are. The boot moment is taken instead from /proc/uptime, which counts hundredths.
     */
    static long processStart() {
        long start = ProcessHandle.current().info().startInstant().map(Instant::toEpochMilli)
                .orElse(System.currentTimeMillis());
        try {
            long now = System.currentTimeMillis();
            double uptimeSeconds = Double.parseDouble(Files.readString(Path.of("/proc/uptime")).split(" ")[0]);
            long wholeSecondBoot = Files.readAllLines(Path.of("/proc/stat")).stream()
                    .filter(line -> line.startsWith("btime "))
                    .mapToLong(line -> Long.parseLong(line.substring("btime ".length()).trim()) * 1000)
                    .findFirst().orElseThrow(IOException::new);
            long bootFraction = now - Math.round(uptimeSeconds * 1000) - wholeSecondBoot;
            // anything but a fraction of a second means the clock was set since boot: keep Java's figure
            return bootFraction >= 0 && bootFraction < 1000 ? start + bootFraction : start;
        } catch (IOException | RuntimeException e) {
            return start; // not Linux
        }
    }

    /**
     * Called on the JavaFX thread once the window holds everything it shows at start: notes
     * "ready", then "painted" when that content has been painted, and writes the report.
     */
    public static void contentReady() {
        if (REPORT == null) {
            return;
        }
        mark("ready");
        new AnimationTimer() {
            private int pulses;

            @Override
            public void handle(long now) {
                if (++pulses == PULSES_UNTIL_PAINTED) {
                    stop();
                    mark("painted");
                    noteResidentMemory();
                    write();
                }
            }
        }.start();
    }

    /**
     * Notes "rss KB", the process's resident memory now, read by the process itself: the program a
     * benchmark starts may be a launcher script whose own process is not the JVM. Linux only.
     */
    private static void noteResidentMemory() {
        try {
            Files.readAllLines(Path.of("/proc/self/status")).stream()
                    .filter(line -> line.startsWith("VmRSS:"))
                    .findFirst()
                    .ifPresent(line -> note("rss", Long.parseLong(line.replaceAll("\\D", ""))));
        } catch (IOException e) {
            // not Linux: the report has no memory figure
        }
    }

    private static synchronized void note(String name, long value) {
        MOMENTS.append(name).append(' ').append(value).append('\n');
    }

    private static synchronized void write() {
        Path report = Path.of(REPORT);
        Path partial = report.resolveSibling(report.getFileName() + ".part");
        try {
            Files.writeString(partial, MOMENTS, StandardCharsets.UTF_8);
            Files.move(partial, report, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            System.err.println("startup report: " + e.getMessage());
        }
    }
}
