package vn.plandesk.app;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import vn.plandesk.logic.i18n.Messages;

/**
 * The few arguments the window understands: {@code --db PATH} (a data folder, or an office server's
 * {@code postgresql://} address, read when the store opens) and {@code --lang en|vi} (also
 * written {@code --db=PATH}, {@code --lang=en}), and one document to open in the import review
 * (a plan .json, .docx, .doc, .txt or MS Project .xml: what the desktop passes when a file is
 * opened with PlanDesk). Any other argument means a command-line run.
 */
public record WindowOptions(Optional<String> store, Locale locale, Optional<Path> document) {
    private static final List<String> DOCUMENT_SUFFIXES = List.of(".json", ".docx", ".doc", ".txt", ".xml");

    public WindowOptions(Optional<String> store, Locale locale) {
        this(store, locale, Optional.empty());
    }

    /** The window on the default data file, in Vietnamese. */
    public static WindowOptions defaults() {
        return new WindowOptions(Optional.empty(), Messages.VIETNAMESE);
    }

    /** The options, or empty when the arguments are not all window options. */
    public static Optional<WindowOptions> parse(List<String> args) {
        Optional<String> store = Optional.empty();
        Locale locale = Messages.VIETNAMESE;
        Optional<Path> document = Optional.empty();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (!arg.startsWith("-") && document.isEmpty() && isDocument(arg)) {
                document = Optional.of(Path.of(arg));
                continue;
            }
            String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
            String value;
            if (arg.contains("=")) {
                value = arg.substring(arg.indexOf('=') + 1);
            } else if (i + 1 < args.size()) {
                value = args.get(++i);
            } else {
                return Optional.empty();
            }
            if (name.equals("--db") && !value.isBlank()) {
                store = Optional.of(value);
            } else if (name.equals("--lang") && (value.equals("vi") || value.equals("en"))) {
                locale = value.equals("en") ? Messages.ENGLISH : Messages.VIETNAMESE;
            } else {
                return Optional.empty();
            }
        }
        return Optional.of(new WindowOptions(store, locale, document));
    }

    private static boolean isDocument(String arg) {
        String name = arg.toLowerCase(Locale.ROOT);
        return DOCUMENT_SUFFIXES.stream().anyMatch(name::endsWith);
    }
}
