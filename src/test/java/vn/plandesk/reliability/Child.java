package vn.plandesk.reliability;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** A second PlanDesk process for the reliability suite: a JVM set to start quickly, its output merged. */
final class Child {
    private Child() {
    }

    static ProcessBuilder builder(Class<?> mainClass, String... args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-XX:TieredStopAtLevel=1");
        command.add("-XX:+UseSerialGC");
        command.add("-Xshare:auto");
        command.add("-Xmx512m");
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add("-Dfile.encoding=UTF-8");
        command.add(mainClass.getName());
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectErrorStream(true);
    }

    static Process start(Class<?> mainClass, String... args) throws IOException {
        return builder(mainClass, args).start();
    }

    /** A finished run: exit code and everything it printed. */
    record Run(int exit, String output, long millis) {
        List<String> lines() {
            return output.strip().isEmpty() ? List.of() : output.strip().lines().toList();
        }
    }

    static Run run(Class<?> mainClass, String... args) throws IOException, InterruptedException {
        long start = System.nanoTime();
        Process p = start(mainClass, args);
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("a child process hung: " + out);
        }
        return new Run(p.exitValue(), out, (System.nanoTime() - start) / 1_000_000);
    }

    /** Reads the child's lines until one starts with {@code prefix}; returns it (null if the child ended first). */
    static String awaitLine(Process p, BufferedReader out, String prefix, StringBuilder seen) throws IOException {
        String line;
        while ((line = out.readLine()) != null) {
            seen.append(line).append('\n');
            if (line.startsWith(prefix)) {
                return line;
            }
        }
        return null;
    }

    static BufferedReader reader(Process p) {
        return new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
    }
}
