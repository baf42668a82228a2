package vn.plandesk.cli;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.OverwrittenOptionException;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;
import vn.plandesk.logic.i18n.Messages;

/**
 * A mistake in how a command was typed, said in one sentence of the user's language. picocli words its
 * own in English ("Unknown option: '--bogus'", "'abc' is not a long"); each kind it reports is said
 * here again from the parts it gives (the argument typed, the option or parameter concerned).
 */
final class UsageErrors {
    private UsageErrors() {
    }

    /**
     * A value PlanDesk's own converters refuse, with the sentence that says why, already in the user's
     * language (a converter of picocli's says it in English).
     */
    static final class BadValue extends CommandLine.TypeConversionException {
        BadValue(String sentence) {
            super(sentence);
        }
    }

    /** Reads a path, refusing an empty one (Java reads "" as the current folder). */
    static final class PathConverter implements CommandLine.ITypeConverter<Path> {
        @Override
        public Path convert(String value) {
            if (value.isBlank()) {
                throw new BadValue(Messages.get("cli.usage.emptyPath"));
            }
            return Path.of(value);
        }
    }

    /** The sentence for {@code e}; picocli's own wording only for a kind PlanDesk's commands never meet. */
    static String sentence(ParameterException e) {
        String command = e.getCommandLine().getCommandSpec().qualifiedName();
        if (e instanceof UnmatchedArgumentException unmatched) {
            return unmatched(unmatched, command);
        }
        if (e instanceof MissingParameterException missing) {
            return Messages.get("cli.usage.missing", missing.getMissing().stream().map(UsageErrors::name)
                    .collect(Collectors.joining(", ")), command);
        }
        if (e instanceof OverwrittenOptionException repeated) {
            return Messages.get("cli.usage.repeated", name(repeated.getOverwritten()));
        }
        if (e.getCause() instanceof BadValue bad) {
            return bad.getMessage();
        }
        if (e.getArgSpec() != null && e.getValue() != null) {
            return badValue(e.getArgSpec(), e.getValue());
        }
        return PlanDeskCommand.oneLine(e);
    }

    private static String unmatched(UnmatchedArgumentException e, String command) {
        List<String> typed = e.getUnmatched();
        String first = typed.isEmpty() ? "" : typed.get(0);
        if (e.isUnknownOption()) {
            return Messages.get("cli.usage.unknownOption", first, command);
        }
        boolean namesACommand = e.getCommandLine().getParent() == null && !e.getCommandLine().getSubcommands().isEmpty();
        if (!namesACommand) {
            return Messages.get("cli.usage.extra", first, command);
        }
        // All of them rather than picocli's guesses, which go by shared letter pairs ("lsit" found no "list").
        return Messages.get("cli.usage.unknownCommand", first, String.join(", ", e.getCommandLine().getSubcommands().keySet()));
    }

    /** A value picocli's own converters refused: a number, one of a fixed list, or anything else. */
    private static String badValue(ArgSpec spec, String value) {
        Class<?> type = spec.type();
        if (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != boolean.class)) {
            return Messages.get("cli.usage.notANumber", value, name(spec));
        }
        if (type.isEnum()) {
            String choices = Arrays.stream(type.getEnumConstants()).map(String::valueOf).collect(Collectors.joining(", "));
            return Messages.get("cli.usage.notAChoice", value, name(spec), choices);
        }
        return Messages.get("cli.usage.badValue", value, name(spec));
    }

    /** How help names it: an option by its longest name, a parameter by its label (FILE, ID). */
    private static String name(ArgSpec spec) {
        return spec instanceof OptionSpec option ? option.longestName() : ((PositionalParamSpec) spec).paramLabel();
    }
}
