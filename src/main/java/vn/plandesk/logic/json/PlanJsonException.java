package vn.plandesk.logic.json;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * A plan file that cannot be read. {@link #key()} names the message in the bundles (json.*) and
 * {@link #args()} fill its MessageFormat pattern, so the screen can say it in the user's language;
 * {@link #getMessage()} is for logs only.
 */
public class PlanJsonException extends Exception {

    private final String key;
    private final transient List<Object> args;

    public PlanJsonException(String key, Object... args) {
        this(null, key, args);
    }

    public PlanJsonException(Throwable cause, String key, Object... args) {
        super(key + " " + Arrays.toString(args), cause);
        this.key = key;
        // Arrays.asList, not List.of: an argument may be null (a null value in the file).
        this.args = Collections.unmodifiableList(Arrays.asList(args.clone()));
    }

    /** The message key, e.g. "json.badDate". */
    public String key() {
        return key;
    }

    /** The message arguments, e.g. the field path "phases[2].tasks[0].due" and the value. */
    public List<Object> args() {
        return args;
    }
}
