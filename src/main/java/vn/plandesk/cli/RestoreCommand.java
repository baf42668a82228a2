package vn.plandesk.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.plandesk.logic.i18n.Messages;
import vn.plandesk.logic.store.Backups;
import vn.plandesk.logic.store.StoreException;
import vn.plandesk.logic.text.VietnameseText;

/**
 * {@code plandesk restore FILE}: replaces the whole store with a backup after the user confirms
 * (or with {@code --yes}). The data it replaces is backed up first.
 */
@Command(name = "restore", mixinStandardHelpOptions = true)
final class RestoreCommand implements Callable<Integer> {
    private static final Set<String> YES = Set.of("co", "c", "yes", "y");

    @CommandLine.ParentCommand
    PlanDeskCommand root;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "FILE", descriptionKey = "restore.file")
    Path backup;

    @Option(names = {"-y", "--yes"}, descriptionKey = "restore.yes")
    boolean confirmed;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        try {
            Path data = root.dataFolder();
            if (!confirmed && !askUser(out, data)) {
                err.println(Messages.get("cli.restore.notConfirmed"));
                return PlanDeskCommand.FAILED;
            }
            Path safety = Backups.restore(data, backup);
            out.println(Messages.get("cli.restore.done", backup.toAbsolutePath()));
            if (safety != null) {
                out.println(Messages.get("cli.restore.previousKept", safety.toAbsolutePath()));
            }
            return CommandLine.ExitCode.OK;
        } catch (StoreException e) {
            err.println(Messages.get("cli.error", PlanDeskCommand.oneLine(e)));
            return PlanDeskCommand.FAILED;
        }
    }

    private boolean askUser(java.io.PrintWriter out, Path data) {
        out.print(Messages.get("cli.restore.confirm", backup.toAbsolutePath(), data.toAbsolutePath()));
        out.flush();
        try {
            String answer = new BufferedReader(new InputStreamReader(root.in, StandardCharsets.UTF_8)).readLine();
            return answer != null && YES.contains(VietnameseText.searchKey(answer).toLowerCase(Locale.ROOT));
        } catch (IOException e) {
            return false;
        }
    }
}
