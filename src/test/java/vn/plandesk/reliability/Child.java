package vn.plandesk.reliability;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

/**
 * A second PlanDesk process for the reliability suite: a JVM set to start quickly, its output merged.
 *
 * <p>A child spends most of its start loading and checking the same few thousand classes. The first
 * child of a test run is therefore a {@link Training} run that leaves them in a class-data archive
 * (AppCDS) which all later children map instead: 1.5-1.6 s of processor per command instead of
 * 2.3-3.0 s, which on a shared machine is what bounds the suite's trials. The archive takes only
 * classes from jars, so the class folders go into jars first. If anything of that fails, children
 * start without it.
 */
final class Child {
    /** A plan PlanDesk ships as a sample: what the children import. */
    static final Path SAMPLE = Path.of("src/main/resources/vn/plandesk/samples/ke-hoach-25-KH-KHCN-bac-giang.json").toAbsolutePath();
    private static List<String> sharedClasses;

    private Child() {
    }

    static ProcessBuilder builder(Class<?> mainClass, String... args) {
        List<String> command = new ArrayList<>(javaCommand());
        command.addAll(sharedClasses());
        command.add("-Dfile.encoding=UTF-8");
        command.add(mainClass.getName());
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectErrorStream(true);
    }

    private static List<String> javaCommand() {
        return List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx512m");
    }

    /** The class path and archive options of every child, made by the first call. */
    private static synchronized List<String> sharedClasses() {
        if (sharedClasses == null) {
            List<String> plain = List.of("-cp", System.getProperty("java.class.path"));
            try {
                sharedClasses = archive().orElse(plain);
            } catch (IOException e) {
                sharedClasses = plain;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                sharedClasses = plain;
            }
        }
        return sharedClasses;
    }

    private static Optional<List<String>> archive() throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory("plandesk-children-");
        Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteTree(dir)));
        List<String> entries = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            Path path = Path.of(entry);
            entries.add(Files.isDirectory(path) ? jar(path, dir.resolve(entries.size() + ".jar")).toString() : entry);
        }
        String classPath = String.join(File.pathSeparator, entries);
        Path archive = dir.resolve("children.jsa");
        List<String> training = new ArrayList<>(javaCommand());
        training.addAll(List.of("-XX:ArchiveClassesAtExit=" + archive, "-Xlog:disable", "-cp", classPath,
                "-Dfile.encoding=UTF-8", Training.class.getName(), Files.createDirectory(dir.resolve("training")).toString(),
                SAMPLE.toString()));
        Process p = new ProcessBuilder(training).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!p.waitFor(5, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            return Optional.empty();
        }
        if (p.exitValue() != 0 || !Files.isRegularFile(archive)) {
            return Optional.empty();
        }
        // -Xlog:disable: a child's output is PlanDesk's alone, even if the archive cannot be mapped.
        return Optional.of(List.of("-XX:SharedArchiveFile=" + archive, "-Xlog:disable", "-cp", classPath));
    }

    private static Path jar(Path classes, Path jar) throws IOException {
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar)); Stream<Path> files = Files.walk(classes)) {
            for (Path file : (Iterable<Path>) files.filter(f -> !f.equals(classes))::iterator) {
                String name = classes.relativize(file).toString().replace(File.separatorChar, '/');
                // Folders too: Flyway finds its migrations by listing the folder db/migration.
                out.putNextEntry(new JarEntry(Files.isDirectory(file) ? name + "/" : name));
                if (!Files.isDirectory(file)) {
                    Files.copy(file, out);
                }
                out.closeEntry();
            }
        }
        return jar;
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException e) {
            // a temporary folder: the system cleans it
        }
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
