package vn.plandesk.logic.importer;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.plandesk.logic.importer.mspdi.MspdiReader;
import vn.plandesk.logic.importer.reading.PlanTextReader;
import vn.plandesk.logic.importer.source.DocumentFiles;
import vn.plandesk.logic.importer.source.SourceDocument;
import vn.plandesk.logic.importer.source.TextSource;
import vn.plandesk.logic.json.PlanJson;
import vn.plandesk.logic.json.PlanJsonException;
import vn.plandesk.logic.i18n.Messages;
import vn.plandesk.logic.store.PlanLimits;
import vn.plandesk.model.Phase;
import vn.plandesk.model.Plan;
import vn.plandesk.model.Task;
import vn.plandesk.model.Unit;
import vn.plandesk.model.UnitRef;

/**
 * Brings an existing plan in: a Word document (.docx, .doc), a text file or pasted text, an MS
 * Project XML file or a plan JSON file. Nothing is stored: the {@link ImportResult} goes to the
 * review step (or the command line), and only an accepted result is given to the store. Bad files
 * are refused with an {@link ImportException} whose message says why, within seconds.
 */
public final class PlanImporter {

    private final UnitMatcher units;

    /** An importer that recognises the units of {@code directory} (e.g. {@code store.units().list()}). */
    public PlanImporter(List<Unit> directory) {
        this(directory, PublicBodies.shipped());
    }

    /** An importer that recognises the office's units first, then the public bodies (with the office's additions). */
    public PlanImporter(List<Unit> directory, PublicBodies bodies) {
        this.units = new UnitMatcher(directory, bodies);
    }

    /** Reads a file of any kind the importer knows, judged by its content rather than its name. */
    public ImportResult read(Path file) throws ImportException {
        byte[] bytes = DocumentFiles.load(file);
        String name = file.getFileName().toString();
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        // a plan file is read as JSON whatever it holds, so a broken one is refused rather than read as text
        DocumentFiles.Kind kind = lower.endsWith(".json") ? DocumentFiles.Kind.JSON : DocumentFiles.kind(name, bytes);
        return gate(name, switch (kind) {
            case MSPDI -> matched(new MspdiReader().read(name, bytes), "", new ArrayList<>(), List.of());
            case JSON -> matched(json(name, bytes), "", new ArrayList<>(), List.of());
            default -> document(DocumentFiles.read(name, bytes, kind));
        });
    }

    /**
     * The validation gate every file and pasted text passes before review or storing: a reading with
     * no phase and no task is no plan (random bytes read as text gave an empty plan with a garbage
     * subject), and a plan past {@link PlanLimits} is refused in one sentence.
     */
    private static ImportResult gate(String name, ImportResult result) throws ImportException {
        Plan plan = result.plan();
        String source = result.sourceText();
        boolean tooLittleText = !source.isEmpty() && source.codePoints().filter(Character::isLetter).count() < 20;
        if (plan.phases().isEmpty() && plan.taskCount() == 0 || tooLittleText) {
            throw new ImportException(ImportException.Reason.NOT_A_DOCUMENT, "import.noPlan", name);
        }
        // Labels a document reader derived are judged when the reviewed plan is stored, not here.
        PlanLimits.Violation violation = PlanLimits.check(plan, result.sourceText().isEmpty());
        if (violation != null) {
            boolean size = violation.key().equals("limit.phases") || violation.key().equals("limit.tasks")
                    || violation.key().equals("limit.text");
            throw new ImportException(size ? ImportException.Reason.TOO_LARGE : ImportException.Reason.DAMAGED, "import.limit",
                    name, violation.message());
        }
        return result;
    }

    /** Reads text pasted into the window. */
    public ImportResult readText(String name, String text) throws ImportException {
        SourceDocument document = TextSource.fromPaste(name, text == null ? "" : text);
        if (!document.hasText()) {
            throw new ImportException(ImportException.Reason.NO_TEXT, "import.noText", name);
        }
        return gate(name, document(document));
    }

    /** Reads a document already taken apart into blocks. */
    public ImportResult document(SourceDocument document) {
        PlanTextReader.Reading reading = PlanTextReader.read(document);
        return matched(reading.plan(), reading.sourceText(), new ArrayList<>(reading.findings()), reading.spans());
    }

    private static Plan json(String name, byte[] bytes) throws ImportException {
        try {
            return new PlanJson().read(new String(bytes, StandardCharsets.UTF_8));
        } catch (PlanJsonException e) {
            throw new ImportException(ImportException.Reason.NOT_A_DOCUMENT, e, "import.notAPlan", name,
                    Messages.get(e.key(), e.args().toArray()));
        }
    }

    /** Puts directory names on the units the directory knows and proposes the others. */
    private ImportResult matched(Plan plan, String sourceText, List<Finding> findings, List<SourceSpan> spans) {
        Map<String, String> renamed = new LinkedHashMap<>();
        List<Unit> proposed = new ArrayList<>();
        List<ImportResult.UnitMatch> matches = new ArrayList<>();
        for (UnitRef ref : plan.involvedUnits()) {
            Unit known = units.match(ref.name());
            if (known != null) {
                renamed.put(ref.name(), known.fullName());
                matches.add(new ImportResult.UnitMatch(ref.name(), known));
                if (!known.fullName().equals(ref.name())) {
                    findings.add(Finding.of("units", -1, -1, "finding.unitMatched", ref.name(), known.fullName()));
                }
            } else {
                proposed.add(units.propose(ref.name()));
                findings.add(Finding.of("units", -1, -1, "finding.unitProposed", ref.name()));
                units.formerBodyFinding(ref.name()).ifPresent(findings::add);
            }
        }
        units.publicBodiesProblem().ifPresent(problem -> findings.add(Finding.of("source", -1, -1, "finding.publicBodiesIgnored", problem)));
        Plan result = renamed.isEmpty() ? plan : rename(plan, renamed);
        return new ImportResult(result, sourceText, findings, spans, proposed, matches);
    }

    private static Plan rename(Plan plan, Map<String, String> renamed) {
        List<Phase> phases = plan.phases().stream().map(p -> renamePhase(p, renamed)).toList();
        List<UnitRef> participants = plan.participants().stream().map(u -> ref(u, renamed)).toList();
        Plan withPhases = plan.withPhases(phases);
        return new Plan(null, 0, withPhases.type(), withPhases.numberAndSymbol(), withPhases.governingBody(), withPhases.issuer(),
                withPhases.place(), withPhases.issuedOn(), withPhases.subject(), withPhases.legalBases(), withPhases.sections(),
                phases, withPhases.signer(), withPhases.recipients(), withPhases.status(), withPhases.source(), withPhases.notes(),
                participants, withPhases.sourceDeadlines());
    }

    private static Phase renamePhase(Phase phase, Map<String, String> renamed) {
        List<Task> tasks = phase.tasks().stream().map(t -> t.withUnits(refs(t.lead(), renamed), refs(t.support(), renamed))).toList();
        UnitRef focal = phase.focalUnit() == null ? null : ref(phase.focalUnit(), renamed);
        List<Phase> subs = phase.subPhases().stream().map(s -> renamePhase(s, renamed)).toList();
        return new Phase(phase.id(), phase.label(), phase.title(), phase.span(), phase.target(), focal, tasks, subs);
    }

    private static List<UnitRef> refs(List<UnitRef> list, Map<String, String> renamed) {
        return list.stream().map(u -> ref(u, renamed)).distinct().toList();
    }

    private static UnitRef ref(UnitRef u, Map<String, String> renamed) {
        return UnitRef.named(renamed.getOrDefault(u.name(), u.name()));
    }

    /** The plan as the samples' JSON: the keys deadlines and units included. */
    public static String toJson(ImportResult result) {
        return new PlanJson().write(result.plan());
    }
}
