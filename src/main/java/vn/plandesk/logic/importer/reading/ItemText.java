package vn.plandesk.logic.importer.reading;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.plandesk.logic.text.VietnameseText;
import vn.plandesk.model.Task;

/** What the text of one outline item is and says, apart from who does it: heading or sentence, content, time label, deliverable. */
final class ItemText {

    private ItemText() {
    }

    private static final Pattern POINTER = Pattern.compile("(?:kem theo|phu luc|bieu chi tiet|co bieu)");

    private static final Pattern EVALUATIVE = Pattern.compile("^(?:\\S+ ){0,8}?(?:ghi nhan|danh gia cao|bieu duong|hoan nghenh|nhat tri voi|dong y voi|cong nhan|tuyen duong)\\b");

    private static final Pattern DELIVERABLE = Pattern.compile("(?:san pham|ket qua)(?: la| dau ra)?\\s*:\\s*");

    /** A heading rather than a sentence: short, without final punctuation. */
    static boolean isHeading(String text) {
        return text.length() <= 160 && !text.matches(".*[.;:!?…]$");
    }

    /** "a) Chủ trì, phối hợp với các sở, ngành": the items under it are the tasks the body does in that role. */
    static boolean isRoleHeading(String text) {
        return isHeading(text) && ROLE_HEADING.matcher(VietnameseText.searchKey(text)).lookingAt();
    }

    private static final Pattern ROLE_HEADING = Pattern.compile("(?:chu tri|phoi hop|tham muu)\\b");

    /**
     * "Thành lập Tổ ...: Đầu tháng 01/2019." → "Thành lập Tổ ..."; "..., trình UBND tỉnh. Thời gian:
     * Trước ngày 20/3/2019." loses its time label too; a phrase inside a sentence stays.
     */
    static String withoutTrailingTime(String text, Deadlines.Phrase own) {
        String before = text.substring(0, own.start()).stripTrailing();
        String after = text.substring(own.end()).strip();
        if (before.endsWith(":") && after.matches("[.;,]*")) {
            String content = before.substring(0, before.length() - 1).strip();
            Matcher label = TRAILING_TIME_LABEL.matcher(content);
            if (label.find()) {
                content = content.substring(0, label.start()).strip();
            }
            return content.isEmpty() ? before.substring(0, before.length() - 1).strip() : content;
        }
        return text;
    }

    /** A time label closing a task's sentence: ". Thời gian", "; thời hạn hoàn thành". */
    private static final Pattern TRAILING_TIME_LABEL = Pattern.compile(
            "[.;,]\\s*(?:thời gian|thời hạn|tiến độ)(?:\\s+(?:hoàn thành|thực hiện|triển khai))?$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    static String stripLeadingTime(String text, Deadlines.Phrase chosen) {
        if (chosen == null || chosen.start() > 3) {
            return text;
        }
        String rest = text.substring(chosen.end());
        Matcher m = Pattern.compile("^\\s*[:,–-]\\s*").matcher(rest);
        return m.find() ? rest.substring(m.end()) : text;
    }

    static String contentOf(String raw, Deadlines.Phrase chosen) {
        String text = stripLeadingTime(raw, chosen);
        if (chosen != null && chosen.start() > 3) {
            text = withoutTrailingTime(text, chosen);
        }
        text = text.strip().replaceAll("\\s*;$", "").replaceAll("\\./\\.$", ".").strip();
        return text.isEmpty() ? raw.strip() : UnitNames.capitalize(text);
    }

    static String deliverable(String text) {
        String key = VietnameseText.searchKey(text);
        Matcher m = DELIVERABLE.matcher(key);
        if (!m.find()) {
            return null;
        }
        String rest = text.substring(Math.min(text.length(), originalOffset(text, m.end())));
        int stop = rest.indexOf(';');
        int close = rest.indexOf(')');
        int end = stop < 0 ? rest.length() : stop;
        if (close >= 0 && close < end) {
            end = close;
        }
        String d = rest.substring(0, end).replaceAll("[.\\s]+$", "").strip();
        return d.isEmpty() ? null : d;
    }

    /** The offset in the original text matching an offset in its search key (same word count). */
    static int originalOffset(String text, int keyOffset) {
        String key = VietnameseText.searchKey(text);
        if (key.length() == text.length()) {
            return keyOffset;
        }
        int words = key.substring(0, Math.min(keyOffset, key.length())).split(" ", -1).length - 1;
        int offset = 0;
        String stripped = text.strip();
        for (int i = 0; i < words; i++) {
            int space = stripped.indexOf(' ', offset);
            if (space < 0) {
                return stripped.length();
            }
            offset = space + 1;
        }
        return offset;
    }

    static boolean isPointer(Node item) {
        String key = VietnameseText.searchKey(item.text());
        return POINTER.matcher(key).find() && key.length() < 120 && item.items().isEmpty()
                && key.matches(".*(?:co bieu|kem theo|tai phu luc|theo phu luc).*") && !key.matches(".*(?:chu tri|phoi hop).*");
    }

    static boolean isEvaluative(Node item) {
        return EVALUATIVE.matcher(VietnameseText.searchKey(item.text())).find();
    }

    static String heading(Node node) {
        String text = stripColon(node.text());
        if (Headings.isUpperCase(text)) {
            String lower = text.toLowerCase(java.util.Locale.ROOT);
            return lower.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + lower.substring(1);
        }
        return text;
    }

    static String stripColon(String text) {
        return text.replaceAll("[\\s:;.]+$", "").strip();
    }

    static String lowerFirst(String s) {
        if (s.length() < 2 || Character.isUpperCase(s.charAt(1))) {
            return s;
        }
        return s.substring(0, 1).toLowerCase(java.util.Locale.ROOT) + s.substring(1);
    }

    static String titleFromTasks(List<Task> tasks) {
        StringBuilder title = new StringBuilder();
        for (Task t : tasks) {
            String c = t.content().replaceAll("[.;]+$", "");
            if (title.length() > 0) {
                title.append("; ");
            }
            title.append(c.length() > 60 ? c.substring(0, c.lastIndexOf(' ', 60) > 20 ? c.lastIndexOf(' ', 60) : 60) + "…" : c);
            if (title.length() > 120) {
                break;
            }
        }
        return title.toString();
    }
}
