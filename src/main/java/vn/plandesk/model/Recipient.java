package vn.plandesk.model;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One line of "Nơi nhận". {@code note} is the trailing remark such as "b/c" or "t/hiện";
 * {@code archive} marks the "Lưu: VT, ..." line, whose {@code name} is what follows "Lưu:".
 */
public record Recipient(String name, String note, boolean archive) {

    private static final Pattern NOTE = Pattern.compile("^(.*\\S)\\s*\\(([^()]{1,20})\\)$");
    private static final Pattern ARCHIVE = Pattern.compile("^Lưu\\s*:\\s*(.*)$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    public Recipient {
        name = Text.clean(name);
        Objects.requireNonNull(name, "a recipient needs a name");
        note = Text.clean(note);
    }

    /** Reads one line as written: "- UBND tỉnh (b/c);" → UBND tỉnh, note b/c; "Lưu: VT, QLCN." → archive. */
    public static Recipient parse(String line) {
        String s = Text.clean(line);
        Objects.requireNonNull(s, "a recipient line is empty");
        s = s.replaceFirst("^[-–+•]\\s*", "").replaceFirst("[;.,]+$", "").strip();
        Matcher archive = ARCHIVE.matcher(s);
        if (archive.matches()) {
            return new Recipient(archive.group(1), null, true);
        }
        Matcher noted = NOTE.matcher(s);
        if (noted.matches() && looksLikeNote(noted.group(2))) {
            return new Recipient(noted.group(1), noted.group(2), false);
        }
        return new Recipient(s, null, false);
    }

    /** "b/c", "t/hiện", "để biết", "p/h": short remarks; "(Sở Tài chính)" is part of a name. */
    private static boolean looksLikeNote(String inner) {
        return inner.contains("/") || inner.length() <= 8;
    }

    /** The line as written in a list, without the leading dash and trailing punctuation. */
    public String line() {
        if (archive) {
            return "Lưu: " + name;
        }
        return note == null ? name : name + " (" + note + ")";
    }
}
