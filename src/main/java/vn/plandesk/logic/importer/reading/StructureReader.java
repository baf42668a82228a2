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

    private static final Pattern TARGET = Pattern.compile("^(?:muc tieu|chi tieu)(?: phan dau)?\\s*:?\\s*");
    private static final Pattern FOCAL = Pattern.compile("^(?:co quan |don vi )?(?:dau moi|chu tri theo doi|theo doi chung)\\s*:?\\s*");
    private static final Pattern INLINE_TOPIC = Pattern.compile("^(.*?)\\s*\\((?:muc tieu|chi tieu)\\s*:?\\s*(.*?);\\s*(?:co quan )?dau moi\\s*:?\\s*(.*?)\\)\\s*:?$");

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
            section(roman, ItemText.heading(roman), List.of());
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
            Node assigning = bodiesAtWork(items);
            if (assigning == null) {
                return;
            }
            section = assigning;
            items = section.items();
        }
        if (Headings.isSchedule(heading) || mostlyTimed(items)) {
            for (Node step : items) {
                schedule(step);
            }
            return;
        }
        work(section, heading, inheritedLead);
    }

    /**
     * A describing section (budget, requirements) can still give bodies work: "3. Bộ Tài chính chủ
     * trì tổng hợp ...". When two or more of its items open with a body, those items are read as
     * tasks (a section holding them alone); the section is kept as text either way.
     */
    private static Node bodiesAtWork(List<Node> items) {
        List<Node> assigning = items.stream().filter(n -> !UnitNames.subject(n.text()).isEmpty()).toList();
        if (assigning.size() < 2) {
            return null;
        }
        Node work = new Node(null);
        work.children.addAll(assigning);
        return work;
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
        List<String> lead = ItemLeads.ownerOf(step.text());
        if (inline != null && !inline.isBlank()) {
            tasks.add(task(step, inline, span, phaseIndex, tasks.size(), List.of()));
        }
        for (Node child : step.children) {
            if (child.isItem() || tasksFromParagraphs(step)) {
                tasks.addAll(tasksOf(child, span, phaseIndex, tasks.size(), lead));
            }
        }
        if (tasks.isEmpty()) {
            String content = own != null && inline == null ? ItemText.withoutTrailingTime(step.text(), own) : step.text();
            tasks.add(task(step, content, span, phaseIndex, 0, lead));
        }
        if (title.isBlank()) {
            title = ItemText.titleFromTasks(tasks);
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
            if (ItemText.isPointer(item) || ItemText.isEvaluative(item)) {
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
        String text = ItemText.stripColon(item.text());
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
                target = ItemText.stripColon(child.text().substring(ItemText.originalOffset(child.text(), t.end())));
                timelineOf(child);
            } else if (child.isItem() && f.lookingAt() && focal == null) {
                focal = ItemText.stripColon(child.text().substring(ItemText.originalOffset(child.text(), f.end())));
            } else {
                taskNodes.add(child);
            }
        }
        List<String> lead = ItemLeads.listLead(item);
        if (lead.isEmpty()) {
            lead = sectionLead;
        }
        int phaseIndex = phases.size();
        TimeExpression span = firstOwnTime(item);
        List<Task> tasks = new ArrayList<>();
        for (Node child : taskNodes) {
            if (child.isItem() && !ItemText.isPointer(child) && !ItemText.isEvaluative(child)) {
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
                    ? topic : sectionHeading.replaceAll("[:.]+$", "") + ": " + ItemText.lowerFirst(topic);
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
        if (ItemText.isPointer(item) || ItemText.isEvaluative(item)) {
            return tasks;
        }
        List<Node> subItems = item.items();
        String text = item.text();
        boolean listHeading = !subItems.isEmpty() && (text.endsWith(":") || !UnitNames.heading(text).isEmpty() || holdsPoints(subItems) || ItemText.isRoleHeading(text)
                || item.labels != null || subItems.stream().anyMatch(n -> n.labels != null));
        List<String> ownLead = listHeading ? ItemLeads.listLead(item) : ItemLeads.labelLead(item);
        if (ownLead.isEmpty()) {
            ownLead = ItemLeads.ownerOf(text);
        }
        if (subItems.isEmpty() && !item.paragraphs().isEmpty() && ItemText.isHeading(text)) {
            // "4. Sở Tư pháp" or "1. Công tác tham mưu" over paragraphs: each paragraph is a task
            List<String> lead = ownLead.isEmpty() ? inheritedLead : ownLead;
            for (Node paragraph : item.paragraphs()) {
                tasks.addAll(tasksOf(paragraph.asItem(), inherited, phaseIndex, taskIndex + tasks.size(), lead));
            }
            return tasks;
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
        String content = ItemText.contentOf(rawContent, chosen == labelled ? null : chosen);
        String withoutLabel = ItemText.stripLeadingTime(rawContent, chosen == labelled ? null : chosen);
        UnitNames.Assignment assignment = UnitNames.of(withoutLabel);
        List<String> lead = ItemLeads.labelLead(node);
        if (lead.isEmpty()) {
            lead = assignment.lead();
        }
        if (lead.isEmpty() && !inheritedLead.isEmpty()) {
            lead = inheritedLead;
        }
        List<String> support = node.labels != null && node.labels.support() != null
                ? UnitNames.cell(node.labels.support()) : assignment.support();
        participants.addAll(UnitNames.members(rawContent));
        String deliverable = ItemText.deliverable(rawContent);
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
        if (recordedLabels.add(labels.timeOffset()) && Deadlines.isDated(p.expression())) {
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
            found.stream().filter(p -> Deadlines.isDated(p.expression())).forEach(timeline::add);
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
            return ItemText.stripColon(text);
        }
        if (own.start() <= 3) {
            return "";
        }
        return ItemText.stripColon(ItemText.withoutTrailingTime(text, own));
    }

    /** The addressee of a paragraph introducing a section's list: "Giao các sở, ngành thực hiện các nhiệm vụ sau:". */
    private List<String> introLead(Node section, String heading) {
        List<String> owner = heading == null ? List.of() : ItemLeads.ownerOf(heading);
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

}
