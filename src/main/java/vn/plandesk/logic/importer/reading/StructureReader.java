package vn.plandesk.logic.importer.reading;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.plandesk.logic.importer.Finding;
import vn.plandesk.logic.importer.SourceSpan;
import vn.plandesk.logic.text.VietnameseText;
import vn.plandesk.model.Phase;
import vn.plandesk.model.Task;
import vn.plandesk.model.TextSection;
import vn.plandesk.model.TimeExpression;
import vn.plandesk.model.TimeKind;
import vn.plandesk.model.UnitRef;

/**
 * Reads the body's outline into phases and tasks, following ANNOTATION-RULES.md: the numbered
 * steps of a schedule section are phases (the sub-steps when a step has no date but they do);
 * sections that assign work become undated phases; topics with a target and a focal agency are
 * phases whose lettered items are tasks; the lettered items of a notice are tasks. Sections that
 * only describe (purpose, budget) are kept as free text sections.
 */
final class StructureReader {

    private static final Pattern OWNER_HEADING = Pattern.compile("(?:nhiem vu|trach nhiem|phan cong)(?: chung| cu the| chinh)? (?:cua|doi voi|cho) ");
    private static final Pattern POINTER = Pattern.compile("(?:kem theo|phu luc|bieu chi tiet|co bieu)");
    private static final Pattern EVALUATIVE = Pattern.compile("^(?:\\S+ ){0,8}?(?:ghi nhan|danh gia cao|bieu duong|hoan nghenh|nhat tri voi|dong y voi|cong nhan|tuyen duong)\\b");
    private static final Pattern TARGET = Pattern.compile("^(?:muc tieu|chi tieu)(?: phan dau)?\\s*:?\\s*");
    private static final Pattern FOCAL = Pattern.compile("^(?:co quan |don vi )?(?:dau moi|chu tri theo doi|theo doi chung)\\s*:?\\s*");
    private static final Pattern INLINE_TOPIC = Pattern.compile("^(.*?)\\s*\\((?:muc tieu|chi tieu)\\s*:?\\s*(.*?);\\s*(?:co quan )?dau moi\\s*:?\\s*(.*?)\\)\\s*:?$");
    private static final Pattern DELIVERABLE = Pattern.compile("(?:san pham|ket qua)(?: la| dau ra)?\\s*:\\s*");

    private final Deadlines deadlines;
    final List<Phase> phases = new ArrayList<>();
    final List<TextSection> sections = new ArrayList<>();
    final List<Finding> findings = new ArrayList<>();
    final List<SourceSpan> spans = new ArrayList<>();
    final List<String> participants = new ArrayList<>();
    /** Accepted time phrases with their absolute offsets, collected in any order, sorted at the end. */
    final List<Deadlines.Phrase> timeline = new ArrayList<>();

    StructureReader(Deadlines deadlines) {
        this.deadlines = deadlines;
    }

    /** Reads the body outline; {@code introAddressee} is the lead named by the sentence before the first list. */
    void read(Node root, List<String> introLead) {
        Labels.attach(root);
        List<Node> romans = root.children.stream().filter(n -> n.marker.kind() == Markers.Kind.ROMAN).toList();
        if (romans.isEmpty()) {
            section(root, null, introLead);
            return;
        }
        List<Node> before = root.children.subList(0, root.children.indexOf(romans.get(0)));
        if (before.stream().anyMatch(Node::isItem)) {
            Node loose = new Node(null);
            loose.children.addAll(before);
            section(loose, null, introLead);
        }
        for (Node roman : romans) {
            section(roman, heading(roman), List.of());
        }
    }

    private void section(Node section, String heading, List<String> inheritedLead) {
        List<Node> items = section.items();
        if (items.isEmpty() || Headings.isFree(heading)) {
            if (heading != null) {
                StringBuilder body = new StringBuilder();
                collectText(section, body);
                sections.add(new TextSection(heading, body.toString()));
            }
            return;
        }
        if (Headings.isSchedule(heading) || mostlyTimed(items)) {
            for (Node step : items) {
                schedule(step);
            }
            return;
        }
        work(section, heading, inheritedLead);
    }

    private static void collectText(Node node, StringBuilder out) {
        for (Node child : node.children) {
            out.append(child.line.text()).append('\n');
            collectText(child, out);
        }
    }

    /** Whether most numbered steps open with a time label ("Tháng 9-10/2018: ...", "Từ ngày ..."). */
    private boolean mostlyTimed(List<Node> items) {
        long timed = items.stream().filter(n -> labelTime(n.text()) != null).count();
        return items.size() >= 2 && timed * 2 >= items.size();
    }

    // ---- schedule -------------------------------------------------------------------------------

    private void schedule(Node step) {
        Deadlines.Phrase own = firstPhrase(step);
        List<Node> numbered = step.items().stream().filter(n -> n.marker.kind() == Markers.Kind.NUMBER).toList();
        if (own == null && !numbered.isEmpty() && numbered.stream().anyMatch(n -> firstPhrase(n) != null)) {
            for (Node sub : step.items()) {
                schedule(sub);
            }
            return;
        }
        TimeExpression span = own == null ? TimeExpression.none() : own.expression();
        String title = titleWithoutTime(step.text(), own);
        List<Task> tasks = new ArrayList<>();
        int phaseIndex = phases.size();
        String inline = inlineAfterLabel(step.text(), own);
        List<String> lead = ownerOf(step.text());
        if (inline != null && !inline.isBlank()) {
            tasks.add(task(step, inline, span, phaseIndex, tasks.size(), List.of()));
        }
        for (Node child : step.children) {
            if (child.isItem() || tasksFromParagraphs(step)) {
                tasks.addAll(tasksOf(child, span, phaseIndex, tasks.size(), lead));
            }
        }
        if (tasks.isEmpty()) {
            String content = own != null && inline == null ? withoutTrailingTime(step.text(), own) : step.text();
            tasks.add(task(step, content, span, phaseIndex, 0, lead));
        }
        if (title.isBlank()) {
            title = titleFromTasks(tasks);
        }
        addPhase(step, new Phase(null, step.marker.label(), title, span, null, null, tasks, List.of()));
    }

    private static boolean tasksFromParagraphs(Node step) {
        return step.items().isEmpty();
    }

    // ---- sections that assign work -------------------------------------------------------------

    private void work(Node section, String heading, List<String> inheritedLead) {
        List<Task> loose = new ArrayList<>();
        List<String> sectionLead = !inheritedLead.isEmpty() ? inheritedLead : introLead(section, heading);
        String title = heading == null ? "Nhiệm vụ" : heading;
        Node looseAnchor = section;
        for (Node item : section.children) {
            if (!item.isItem()) {
                continue;
            }
            if (isPointer(item) || isEvaluative(item)) {
                continue;
            }
            if (!item.items().isEmpty()) {
                if (!loose.isEmpty()) {
                    addPhase(looseAnchor, Phase.of(title, TimeExpression.none(), loose));
                    loose = new ArrayList<>();
                }
                topicOrGroup(item, heading, sectionLead);
            } else {
                looseAnchor = loose.isEmpty() ? item : looseAnchor;
                loose.addAll(tasksOf(item, TimeExpression.none(), phases.size(), loose.size(), sectionLead));
            }
        }
        if (!loose.isEmpty()) {
            addPhase(looseAnchor, Phase.of(title, TimeExpression.none(), loose));
        }
    }

    /** A numbered item with items of its own: a topic (target, focal agency) or a group of tasks. */
    private void topicOrGroup(Node item, String sectionHeading, List<String> sectionLead) {
        String text = stripColon(item.text());
        String target = null;
        String focal = null;
        Matcher inline = INLINE_TOPIC.matcher(text);
        String topic = text;
        if (inline.matches()) {
            topic = inline.group(1);
            target = inline.group(2);
            focal = inline.group(3);
        }
        List<Node> taskNodes = new ArrayList<>();
        for (Node child : item.children) {
            String key = VietnameseText.searchKey(child.text());
            Matcher t = TARGET.matcher(key);
            Matcher f = FOCAL.matcher(key);
            if (child.isItem() && t.lookingAt() && target == null) {
                target = stripColon(child.text().substring(originalOffset(child.text(), t.end())));
                timelineOf(child);
            } else if (child.isItem() && f.lookingAt() && focal == null) {
                focal = stripColon(child.text().substring(originalOffset(child.text(), f.end())));
            } else {
                taskNodes.add(child);
            }
        }
        List<String> lead = labelLead(item);
        if (lead.isEmpty()) {
            lead = ownerOf(item.text());
        }
        if (lead.isEmpty()) {
            lead = sectionLead;
        }
        int phaseIndex = phases.size();
        TimeExpression span = firstOwnTime(item);
        List<Task> tasks = new ArrayList<>();
        for (Node child : taskNodes) {
            if (child.isItem() && !isPointer(child) && !isEvaluative(child)) {
                tasks.addAll(tasksOf(child, span, phaseIndex, tasks.size(), lead));
            }
        }
        if (tasks.isEmpty()) {
            return;
        }
        String title;
        UnitRef focalUnit = null;
        if (target != null || focal != null) {
            List<String> focalNames = focal == null ? List.of() : UnitNames.split(focal);
            focalUnit = focalNames.isEmpty() ? null : UnitRef.named(focalNames.get(0));
            title = topic + " (" + (target == null ? "" : "mục tiêu " + target) + (target != null && focal != null ? "; " : "")
                    + (focal == null ? "" : "đầu mối: " + focal) + ")";
        } else {
            title = sectionHeading == null || item.marker.kind() != Markers.Kind.NUMBER || item.marker.depth() > 2
                    ? topic : sectionHeading.replaceAll("[:.]+$", "") + ": " + lowerFirst(topic);
        }
        Phase phase = new Phase(null, item.marker.label(), title, span, target, focalUnit, tasks, List.of());
        addPhase(item, phase);
    }

    /** A phase's dates come only from a time phrase in its own heading. */
    private TimeExpression firstOwnTime(Node item) {
        Deadlines.Phrase p = firstPhrase(item);
        return p == null ? TimeExpression.none() : p.expression();
    }

    /**
     * The tasks of one item: a list heading ("a) Sở Y tế:", "Giao các sở thực hiện:") gives its
     * items and its lead; a task with detail dashes is one task, except dashes with deadlines of
     * their own, which are tasks of their own.
     */
    private List<Task> tasksOf(Node item, TimeExpression inherited, int phaseIndex, int taskIndex, List<String> inheritedLead) {
        List<Task> tasks = new ArrayList<>();
        if (isPointer(item) || isEvaluative(item)) {
            return tasks;
        }
        List<Node> subItems = item.items();
        String text = item.text();
        boolean listHeading = !subItems.isEmpty() && (text.endsWith(":") || UnitNames.isOnlyNames(text) || holdsPoints(subItems)
                || item.labels != null || subItems.stream().anyMatch(n -> n.labels != null));
        List<String> ownLead = labelLead(item);
        if (ownLead.isEmpty()) {
            ownLead = ownerOf(text);
        }
        if (ownLead.isEmpty() && listHeading) {
            ownLead = UnitNames.of(text).lead();
        }
        if (listHeading) {
            List<String> lead = ownLead.isEmpty() ? inheritedLead : ownLead;
            Deadlines.Phrase headingTime = firstPhrase(item);
            TimeExpression time = headingTime == null ? inherited : headingTime.expression();
            for (Node sub : subItems) {
                tasks.addAll(tasksOf(sub, time, phaseIndex, taskIndex + tasks.size(), lead));
            }
            return tasks;
        }
        StringBuilder content = new StringBuilder(text);
        List<Node> separate = new ArrayList<>();
        for (Node sub : item.children) {
            if (sub.isItem() && firstPhrase(sub) != null) {
                separate.add(sub);
            } else {
                content.append(sub.isItem() ? "\n- " : "\n").append(sub.text());
                timelineOf(sub);
            }
        }
        tasks.add(task(item, content.toString(), inherited, phaseIndex, taskIndex, inheritedLead));
        for (Node sub : separate) {
            tasks.addAll(tasksOf(sub, inherited, phaseIndex, taskIndex + tasks.size(), tasks.get(0).lead().stream().map(UnitRef::name).toList()));
        }
        return tasks;
    }

    /** Numbered or lettered points under an item are tasks of their own; only dashes can be an item's detail. */
    private static boolean holdsPoints(List<Node> subItems) {
        return subItems.stream().anyMatch(n -> n.marker.kind() == Markers.Kind.LETTER || n.marker.kind() == Markers.Kind.NUMBER);
    }

    /** One task from an item's text: its own time phrase or the inherited one, its lead and support. */
    private Task task(Node node, String rawContent, TimeExpression inherited, int phaseIndex, int taskIndex, List<String> inheritedLead) {
        String field = "phases[" + phaseIndex + "].tasks[" + taskIndex + "]";
        int lineStart = node.line == null ? -1 : node.line.start();
        List<Deadlines.Phrase> own = node.line == null ? List.of() : timelineOf(node);
        Deadlines.Phrase chosen = null;
        for (Deadlines.Phrase p : deadlines.find(rawContent)) {
            if (!p.expression().hasFlag(TimeExpression.Flag.TIED_TO_EVENT) || inherited.isNone()) {
                chosen = p;
                break;
            }
        }
        Deadlines.Phrase labelled = labelTime(node);
        if (labelled != null) {
            chosen = chosen == null ? labelled : chosen;
        }
        TimeExpression deadline = labelled != null ? labelled.expression() : chosen != null ? chosen.expression() : inherited;
        String content = contentOf(rawContent, chosen == labelled ? null : chosen);
        String withoutLabel = stripLeadingTime(rawContent, chosen == labelled ? null : chosen);
        UnitNames.Assignment assignment = UnitNames.of(withoutLabel);
        List<String> lead = labelLead(node);
        if (lead.isEmpty()) {
            lead = assignment.lead();
        }
        if (lead.isEmpty() && !inheritedLead.isEmpty()) {
            lead = inheritedLead;
        }
        List<String> support = node.labels != null && node.labels.support() != null
                ? UnitNames.cell(node.labels.support()) : assignment.support();
        participants.addAll(UnitNames.members(rawContent));
        String deliverable = deliverable(rawContent);
        if (node.line != null) {
            spans.add(new SourceSpan(field, node.line.start(), node.line.end()));
            if (!own.isEmpty() && chosen != null) {
                Deadlines.Phrase first = own.get(0);
                spans.add(new SourceSpan(field + ".deadline", first.start(), first.end()));
            }
        }
        if (chosen == null && !inherited.isNone()) {
            findings.add(Finding.of(field + ".deadline", lineStart, lineStart, "finding.deadlineInherited", inherited.raw()));
        }
        if (deadline.hasFlag(TimeExpression.Flag.FAR_BEFORE_PLAN)) {
            findings.add(Finding.of(field + ".deadline", lineStart, lineStart, "finding.deadlineFarBefore", deadline.raw()));
        }
        if (lead.isEmpty()) {
            findings.add(Finding.of(field + ".lead", lineStart, lineStart, "finding.noLead"));
        }
        return new Task(null, node.marker.label(), content, deadline, null, deliverable,
                lead.stream().map(UnitRef::named).toList(), support.stream().map(UnitRef::named).toList(),
                0, null, null, List.of());
    }

    /** The lead a label line gives an item ("Đơn vị chủ trì: Sở Tư pháp"), or none. */
    private static List<String> labelLead(Node node) {
        return node.labels == null || node.labels.lead() == null ? List.of() : UnitNames.cell(node.labels.lead());
    }

    /**
     * The time a label line gives an item ("Thời gian thực hiện: Quý I/2026"), recorded once per
     * label for the plan's list of deadlines; none for words without a date ("Thường xuyên").
     */
    private Deadlines.Phrase labelTime(Node node) {
        Labels.Values labels = node.labels;
        if (labels == null || labels.time() == null) {
            return null;
        }
        List<Deadlines.Phrase> found = deadlines.find(labels.time());
        if (found.isEmpty() || found.get(0).expression().kind() == TimeKind.CONTINUOUS) {
            return null;
        }
        Deadlines.Phrase p = found.get(0);
        Deadlines.Phrase placed = new Deadlines.Phrase(labels.timeOffset() + p.start(), labels.timeOffset() + p.end(), p.expression());
        if (recordedLabels.add(labels.timeOffset()) && p.expression().end() != null) {
            timeline.add(placed);
        }
        return placed;
    }

    private final java.util.Set<Integer> recordedLabels = new java.util.HashSet<>();

    /** The time phrases of a node's own line, recorded once for the plan's list of deadlines. */
    private List<Deadlines.Phrase> timelineOf(Node node) {
        if (node.line == null) {
            return List.of();
        }
        List<Deadlines.Phrase> found = new ArrayList<>();
        String text = node.line.text();
        for (Deadlines.Phrase p : deadlines.find(text)) {
            found.add(new Deadlines.Phrase(node.line.start() + p.start(), node.line.start() + p.end(), p.expression()));
        }
        if (recorded.add(node)) {
            found.stream().filter(p -> p.expression().end() != null).forEach(timeline::add);
        }
        return found;
    }

    private final java.util.Set<Node> recorded = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

    private void addPhase(Node anchor, Phase phase) {
        if (anchor != null && anchor.line != null) {
            spans.add(new SourceSpan("phases[" + phases.size() + "]", anchor.line.start(), anchor.line.end()));
            timelineOf(anchor);
        }
        phases.add(phase);
    }

    // ---- text helpers ---------------------------------------------------------------------------

    /** The time phrase of a node's heading text, if any. */
    private Deadlines.Phrase firstPhrase(Node node) {
        List<Deadlines.Phrase> found = deadlines.find(node.text());
        return found.isEmpty() ? null : found.get(0);
    }

    /** A time phrase opening the text as a label: "Tháng 9-10/2018: ..." or the whole step "Từ ngày ...". */
    private Deadlines.Phrase labelTime(String text) {
        List<Deadlines.Phrase> found = deadlines.find(text);
        if (found.isEmpty()) {
            return null;
        }
        Deadlines.Phrase first = found.get(0);
        return first.start() <= 3 ? first : null;
    }

    private String inlineAfterLabel(String text, Deadlines.Phrase own) {
        if (own == null || own.start() > 3) {
            return null;
        }
        String rest = text.substring(own.end()).replaceFirst("^[\\s:,.–-]+", "").strip();
        return rest.isEmpty() ? null : rest;
    }

    private String titleWithoutTime(String text, Deadlines.Phrase own) {
        if (own == null) {
            return stripColon(text);
        }
        if (own.start() <= 3) {
            return "";
        }
        return stripColon(withoutTrailingTime(text, own));
    }

    /**
     * "Thành lập Tổ ...: Đầu tháng 01/2019." → "Thành lập Tổ ..."; "..., trình UBND tỉnh. Thời gian:
     * Trước ngày 20/3/2019." loses its time label too; a phrase inside a sentence stays.
     */
    private static String withoutTrailingTime(String text, Deadlines.Phrase own) {
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

    private static String stripLeadingTime(String text, Deadlines.Phrase chosen) {
        if (chosen == null || chosen.start() > 3) {
            return text;
        }
        String rest = text.substring(chosen.end());
        Matcher m = Pattern.compile("^\\s*[:,–-]\\s*").matcher(rest);
        return m.find() ? rest.substring(m.end()) : text;
    }

    private static String contentOf(String raw, Deadlines.Phrase chosen) {
        String text = stripLeadingTime(raw, chosen);
        if (chosen != null && chosen.start() > 3) {
            text = withoutTrailingTime(text, chosen);
        }
        text = text.strip().replaceAll("\\s*;$", "").replaceAll("\\./\\.$", ".").strip();
        return text.isEmpty() ? raw.strip() : UnitNames.capitalize(text);
    }

    private static String deliverable(String text) {
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

    /** The lead a heading names: "Nhiệm vụ chung của Tổ chuyên viên", "Sở Y tế:", "Giao Sở Y tế thực hiện:". */
    private static List<String> ownerOf(String heading) {
        String key = VietnameseText.searchKey(heading);
        Matcher m = OWNER_HEADING.matcher(key);
        if (m.find() && m.start() < 10) {
            return UnitNames.subject(heading.substring(originalOffset(heading, m.end())));
        }
        if (UnitNames.isOnlyNames(heading)) {
            return UnitNames.subject(heading);
        }
        return List.of();
    }

    /** The addressee of a paragraph introducing a section's list: "Giao các sở, ngành thực hiện các nhiệm vụ sau:". */
    private List<String> introLead(Node section, String heading) {
        List<String> owner = heading == null ? List.of() : ownerOf(heading);
        if (!owner.isEmpty()) {
            return owner;
        }
        for (Node child : section.children) {
            if (child.isItem()) {
                break;
            }
            if (child.text().endsWith(":")) {
                List<String> lead = UnitNames.of(child.text()).lead();
                if (!lead.isEmpty()) {
                    findings.add(Finding.of("phases[" + phases.size() + "]", child.line.start(), child.line.end(),
                            "finding.leadFromIntro", child.text()));
                    return lead;
                }
            }
        }
        return List.of();
    }

    private static boolean isPointer(Node item) {
        String key = VietnameseText.searchKey(item.text());
        return POINTER.matcher(key).find() && key.length() < 120 && item.items().isEmpty()
                && key.matches(".*(?:co bieu|kem theo|tai phu luc|theo phu luc).*") && !key.matches(".*(?:chu tri|phoi hop).*");
    }

    private static boolean isEvaluative(Node item) {
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

    private static String stripColon(String text) {
        return text.replaceAll("[\\s:;.]+$", "").strip();
    }

    private static String lowerFirst(String s) {
        if (s.length() < 2 || Character.isUpperCase(s.charAt(1))) {
            return s;
        }
        return s.substring(0, 1).toLowerCase(java.util.Locale.ROOT) + s.substring(1);
    }

    private static String titleFromTasks(List<Task> tasks) {
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
