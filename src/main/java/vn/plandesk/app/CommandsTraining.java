package vn.plandesk.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import vn.plandesk.cli.PlanDeskCommand;
import vn.plandesk.logic.export.ExportFormat;
import vn.plandesk.logic.samples.SamplePlans;
import vn.plandesk.logic.store.Store;

/**
 * The training runs of the commands' class-data-sharing archives, made by app/plandesk once after each build
 * (with {@code -XX:ArchiveClassesAtExit}, before the first command that uses one). In one process, on a
 * store of its own in a temporary folder, {@code store} lists the sample plans: the archive of the commands
 * that only read and write the store; {@code documents} also exports one in each format and imports what
 * it exported: the archive of the commands that read or write documents. Two archives because Java's
 * mapping of an archive costs in proportion to its size: the documents' classes (POI, PDFBox, MPXJ) more
 * than double what {@code list} maps. The store they work on is made and filled by another process, so that
 * what only its making loads (Flyway, the samples' reading) stays out. A command that fails ends the
 * training without an archive, and app/plandesk runs commands without one.
 */
final class CommandsTraining {
    private CommandsTraining() {
    }

    /** The first argument of the process that makes the training's store: {@code seed FOLDER}. */
    private static final String SEED = "seed";

    public static void main(String[] args) throws Exception {
        if (args.length == 2 && args[0].equals(SEED)) {
            seed(Path.of(args[1]));
            return;
        }
        boolean documents = switch (args.length == 1 ? args[0] : "") {
            case "store" -> false;
            case "documents" -> true;
            default -> throw new IllegalArgumentException("usage: CommandsTraining store|documents");
        };
        Store.prepare();
        Path folder = Files.createTempDirectory("plandesk-training");
        try {
            String db = folder.resolve("store").toString();
            long planId = seedApart(Path.of(db));
            List<String[]> commands = new ArrayList<>();
            commands.add(new String[] {"list", "--db", db});
            if (documents) {
                for (ExportFormat format : ExportFormat.values()) {
                    commands.add(new String[] {"export", "--db", db, "--format", format.name().toLowerCase(Locale.ROOT),
                        "-o", folder.resolve("plan." + format.extension()).toString(), Long.toString(planId)});
                }
                for (String read : List.of("plan.json", "plan.docx", "plan.xml")) {
                    commands.add(new String[] {"import", "--db", db, folder.resolve(read).toString()});
                }
            }
            PrintWriter silent = new PrintWriter(Writer.nullWriter());
            PrintWriter err = new PrintWriter(System.err, true);
            for (String[] command : commands) {
                if (PlanDeskCommand.run(silent, err, System.in, command) != 0) {
                    throw new IllegalStateException("training command failed: " + String.join(" ", command));
                }
            }
        } finally {
            deleteAll(folder);
        }
    }

    /** Makes a store at {@code db} with the sample plans; prints the first plan's id. */
    private static void seed(Path db) throws Exception {
        Store.prepare();
        try (Store store = Store.open(db)) {
            System.out.println(SamplePlans.addTo(store.plans()).get(0));
        }
    }

    /** {@link #seed} in a process of its own; returns the first plan's id. */
    private static long seedApart(Path db) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process seeding = new ProcessBuilder(java, "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"),
                CommandsTraining.class.getName(), SEED, db.toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String printed = new String(seeding.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        if (seeding.waitFor() != 0) {
            throw new IllegalStateException("making the training's store failed");
        }
        return Long.parseLong(printed);
    }

    private static void deleteAll(Path folder) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
