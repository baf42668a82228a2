package vn.plandesk.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import vn.plandesk.cli.PlanDeskCommand;
import vn.plandesk.logic.export.ExportFormat;
import vn.plandesk.logic.files.PrivateTemp;
import vn.plandesk.logic.samples.SamplePlans;
import vn.plandesk.logic.store.Store;

/**
 * The training run of the commands' class-data-sharing archive, made by app/plandesk once after each build
 * (with {@code -XX:ArchiveClassesAtExit}, before the first command) and used by it for every command: in one
 * process, on a store of its own in a temporary folder, it lists the sample plans, exports one in each
 * format and imports what it exported, so that the archive holds the classes those commands load.
 * A command that fails ends the training without an archive, and app/plandesk runs commands without one.
 */
final class CommandsTraining {
    private CommandsTraining() {
    }

    public static void main(String[] args) throws Exception {
        Store.prepare();
        PrivateTemp.install();
        Path folder = Files.createTempDirectory("plandesk-training");
        try {
            String db = folder.resolve("store").toString();
            long planId;
            try (Store store = Store.open(Path.of(db))) {
                planId = SamplePlans.addTo(store.plans()).get(0);
            }
            List<String[]> commands = new ArrayList<>();
            commands.add(new String[] {"list", "--db", db});
            for (ExportFormat format : ExportFormat.values()) {
                commands.add(new String[] {"export", "--db", db, "--format", format.name().toLowerCase(Locale.ROOT),
                    "-o", folder.resolve("plan." + format.extension()).toString(), Long.toString(planId)});
            }
            for (String read : List.of("plan.json", "plan.docx", "plan.xml")) {
                commands.add(new String[] {"import", "--db", db, folder.resolve(read).toString()});
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

    private static void deleteAll(Path folder) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
