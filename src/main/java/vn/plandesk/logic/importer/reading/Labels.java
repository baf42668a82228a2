package vn.plandesk.logic.importer.reading;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.plandesk.logic.text.VietnameseText;

/**
 * Label lines that give the lead, cooperating bodies and time of the tasks written before them,
 * as many plans do instead of an assignment table:
 * <pre>
 * - Tổ chức tập huấn ...
 * - Biên soạn tài liệu ...
 * Đơn vị chủ trì: Sở Tư pháp.
 * Đơn vị phối hợp: Các cơ quan, đơn vị liên quan.
 * Thời gian thực hiện: Quý I/2026.
 * </pre>
 * A run of labels applies to the items since the previous run, or to the item that holds it when
 * none came before ("3. Biên soạn tài liệu" / "- Cơ quan chủ trì: Bộ Công an"). "Nhiệm vụ:" holds
 * the tasks, "Cơ quan thực hiện:" may hold the lead and support labels, and a time label whose
 * dated steps are listed under it turns those steps into tasks. Labels may be plain paragraphs,
 * dashes or points, one to a line or several on one line separated by ";".
 */
final class Labels {

    enum Kind { LEAD, SUPPORT, TIME, PRODUCT, CONTENT, TASKS }

    /** What a run of labels says about its tasks; {@code null} where it says nothing. */
    record Values(String lead, String support, String time, String timeLine, int timeOffset, String product) {

        static final Values NONE = new Values(null, null, null, null, -1, null);

        Values with(Kind kind, String value, Line line, int offset) {
            return switch (kind) {
                case LEAD -> new Values(join(lead, value), support, time, timeLine, timeOffset, product);
                case SUPPORT -> new Values(lead, join(support, value), time, timeLine, timeOffset, product);
                case TIME -> time != null ? this : new Values(lead, support, value, line == null ? null : line.text(),
                        line == null ? -1 : line.start() + offset, product);
                case PRODUCT -> new Values(lead, support, time, timeLine, timeOffset, join(product, value));
                default -> this;
            };
        }

        Values merge(Values other) {
            Values v = this;
            if (other.lead != null) {
                v = v.with(Kind.LEAD, other.lead, null, 0);
            }
            if (other.support != null) {
                v = v.with(Kind.SUPPORT, other.support, null, 0);
            }
            if (other.time != null && v.time == null) {
                v = new Values(v.lead, v.support, other.time, other.timeLine, other.timeOffset, v.product);
            }
            if (other.product != null) {
                v = v.with(Kind.PRODUCT, other.product, null, 0);
            }
            return v;
        }

        private static String join(String a, String b) {
            return a == null || a.isBlank() ? b : b == null || b.isBlank() ? a : a + "; " + b;
        }
    }

    /** One label of a line: its kind, its value and where the value starts in the line's text. */
    record Label(Kind kind, String value, int offset) {
    }

    private static final String BODY = "(?:(?:don vi|co quan|bo phan|to chuc|ca nhan)\\s+)?";
    private static final Pattern LEAD = Pattern.compile("^" + BODY
            + "(?:chu tri|thuc hien|dau moi|chiu trach nhiem|trach nhiem thuc hien)(?:\\s+(?:tham muu|thuc hien|chinh|trien khai))*\\s*:");
    private static final Pattern SUPPORT = Pattern.compile("^" + BODY + "phoi hop(?:\\s+(?:thuc hien|trien khai))?\\s*:");
    private static final Pattern TIME = Pattern.compile(
            "^(?:thoi gian|thoi han|tien do|moc thoi gian)(?:\\s+(?:thuc hien|hoan thanh|ban hanh|trien khai|trinh|bao cao))*\\s*:");
    private static final Pattern PRODUCT = Pattern.compile("^(?:san pham|ket qua)(?:\\s+(?:dau ra|dat duoc|thuc hien))?\\s*:");
    private static final Pattern CONTENT = Pattern.compile("^noi dung(?:\\s+(?:thuc hien|cong viec))?\\s*:");
    private static final Pattern TASKS = Pattern.compile("^nhiem vu(?:\\s+(?:cu the|chu yeu|trong tam|giai phap))?\\s*:");
    private static final List<Pattern> PATTERNS = List.of(LEAD, SUPPORT, TIME, PRODUCT, CONTENT, TASKS);
    private static final List<Kind> KINDS = List.of(Kind.LEAD, Kind.SUPPORT, Kind.TIME, Kind.PRODUCT, Kind.CONTENT, Kind.TASKS);
    /** A break after which another label may start: "Chủ trì: Sở Y tế; Phối hợp: Sở Tài chính." */
    private static final Pattern SEPARATOR = Pattern.compile("[;.]\\s+");

    private Labels() {
    }

    /** The labels of a line's text (several when they share the line), or an empty list. */
    static List<Label> of(String text) {
        Label first = single(text, 0);
        if (first == null) {
            return List.of();
        }
        List<Label> labels = new ArrayList<>();
        int valueStart = first.offset();
        Kind kind = first.kind();
        Matcher separator = SEPARATOR.matcher(text);
        int from = valueStart;
        while (separator.find(from)) {
            Label next = single(text.substring(separator.end()), separator.end());
            if (next != null) {
                labels.add(new Label(kind, clean(text.substring(valueStart, separator.start())), valueStart));
                kind = next.kind();
                valueStart = next.offset();
            }
            from = separator.end();
        }
        labels.add(new Label(kind, clean(text.substring(valueStart)), valueStart));
        return labels;
    }

    private static Label single(String text, int base) {
        String key = VietnameseText.searchKey(text);
        for (int i = 0; i < PATTERNS.size(); i++) {
            Matcher m = PATTERNS.get(i).matcher(key);
            if (m.lookingAt()) {
                int colon = text.indexOf(':');
                return colon < 0 ? null : new Label(KINDS.get(i), null, base + colon + 1);
            }
        }
        return null;
    }

    private static String clean(String value) {
        String v = value.strip().replaceAll("[;.\\s]+$", "").strip();
        return v.isEmpty() ? null : v;
    }

    /** Rewrites the outline: label lines leave it and their values go onto the tasks they describe. */
    static void attach(Node node) {
        for (Node child : node.children) {
            attach(child);
        }
        if (node.children.stream().noneMatch(c -> !of(c.text()).isEmpty())) {
            return;
        }
        List<Node> out = new ArrayList<>();
        List<Node> pendingItems = new ArrayList<>();
        List<Node> pendingParagraphs = new ArrayList<>();
        Values run = null;
        for (Node child : node.children) {
            List<Label> labels = of(child.text());
            if (labels.isEmpty()) {
                if (run != null) {
                    close(node, run, pendingItems, pendingParagraphs, out);
                    run = null;
                }
                out.add(child);
                (child.isItem() ? pendingItems : pendingParagraphs).add(child);
                continue;
            }
            Label first = labels.get(0);
            if (first.kind() == Kind.TASKS) {
                if (run != null) {
                    close(node, run, pendingItems, pendingParagraphs, out);
                    run = null;
                }
                if (first.value() != null) {
                    Node task = child.withText(child.text().substring(first.offset()).strip());
                    out.add(task);
                    pendingItems.add(task);
                } else {
                    for (Node sub : child.children) {
                        out.add(sub);
                        (sub.isItem() ? pendingItems : pendingParagraphs).add(sub);
                    }
                }
                continue;
            }
            run = run == null ? Values.NONE : run;
            if (first.kind() == Kind.TIME && first.value() == null && !child.items().isEmpty()) {
                // dated steps listed under the time label are tasks of their own
                out.addAll(child.items());
            }
            for (Label label : labels) {
                if (label.value() != null) {
                    run = run.with(label.kind(), label.value(), child.line, label.offset() + child.textOffset());
                }
            }
            if (child.labels != null) {
                run = run.merge(child.labels); // "Cơ quan thực hiện:" holding "- Đơn vị chủ trì: ..."
            }
        }
        if (run != null) {
            close(node, run, pendingItems, pendingParagraphs, out);
        }
        node.children.clear();
        node.children.addAll(out);
    }

    /** Gives a run's values to the items before it, else to the paragraphs before it, else to the holder. */
    private static void close(Node holder, Values run, List<Node> items, List<Node> paragraphs, List<Node> out) {
        if (!items.isEmpty()) {
            items.forEach(n -> n.labels = n.labels == null ? run : n.labels.merge(run));
        } else if (!paragraphs.isEmpty()) {
            for (Node paragraph : paragraphs) {
                Node task = paragraph.asItem();
                task.labels = run;
                out.set(out.indexOf(paragraph), task);
            }
        } else if (holder.line != null) {
            holder.labels = holder.labels == null ? run : holder.labels.merge(run);
        }
        items.clear();
        paragraphs.clear();
    }
}
