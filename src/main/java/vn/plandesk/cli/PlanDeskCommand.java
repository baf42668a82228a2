package vn.plandesk.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.plandesk.logic.i18n.Messages;
import vn.plandesk.logic.store.Store;
import vn.plandesk.logic.store.StoreException;
import vn.plandesk.logic.store.StoreLocation;

/**
 * {@code plandesk}: the command line. Every command works on the store given by {@code --db}
 * (the user's data folder by default). A command that cannot do its work prints one line saying
 * why, in Vietnamese unless {@code --lang en}, exits non-zero, and leaves the store unchanged.
 */
@Command(name = "plandesk", mixinStandardHelpOptions = true, versionProvider = PlanDeskCommand.Version.class)
public final class PlanDeskCommand implements Callable<Integer> {
    /** Exit code of a command that could not do its work. */
    static final int FAILED = 1;

    /** The commands, in the order help lists them; see {@link #addSubcommands}. */
    private static final List<Class<?>> SUBCOMMANDS = List.of(ImportCommand.class, ListCommand.class, ExportCommand.class,
            ExportUnitCommand.class, BackupCommand.class, ReportCommand.class, UrgeCommand.class, RestoreCommand.class,
            HolidaysCommand.class, MigrateCommand.class);
    /** The root's options that take a value, so that the value is not taken for a command's name. */
    private static final Set<String> OPTIONS_WITH_VALUES = Set.of("--db", "--lang");

    /** A data folder, or an office server's postgresql:// address; read by {@link StoreLocation#parse}. */
    @Option(names = "--db", paramLabel = "PATH|postgresql://...", descriptionKey = "db", scope = CommandLine.ScopeType.INHERIT)
    String database;

    @Option(names = "--lang", paramLabel = "vi|en", descriptionKey = "lang", scope = CommandLine.ScopeType.INHERIT,
            converter = LanguageChoice.class)
    String language;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    InputStream in = System.in;

    /** Runs a command line with UTF-8 output on the console; returns the exit code. */
    public static int run(String... args) {
        PrintWriter out = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.out), StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.err), StandardCharsets.UTF_8), true);
        return run(out, err, System.in, args);
    }

    /** Runs a command line writing to the given streams and reading confirmations from {@code in}. */
    public static int run(PrintWriter out, PrintWriter err, InputStream in, String... args) {
        Store.prepare();
        Messages.setLocale(languageIn(args));
        PlanDeskCommand root = new PlanDeskCommand();
        root.in = in;
        CommandLine cli = new CommandLine(root);
        addSubcommands(cli, args);
        cli.registerConverter(Path.class, new UsageErrors.PathConverter());
        // Set here, for the root and the commands just added, in the language chosen (not the JVM's).
        cli.setResourceBundle(ResourceBundle.getBundle("vn.plandesk.i18n.cli", bundleLocale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println(Messages.get("cli.error", oneLine(e)));
            return FAILED;
        });
        // One line in the user's language, naming the help of the command that was mistyped.
        cli.setParameterExceptionHandler((e, args2) -> {
            e.getCommandLine().getErr().println(Messages.get("cli.usageError", UsageErrors.sentence(e),
                    e.getCommandLine().getCommandSpec().qualifiedName()));
            return CommandLine.ExitCode.USAGE;
        });
        return cli.execute(args);
    }

    /**
     * Adds only the command named on the line, or every command when none is named (help, a mistyped
     * name: picocli then lists or suggests them). picocli builds a command's model by reflection over its
     * options and the options of its mixins; building all ten took a third of a short command's start.
     */
    private static void addSubcommands(CommandLine cli, String[] args) {
        String named = commandName(args);
        List<Class<?>> chosen = SUBCOMMANDS.stream().filter(c -> c.getAnnotation(Command.class).name().equals(named)).toList();
        (chosen.isEmpty() ? SUBCOMMANDS : chosen).forEach(cli::addSubcommand);
    }

    /** The first argument that is neither an option nor an option's value; null when there is none. */
    private static String commandName(String[] args) {
        for (int i = 0; i < args.length; i++) {
            if (OPTIONS_WITH_VALUES.contains(args[i])) {
                i++;
            } else if (!args[i].startsWith("-")) {
                return args[i];
            }
        }
        return null;
    }

    @Override
    public Integer call() {
        // "plandesk" with only --db or --lang opens the window (see Launcher), which takes no empty --db.
        if (database != null && database.isBlank()) {
            spec.commandLine().getErr().println(Messages.get("cli.error", Messages.get("store.noPath")));
            return FAILED;
        }
        // Else the user asked for help.
        spec.commandLine().usage(spec.commandLine().getOut());
        return 0;
    }

    /** Opens the store a command works on. */
    Store openStore() throws StoreException {
        return Store.open(location());
    }

    /** Where the command's store is: --db (a folder or a server address checked part by part), else the user's data folder. */
    StoreLocation location() throws StoreException {
        return database != null ? StoreLocation.parse(database) : new StoreLocation.Folder(Store.defaultLocation());
    }

    private static Locale languageIn(String[] args) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--lang") && i + 1 < args.length) {
                return Locale.forLanguageTag(args[i + 1]);
            }
            if (args[i].startsWith("--lang=")) {
                return Locale.forLanguageTag(args[i].substring("--lang=".length()));
            }
        }
        return Messages.VIETNAMESE;
    }

    private static Locale bundleLocale() {
        return Messages.locale() == Messages.ENGLISH ? Locale.ENGLISH : Locale.ROOT;
    }

    static String oneLine(Throwable e) {
        String text = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return text.lines().findFirst().orElse("").strip();
    }

    /** vi or en, as the window and its launchers take them: another is refused, not read as Vietnamese. */
    static final class LanguageChoice implements CommandLine.ITypeConverter<String> {
        @Override
        public String convert(String value) {
            if (value.equals("vi") || value.equals("en")) {
                return value;
            }
            throw new UsageErrors.BadValue(Messages.get("cli.usage.noLanguage", value));
        }
    }

    /** The version written into the jar's manifest by the build, or "dev" when run from classes. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = PlanDeskCommand.class.getPackage().getImplementationVersion();
            return new String[] {"PlanDesk " + (v == null ? "dev" : v)};
        }
    }
}
