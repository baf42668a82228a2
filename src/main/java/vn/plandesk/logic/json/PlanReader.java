package vn.plandesk.logic.json;

import static vn.plandesk.logic.json.JsonFields.at;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import vn.plandesk.logic.text.VietnameseText;
import vn.plandesk.model.Authority;
import vn.plandesk.model.DocumentType;
import vn.plandesk.model.Extension;
import vn.plandesk.model.Phase;
import vn.plandesk.model.Plan;
import vn.plandesk.model.PlanStatus;
import vn.plandesk.model.Recipient;
import vn.plandesk.model.Signer;
import vn.plandesk.model.Task;
import vn.plandesk.model.TextSection;
import vn.plandesk.model.TimeExpression;
import vn.plandesk.model.UnitRef;

/** Turns the tree of a plan file into a {@link Plan}; see {@link PlanJson} for the keys. */
final class PlanReader {

    private final TimeJson.PhraseParser parser;

    PlanReader(TimeJson.PhraseParser parser) {
        this.parser = parser;
    }

    Plan read(JsonNode root) throws PlanJsonException {
        if (!root.isObject()) {
            throw new PlanJsonException("json.notAPlan");
        }
        String title = JsonFields.text(root, "title", "");
        if (title == null || title.isBlank()) {
            throw new PlanJsonException("json.missingTitle");
        }
        LocalDate issuedOn = JsonFields.date(root, "issued_on", "");
        TimeJson time = new TimeJson(parser, issuedOn);

        List<Phase> phases = new ArrayList<>();
        List<JsonNode> phaseNodes = JsonFields.list(root, "phases", "");
        for (int i = 0; i < phaseNodes.size(); i++) {
            phases.add(phase(phaseNodes.get(i), at("phases", i), time, true));
        }
        List<TimeExpression> deadlines = new ArrayList<>();
        List<JsonNode> deadlineNodes = JsonFields.list(root, "deadlines", "");
        for (int i = 0; i < deadlineNodes.size(); i++) {
            String path = at("deadlines", i);
            deadlines.add(time.readSpan(JsonFields.object(deadlineNodes.get(i), path), path));
        }
        // Deadlines that are just those of the phases and tasks carry nothing of their own: not keeping
        // them lets a plan made here survive a round trip, and later edits of its dates show on export.
        List<TimeExpression> sourceDeadlines = deadlines.equals(TimeJson.datedTimes(phases)) ? List.of() : deadlines;

        return new Plan(null, 0, docType(root), JsonFields.text(root, "number", ""),
                JsonFields.text(root, "governing_body", ""), JsonFields.text(root, "issuer", ""),
                JsonFields.text(root, "place", ""), issuedOn, title, JsonFields.texts(root, "legal_bases", ""),
                sections(root), phases, signer(root), recipients(root), status(root),
                JsonFields.text(root, "source", ""), JsonFields.text(root, "notes", ""),
                participants(root, phases), sourceDeadlines);
    }

    /** An unknown or missing abbreviation is a plan (KH), the type offices follow up most. */
    private static DocumentType docType(JsonNode root) throws PlanJsonException {
        return DocumentType.fromAbbreviation(JsonFields.text(root, "doc_type", ""));
    }

    /** "draft", "issued", "finished"; anything else is a draft. */
    private static PlanStatus status(JsonNode root) throws PlanJsonException {
        String word = JsonFields.text(root, "status", "");
        return word == null ? null : JsonFields.enumValue(PlanStatus.class, word);
    }

    private static List<TextSection> sections(JsonNode root) throws PlanJsonException {
        List<TextSection> sections = new ArrayList<>();
        List<JsonNode> nodes = JsonFields.list(root, "sections", "");
        for (int i = 0; i < nodes.size(); i++) {
            String path = at("sections", i);
            JsonNode node = JsonFields.object(nodes.get(i), path);
            sections.add(new TextSection(JsonFields.text(node, "heading", path), JsonFields.text(node, "body", path)));
        }
        return sections;
    }

    private static Signer signer(JsonNode root) throws PlanJsonException {
        if (!JsonFields.given(root, "signer")) {
            return null;
        }
        JsonNode node = JsonFields.object(root.get("signer"), "signer");
        Signer signer = new Signer(Authority.fromPrefix(JsonFields.text(node, "authority", "signer")),
                JsonFields.text(node, "position", "signer"), JsonFields.text(node, "name", "signer"));
        return signer.equals(new Signer(null, null, null)) ? null : signer;
    }

    private static List<Recipient> recipients(JsonNode root) throws PlanJsonException {
        List<Recipient> recipients = new ArrayList<>();
        for (String line : JsonFields.texts(root, "recipients", "")) {
            try {
                recipients.add(Recipient.parse(line));
            } catch (NullPointerException e) {
                // A line of nothing but a dash or a semicolon names no one: left out, like a blank line.
            }
        }
        return recipients;
    }

    private Phase phase(JsonNode item, String path, TimeJson time, boolean topLevel) throws PlanJsonException {
        JsonNode node = JsonFields.object(item, path);
        String title = required(node, "title", path);
        List<Task> tasks = new ArrayList<>();
        List<JsonNode> taskNodes = JsonFields.list(node, "tasks", path);
        for (int i = 0; i < taskNodes.size(); i++) {
            tasks.add(task(taskNodes.get(i), at(at(path, "tasks"), i), time));
        }
        List<JsonNode> subNodes = JsonFields.list(node, "sub_phases", path);
        if (!topLevel && !subNodes.isEmpty()) {
            // The model nests phases one level deep.
            throw JsonFields.badValue(at(path, "sub_phases"), node.get("sub_phases"));
        }
        List<Phase> subPhases = new ArrayList<>();
        for (int i = 0; i < subNodes.size(); i++) {
            subPhases.add(phase(subNodes.get(i), at(at(path, "sub_phases"), i), time, false));
        }
        String focal = JsonFields.text(node, "focal_unit", path);
        return new Phase(null, JsonFields.text(node, "label", path), title, time.readSpan(node, path),
                JsonFields.text(node, "target", path), isBlank(focal) ? null : UnitRef.named(focal), tasks, subPhases);
    }

    private static Task task(JsonNode item, String path, TimeJson time) throws PlanJsonException {
        JsonNode node = JsonFields.object(item, path);
        String content = required(node, "content", path);
        int percentDone = JsonFields.integer(node, "percent_done", path, 0);
        if (percentDone < 0 || percentDone > 100) {
            throw JsonFields.badValue(at(path, "percent_done"), node.get("percent_done"));
        }
        List<Extension> extensions = new ArrayList<>();
        List<JsonNode> extensionNodes = JsonFields.list(node, "extensions", path);
        for (int i = 0; i < extensionNodes.size(); i++) {
            String at = at(at(path, "extensions"), i);
            JsonNode extension = JsonFields.object(extensionNodes.get(i), at);
            extensions.add(new Extension(time.readSpan(extension, at), JsonFields.date(extension, "granted_on", at),
                    JsonFields.text(extension, "reason", at)));
        }
        return new Task(null, JsonFields.text(node, "label", path), content, time.readDeadline(node, path),
                JsonFields.date(node, "start", path), JsonFields.text(node, "deliverable", path),
                units(node, "lead", path), units(node, "support", path), percentDone,
                JsonFields.date(node, "completed_on", path), JsonFields.text(node, "notes", path), extensions);
    }

    private static List<UnitRef> units(JsonNode node, String field, String path) throws PlanJsonException {
        return JsonFields.texts(node, field, path).stream().map(UnitRef::named).toList();
    }

    private static String required(JsonNode node, String field, String path) throws PlanJsonException {
        String text = JsonFields.text(node, field, path);
        if (isBlank(text)) {
            throw new PlanJsonException("json.missingField", at(path, field));
        }
        return text;
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    /**
     * The names in "units" that no task and no focal unit uses (matched by the accent-insensitive
     * key): people or bodies given work outside a task, such as the members of a drafting team.
     */
    private static List<UnitRef> participants(JsonNode root, List<Phase> phases) throws PlanJsonException {
        // The units of a plan that has these phases and no participants: the plan's own rule for "involved".
        Set<String> seen = new HashSet<>();
        Plan.draft(null, "-").withPhases(phases).involvedUnits().forEach(u -> seen.add(VietnameseText.searchKey(u.name())));
        List<UnitRef> participants = new ArrayList<>();
        for (String name : JsonFields.texts(root, "units", "")) {
            if (seen.add(VietnameseText.searchKey(name))) {
                participants.add(UnitRef.named(name));
            }
        }
        return participants;
    }
}
