package vn.plandesk.testing;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Starts a main class of the test class path in a second JVM: a second PlanDesk process. */
public final class ChildJvm {
    private ChildJvm() {
    }

    public static ProcessBuilder builder(Class<?> mainClass, String... args) {
        return builder(List.of(), mainClass, args);
    }

    /** With Java options of its own ({@code -Dname=value}) before the main class. */
    public static ProcessBuilder builder(List<String> javaOptions, Class<?> mainClass, String... args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add("-Dfile.encoding=UTF-8");
        command.addAll(javaOptions);
        command.add(mainClass.getName());
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectErrorStream(true);
    }

    public static Process start(Class<?> mainClass, String... args) throws IOException {
        return builder(mainClass, args).start();
    }
}
