package vn.plandesk.logic.export.docx;

import java.util.ArrayList;
import java.util.List;
import vn.plandesk.logic.text.VietnameseText;
import vn.plandesk.model.Phase;
import vn.plandesk.model.Plan;
import vn.plandesk.model.Task;
import vn.plandesk.model.TextSection;

/**
 * The body of a plan in the order its document gives it, following the usual skeleton
 * (I. MỤC ĐÍCH, YÊU CẦU / II. NHIỆM VỤ, TIẾN ĐỘ / III. TỔ CHỨC THỰC HIỆN) and the two sample plans:
 * <ol>
 * <li>the text sections that come before the work (Mục đích and Yêu cầu joined as "Mục đích, yêu cầu",
 * then any other content such as "Nội dung ..."), in their order;</li>
 * <li>the schedule: the phases that carry dates, each a clause "1. title (time words)" with its
 * tasks as points a) b) c) ...; a text section named like a schedule ("Tiến độ", "Thời gian thực
 * hiện", "Nhiệm vụ ...") lends its heading and opening text;</li>
 * <li>the closing sections: funding ("Kinh phí") first, then the undated phases that only share out
 * responsibility ("Tổ chức thực hiện", "Chỉ đạo thực hiện") with their tasks as clauses 1. 2. 3.,
 * then the other closing text sections (a text section and a phase with the same name become one
 * section).</li>
 * </ol>
 */
public final class BodyOutline {

    /** A Roman-numbered section: heading, its opening paragraphs, and its clauses. */
    public record Section(String heading, List<String> paragraphs, List<Clause> clauses) {
    }

    /**
     * An Arabic-numbered clause. With a heading it is bold ("1. Mục đích") and holds paragraphs,
     * points and sub-clauses; without one it is a sentence of its own ("1. Giao Văn phòng ...").
     */
    public record Clause(String heading, List<String> paragraphs, List<String> points, List<Clause> subClauses) {
    }

    static final String SCHEDULE_HEADING = "Nhiệm vụ và tiến độ thực hiện";
    static final String SEE_APPENDIX = "Nhiệm vụ cụ thể, cơ quan chủ trì, cơ quan phối hợp và thời gian hoàn thành "
            + "tại Phụ lục kèm theo Kế hoạch này.";

    private static final List<String> FUNDING = List.of("kinh phi");
    private static final List<String> CLOSING = List.of("kinh phi", "to chuc thuc hien", "chi dao", "trach nhiem",
            "phan cong", "che do bao cao", "hieu luc", "dieu khoan thi hanh", "khen thuong", "kiem tra, giam sat");
    private static final List<String> SCHEDULE = List.of("tien do", "thoi gian thuc hien", "nhiem vu", "lo trinh",
            "noi dung, tien do", "cac buoc thuc hien");

    private BodyOutline() {
    }

    /** The body of {@code plan}; {@code withAppendix} adds the sentence pointing to the appendix. */
    public static List<Section> of(Plan plan, boolean withAppendix) {
        List<TextSection> opening = new ArrayList<>();
        List<TextSection> closing = new ArrayList<>();
        TextSection scheduleText = null;
        for (TextSection s : plan.sections()) {
            String key = key(s.heading());
            if (startsWithAny(key, CLOSING)) {
                closing.add(s);
            } else if (scheduleText == null && startsWithAny(key, SCHEDULE)) {
                scheduleText = s;
            } else {
                opening.add(s);
            }
        }
        List<Phase> dated = new ArrayList<>();
        List<Phase> undated = new ArrayList<>();
        plan.phases().forEach(p -> (isUndated(p) ? undated : dated).add(p));

        List<Section> body = new ArrayList<>(openingSections(opening));
        if (!dated.isEmpty() || scheduleText != null) {
            body.add(schedule(scheduleText, dated, withAppendix));
        }
        closing.stream().filter(s -> startsWithAny(key(s.heading()), FUNDING)).forEach(s -> body.add(textSection(s, undated)));
        List<TextSection> rest = closing.stream().filter(s -> !startsWithAny(key(s.heading()), FUNDING)).toList();
        for (Phase phase : undated) {
            if (rest.stream().noneMatch(s -> key(s.heading()).equals(key(phase.title())))) {
                body.add(new Section(phase.title(), List.of(), taskClauses(phase)));
            }
        }
        rest.forEach(s -> body.add(textSection(s, undated)));
        return body;
    }

    /** An undated phase only shares out responsibility: neither it nor any of its tasks has a time. */
    static boolean isUndated(Phase phase) {
        return phase.span().isNone() && phase.allTasks().stream().allMatch(t -> t.deadline().isNone());
    }

    private static List<Section> openingSections(List<TextSection> opening) {
        List<Section> sections = new ArrayList<>();
        for (int i = 0; i < opening.size(); i++) {
            TextSection s = opening.get(i);
            TextSection next = i + 1 < opening.size() ? opening.get(i + 1) : null;
            if (next != null && key(s.heading()).equals("muc dich") && key(next.heading()).equals("yeu cau")) {
                sections.add(new Section("Mục đích, yêu cầu", List.of(),
                        List.of(new Clause(s.heading(), lines(s.body()), List.of(), List.of()),
                                new Clause(next.heading(), lines(next.body()), List.of(), List.of()))));
                i++;
            } else {
                sections.add(new Section(headingOr(s, "Nội dung"), lines(s.body()), List.of()));
            }
        }
        return sections;
    }

    private static Section schedule(TextSection text, List<Phase> dated, boolean withAppendix) {
        List<String> paragraphs = new ArrayList<>(text == null ? List.of() : lines(text.body()));
        if (withAppendix && !dated.isEmpty()) {
            paragraphs.add(SEE_APPENDIX);
        }
        List<Clause> clauses = new ArrayList<>();
        for (Phase phase : dated) {
            List<Clause> subs = phase.subPhases().stream()
                    .map(sub -> new Clause(title(sub), List.of(), points(sub), List.of())).toList();
            clauses.add(new Clause(title(phase), List.of(), points(phase), subs));
        }
        return new Section(text == null ? SCHEDULE_HEADING : headingOr(text, SCHEDULE_HEADING), paragraphs, clauses);
    }

    private static Section textSection(TextSection s, List<Phase> undated) {
        List<Clause> clauses = new ArrayList<>();
        undated.stream().filter(p -> key(p.title()).equals(key(s.heading()))).forEach(p -> clauses.addAll(taskClauses(p)));
        return new Section(headingOr(s, "Tổ chức thực hiện"), lines(s.body()), clauses);
    }

    private static List<Clause> taskClauses(Phase phase) {
        return phase.allTasks().stream().map(t -> new Clause(null, List.of(t.content()), List.of(), List.of())).toList();
    }

    /** "Xây dựng dự thảo (lần 1) (Từ ngày 01/4 đến ngày 15/4/2019)": the title and the phase's time words. */
    private static String title(Phase phase) {
        return phase.span().isNone() ? phase.title() : phase.title() + " (" + phase.span().raw() + ")";
    }

    /** A task is a point; its own time words are added when they differ from its phase's. */
    private static List<String> points(Phase phase) {
        List<String> points = new ArrayList<>();
        for (Task task : phase.tasks()) {
            String words = task.deadline().raw();
            boolean own = !words.isEmpty() && !words.equals(phase.span().raw());
            points.add(own ? withoutEndPunctuation(task.content()) + " (" + words + ")" : task.content());
        }
        return points;
    }

    static String withoutEndPunctuation(String text) {
        return text.replaceFirst("[\\s.;,:]+$", "");
    }

    private static List<String> lines(String body) {
        return body.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    private static String headingOr(TextSection s, String fallback) {
        return s.heading() == null ? fallback : s.heading();
    }

    private static String key(String heading) {
        return heading == null ? "" : withoutEndPunctuation(VietnameseText.searchKey(heading));
    }

    private static boolean startsWithAny(String key, List<String> prefixes) {
        return prefixes.stream().anyMatch(key::startsWith);
    }
}
