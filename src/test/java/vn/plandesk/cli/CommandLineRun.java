package vn.plandesk.cli;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import vn.plandesk.logic.i18n.Messages;

/** The command line run inside the test as a user types it: what it prints and what it exits with. */
final class CommandLineRun {

    record Result(int exitCode, String out, String err) {
    }

    private CommandLineRun() {
    }

    static Result plandesk(String... args) {
        return plandeskWithInput("", args);
    }

    /** With {@code input} typed at its questions (the "có" a restore asks for). */
    static Result plandeskWithInput(String input, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        // A command sets the language of its process (--lang); in a test JVM it must not outlive the command.
        Locale before = Messages.locale();
        try {
            int code = PlanDeskCommand.run(new PrintWriter(out, true), new PrintWriter(err, true),
                    new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), args);
            return new Result(code, out.toString(), err.toString());
        } finally {
            Messages.setLocale(before);
        }
    }

    /** On the store in {@code db}: as if {@code --db db} were typed first. */
    static Result onStore(Path db, String... args) {
        String[] withDb = new String[args.length + 2];
        withDb[0] = "--db";
        withDb[1] = db.toString();
        System.arraycopy(args, 0, withDb, 2, args.length);
        return plandesk(withDb);
    }

    /** One of the sample plans shipped with PlanDesk (its JSON), copied into {@code folder}. */
    static Path sample(Path folder, String name) throws IOException {
        Path file = folder.resolve(name);
        try (InputStream in = CommandLineRun.class.getResourceAsStream("/vn/plandesk/samples/" + name)) {
            Files.copy(in, file);
        }
        return file;
    }
}
