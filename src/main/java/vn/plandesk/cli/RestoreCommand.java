package vn.plandesk.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Date;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.plandesk.logic.i18n.Messages;
import vn.plandesk.logic.store.Backups;
import vn.plandesk.logic.store.PortableArchive;
import vn.plandesk.logic.store.StoreException;
import vn.plandesk.logic.store.StoreLocation;
import vn.plandesk.logic.store.StoreMigration;
import vn.plandesk.logic.text.VietnameseText;

/**
 * {@code plandesk restore FILE}: replaces the whole store with a backup after the user confirms
 * (or with {@code --yes}). The data it replaces is backed up first. A portable archive restores into
 * a data folder or a server, in one transaction; a data folder's own backup into a data folder only.
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
            StoreLocation target = root.location();
            if (!Files.isRegularFile(backup)) {
                throw new StoreException(StoreException.Reason.BACKUP, "store.backupMissing", backup);
            }
            PortableArchive.Kind kind = PortableArchive.kindOf(backup);
            if (kind == PortableArchive.Kind.PORTABLE) {
                return restoreArchive(target, out, err);
            }
            if (kind == PortableArchive.Kind.DAMAGED) {
                throw new StoreException(StoreException.Reason.BACKUP, "archive.damaged", backup);
            }
            if (!(target instanceof StoreLocation.Folder folder)) {
                // a server takes portable archives only
                throw new StoreException(StoreException.Reason.BACKUP,
                        kind == PortableArchive.Kind.DATA_FOLDER_BACKUP ? "archive.folderBackupOnServer" : "archive.notArchive", backup);
            }
            if (!confirmed && !askUser(out, folder)) {
                return notConfirmed(err);
            }
            Path safety = Backups.restore(folder.path(), backup);
            out.println(Messages.get("cli.restore.done", backup.toAbsolutePath()));
            printPrevious(out, safety);
            return CommandLine.ExitCode.OK;
        } catch (StoreException e) {
            err.println(Messages.get("cli.error", PlanDeskCommand.oneLine(e)));
            return PlanDeskCommand.FAILED;
        }
    }

    /** The archive is read whole and checked before the user is asked anything. */
    private int restoreArchive(StoreLocation target, PrintWriter out, PrintWriter err) throws StoreException {
        try (PortableArchive archive = PortableArchive.open(backup)) {
            out.println(Messages.get("cli.restore.archive", archive.source(),
                    Date.from(archive.madeOn().atZone(ZoneId.systemDefault()).toInstant())));
            if (!confirmed && !askUser(out, target)) {
                return notConfirmed(err);
            }
            PortableArchive.Restored restored = archive.restoreInto(target);
            out.println(Messages.get("cli.restore.done", backup.toAbsolutePath()));
            StoreMigration.Counts counts = restored.counts();
            out.println(Messages.get("cli.migrate.counts", target, counts.plans(), counts.phases(), counts.tasks(), counts.units(),
                    counts.calendarEdits()));
            printPrevious(out, restored.previousData());
            return CommandLine.ExitCode.OK;
        }
    }

    private static int notConfirmed(PrintWriter err) {
        err.println(Messages.get("cli.restore.notConfirmed"));
        return PlanDeskCommand.FAILED;
    }

    private static void printPrevious(PrintWriter out, Path safety) {
        if (safety != null) {
            out.println(Messages.get("cli.restore.previousKept", safety.toAbsolutePath()));
        }
    }

    private boolean askUser(PrintWriter out, StoreLocation target) {
        Object where = target instanceof StoreLocation.Folder folder ? folder.path().toAbsolutePath() : target;
        out.print(Messages.get("cli.restore.confirm", backup.toAbsolutePath(), where));
        out.flush();
        try {
            String answer = new BufferedReader(new InputStreamReader(root.in, StandardCharsets.UTF_8)).readLine();
            return answer != null && YES.contains(VietnameseText.searchKey(answer).toLowerCase(Locale.ROOT));
        } catch (IOException e) {
            return false;
        }
    }
}
