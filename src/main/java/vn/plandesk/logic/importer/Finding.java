package vn.plandesk.logic.importer;

import java.util.List;
import vn.plandesk.logic.i18n.Messages;

/**
 * Something a person should check in the review step: which field ({@code field}, e.g.
 * "phases[2].tasks[0].lead", "number"), why (a message key and its arguments), and where in the
 * source text it was read ({@code start}..{@code end}, -1 when not tied to a place).
 */
public record Finding(String field, String key, List<Object> args, int start, int end) {

    public Finding {
        args = List.copyOf(args);
    }

    public static Finding of(String field, int start, int end, String key, Object... args) {
        return new Finding(field, key, List.of(args), start, end);
    }

    /** The reason in the current language. */
    public String message() {
        return Messages.get(key, args.toArray());
    }
}
