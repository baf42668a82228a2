package vn.plandesk.logic.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import vn.plandesk.model.Extension;
import vn.plandesk.model.Phase;
import vn.plandesk.model.Plan;
import vn.plandesk.model.Recipient;
import vn.plandesk.model.Signer;
import vn.plandesk.model.Task;
import vn.plandesk.model.TextSection;
import vn.plandesk.model.TimeExpression;
import vn.plandesk.model.UnitRef;

/**
 * Turns a {@link Plan} into the tree of a plan file. The keys of plan-json.md come in the order of
 * the sample annotations and are always written (null when empty); our own keys sit next to them
 * and are left out when they have nothing to say, so a plain plan reads like an annotation.
 */
final class PlanWriter {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private PlanWriter() {
    }

    static ObjectNode write(Plan plan) {
        ObjectNode root = NODES.objectNode();
        root.put("source", plan.source());
        root.put("doc_type", plan.type().abbreviation());
        root.put("status", JsonFields.enumWord(plan.status()));
        root.put("number", plan.numberAndSymbol());
        putIfPresent(root, "governing_body", plan.governingBody());
        root.put("issuer", plan.issuer());
        root.put("place", plan.place());
        root.put("issued_on", TimeJson.iso(plan.issuedOn()));
        root.put("title", plan.subject());
        if (!plan.legalBases().isEmpty()) {
            ArrayNode bases = root.putArray("legal_bases");
            plan.legalBases().forEach(bases::add);
        }
        if (!plan.sections().isEmpty()) {
            ArrayNode sections = root.putArray("sections");
            for (TextSection section : plan.sections()) {
                sections.addObject().put("heading", section.heading()).put("body", section.body());
            }
        }
        root.set("signer", signer(plan.signer()));
        ArrayNode recipients = root.putArray("recipients");
        plan.recipients().stream().map(Recipient::line).forEach(recipients::add);
        ArrayNode phases = root.putArray("phases");
        plan.phases().forEach(phase -> phases.add(phase(phase)));
        ArrayNode deadlines = root.putArray("deadlines");
        List<TimeExpression> times = plan.sourceDeadlines().isEmpty()
                ? TimeJson.datedTimes(plan.phases()) : plan.sourceDeadlines();
        times.forEach(time -> TimeJson.writeSpan(deadlines.addObject(), time));
        ArrayNode units = root.putArray("units");
        plan.involvedUnits().stream().map(UnitRef::name).forEach(units::add);
        root.put("notes", plan.notes());
        return root;
    }

    private static ObjectNode signer(Signer signer) {
        if (signer == null) {
            return null;
        }
        ObjectNode node = NODES.objectNode();
        node.put("authority", signer.authority() == null ? null : signer.authority().prefix());
        node.put("position", signer.position());
        node.put("name", signer.name());
        return node;
    }

    private static ObjectNode phase(Phase phase) {
        ObjectNode node = NODES.objectNode();
        putIfPresent(node, "label", phase.label());
        node.put("title", phase.title());
        TimeJson.writeSpan(node, phase.span());
        putIfPresent(node, "target", phase.target());
        putIfPresent(node, "focal_unit", phase.focalUnit() == null ? null : phase.focalUnit().name());
        ArrayNode tasks = node.putArray("tasks");
        phase.tasks().forEach(task -> tasks.add(task(task)));
        if (!phase.subPhases().isEmpty()) {
            ArrayNode subPhases = node.putArray("sub_phases");
            phase.subPhases().forEach(sub -> subPhases.add(phase(sub)));
        }
        return node;
    }

    private static ObjectNode task(Task task) {
        ObjectNode node = NODES.objectNode();
        putIfPresent(node, "label", task.label());
        node.put("content", task.content());
        TimeJson.writeDeadline(node, task.deadline());
        node.set("lead", names(task.lead()));
        node.set("support", names(task.support()));
        putIfPresent(node, "start", TimeJson.iso(task.start()));
        putIfPresent(node, "deliverable", task.deliverable());
        node.put("percent_done", task.percentDone());
        putIfPresent(node, "completed_on", TimeJson.iso(task.completedOn()));
        putIfPresent(node, "notes", task.notes());
        if (!task.extensions().isEmpty()) {
            ArrayNode extensions = node.putArray("extensions");
            for (Extension extension : task.extensions()) {
                ObjectNode written = extensions.addObject();
                TimeJson.writeSpan(written, extension.deadline());
                written.put("granted_on", TimeJson.iso(extension.grantedOn()));
                written.put("reason", extension.reason());
            }
        }
        return node;
    }

    private static ArrayNode names(List<UnitRef> units) {
        ArrayNode names = NODES.arrayNode();
        units.forEach(unit -> names.add(unit.name()));
        return names;
    }

    private static void putIfPresent(ObjectNode node, String key, String value) {
        if (value != null) {
            node.put(key, value);
        }
    }
}
