package vn.plandesk.logic.importer.reading;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.plandesk.logic.importer.Finding;
import vn.plandesk.logic.importer.PublicBodies;
import vn.plandesk.logic.importer.SourceSpan;
import vn.plandesk.logic.importer.source.SourceDocument;
import vn.plandesk.logic.text.VietnameseText;
import vn.plandesk.model.DocumentType;
import vn.plandesk.model.Phase;
import vn.plandesk.model.Plan;
import vn.plandesk.model.PlanStatus;
import vn.plandesk.model.Task;
import vn.plandesk.model.TextSection;
import vn.plandesk.model.TimeExpression;
import vn.plandesk.model.UnitRef;

/**
 * Reads a plan out of a document's text: header, body structure, signature and recipients. The
 * result has unit names as written (tidied, one name per body, variants of one name merged);
 * matching them to the unit directory is the importer's next step.
 */
public final class PlanTextReader {

    /** What was read: the plan, the source text it was read from, and what a person should check. */
    public record Reading(Plan plan, String sourceText, List<Finding> findings, List<SourceSpan> spans) {
    }

    private PlanTextReader() {
    }

    public static Reading read(SourceDocument document) {
        Lines lines = Lines.of(document);
        List<Line> all = lines.lines();
        List<Finding> findings = new ArrayList<>();
        List<SourceSpan> spans = new ArrayList<>();

        HeaderReader header = new HeaderReader();
        header.read(all);
        int tail = SignatureReader.tailStart(all, header.bodyStart);
        SignatureReader signature = new SignatureReader();
        signature.read(header.signatureBlock(all, tail));

        Integer year = header.issuedOn != null ? Integer.valueOf(header.issuedOn.getYear()) : yearOfNumber(header.number);
        Deadlines deadlines = new Deadlines(header.issuedOn, year);
        StructureReader structure = new StructureReader(deadlines);
        List<String> introLead = header.introduction != null && header.introduction.endsWith(":")
                ? UnitNames.of(header.introduction).lead() : List.of();
        structure.read(Node.outline(all.subList(Math.min(header.bodyStart, tail), tail)), introLead);

        List<Deadlines.Phrase> timeline = new ArrayList<>(structure.timeline);
        List<AssignmentTable.Reading> tables = new ArrayList<>();
        for (Lines.PlacedTable placed : lines.assignmentTables()) {
            AssignmentTable.Reading table = AssignmentTable.read(placed.table(), placed.start(), document.linesBroken(), deadlines);
            tables.add(table);
            timeline.addAll(table.times());
        }
        PhasesInOrder ordered = new PhasesInOrder(structure.phases, structure.spans, structure.findings, tables);
        List<Phase> phases = ordered.phases;
        if (tables.stream().anyMatch(t -> !t.phases().isEmpty())) {
            findings.add(Finding.of("phases", -1, -1, "finding.table"));
        }
        timeline.sort(Comparator.comparingInt(Deadlines.Phrase::start));

        Map<String, String> canonical = canonicalNames(phases, structure.participants);
        phases = phases.stream().map(p -> renameUnits(p, canonical)).toList();

        findings.addAll(ordered.findings);
        spans.addAll(ordered.spans);
        for (int i = 0; i < timeline.size(); i++) {
            spans.add(new SourceSpan("deadlines[" + i + "]", timeline.get(i).start(), timeline.get(i).end()));
        }
        headerFindings(header, signature, phases, document, findings, all);
        if (signature.signerStart >= 0) {
            spans.add(new SourceSpan("signer", signature.signerStart, signature.signerStart));
        }

        String subject = header.subject == null || header.subject.isBlank() ? firstLine(all) : header.subject;
        DocumentType type = header.type == null ? DocumentType.KE_HOACH : header.type;
        List<String> legalBases = header.bases;
        List<TextSection> sections = structure.sections;
        Plan plan = new Plan(null, 0, type, header.number, title(header.governingBody), titleCaseIssuer(header, lines.sourceText()),
                header.place, header.issuedOn, subject, legalBases, sections, phases, signature.signer, signature.recipients,
                PlanStatus.ISSUED, document.name(), null,
                structure.participants.stream().distinct().map(UnitRef::named).toList(),
                timeline.stream().map(Deadlines.Phrase::expression).toList());
        return new Reading(plan, lines.sourceText(), findings, spans);
    }

    private static void headerFindings(HeaderReader header, SignatureReader signature, List<Phase> phases, SourceDocument document,
                                       List<Finding> findings, List<Line> all) {
        if (header.number == null) {
            findings.add(Finding.of("number", -1, -1, "finding.noNumber"));
        }
        if (header.issuedOn == null) {
            findings.add(Finding.of("issued_on", -1, -1, "finding.noIssueDate"));
        }
        if (header.issuer == null) {
            findings.add(Finding.of("issuer", -1, -1, "finding.noIssuer"));
        } else if (header.issuerFromText) {
            findings.add(Finding.of("issuer", -1, -1, "finding.issuerFromText", header.issuer));
        }
        if (header.subject == null || header.subject.isBlank()) {
            findings.add(Finding.of("title", -1, -1, "finding.noSubject"));
        }
        if (signature.signer == null) {
            findings.add(Finding.of("signer", -1, -1, "finding.noSigner"));
        }
        if (phases.isEmpty()) {
            findings.add(Finding.of("phases", -1, -1, "finding.noPhases"));
        }
        if (document.convertedFrom() != null) {
            findings.add(Finding.of("source", -1, -1, "finding.legacyEncoding", document.convertedFrom().name()));
        }
        String text = String.join(" ", all.stream().map(Line::text).toList());
        long letters = text.chars().filter(Character::isLetter).count();
        long marked = text.chars().filter(c -> c > 0x7F && Character.isLetter(c)).count();
        if (letters > 200 && marked * 100 < letters) {
            findings.add(Finding.of("source", -1, -1, "finding.noDiacritics"));
        }
        numbering(phases, findings);
    }

    /** A repeated or skipped step number is kept as written and pointed out. */
    private static void numbering(List<Phase> phases, List<Finding> findings) {
        String previous = null;
        for (int i = 0; i < phases.size(); i++) {
            String label = phases.get(i).label();
            if (label != null && previous != null && label.matches("\\d+(\\.\\d+)*") && previous.matches("\\d+(\\.\\d+)*")) {
                String[] a = previous.split("\\.");
                String[] b = label.split("\\.");
                if (a.length == b.length && Integer.parseInt(b[b.length - 1]) != Integer.parseInt(a[a.length - 1]) + 1
                        && java.util.Arrays.equals(java.util.Arrays.copyOf(a, a.length - 1), java.util.Arrays.copyOf(b, b.length - 1))) {
                    findings.add(Finding.of("phases[" + i + "].label", -1, -1, "finding.numbering", label, previous));
                }
            }
            previous = label;
        }
    }

    /**
     * One name per body: a name whose words begin a longer name of the same document is that body
     * ("Tổ chuyên viên" is "Tổ chuyên viên giúp việc"); case differences are merged.
     */
    private static Map<String, String> canonicalNames(List<Phase> phases, List<String> participants) {
        List<String> names = new ArrayList<>();
        for (Phase p : phases) {
            for (Task t : p.allTasks()) {
                t.lead().forEach(u -> names.add(u.name()));
                t.support().forEach(u -> names.add(u.name()));
            }
        }
        Map<String, String> canonical = new LinkedHashMap<>();
        for (String name : names) {
            String key = VietnameseText.searchKey(name);
            String best = name;
            // "các sở" is not "các sở giáo dục nghề nghiệp": only a single body's name is completed
            boolean plural = key.startsWith("cac ") || key.startsWith("nhung ");
            for (String other : plural ? List.<String>of() : names) {
                String otherKey = VietnameseText.searchKey(other);
                if (otherKey.length() > VietnameseText.searchKey(best).length() && otherKey.startsWith(key + " ")
                        && !otherKey.contains(",") && otherKey.split(" ").length - key.split(" ").length <= 3) {
                    best = other;
                }
            }
            for (String known : canonical.values()) {
                if (variantKey(known).equals(variantKey(best))) {
                    best = known;
                    break;
                }
            }
            canonical.put(name, best);
        }
        return canonical;
    }

    /**
     * Names of one body written differently are one name, the first written: abbreviations written
     * out ("UBND" is "Ủy ban nhân dân"), "các" and "có" before "liên quan" left out ("Ủy ban nhân dân
     * xã, phường" is "Ủy ban nhân dân các xã, phường").
     */
    private static String variantKey(String name) {
        return (" " + PublicBodies.shipped().key(name) + " ").replaceAll(" (?:cac|nhung) ", " ").replace(" co lien quan ", " lien quan ")
                .replace(",", "").replaceAll("\\s+", " ").strip();
    }

    private static Phase renameUnits(Phase phase, Map<String, String> canonical) {
        List<Task> tasks = phase.tasks().stream().map(t -> t.withUnits(rename(t.lead(), canonical), rename(t.support(), canonical))).toList();
        return phase.withTasks(tasks).withSubPhases(phase.subPhases().stream().map(s -> renameUnits(s, canonical)).toList());
    }

    private static List<UnitRef> rename(List<UnitRef> refs, Map<String, String> canonical) {
        return refs.stream().map(u -> UnitRef.named(canonical.getOrDefault(u.name(), u.name()))).distinct().toList();
    }

    private static Integer yearOfNumber(String number) {
        if (number == null) {
            return null;
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("/(20\\d\\d)/").matcher(number);
        return m.find() ? Integer.valueOf(m.group(1)) : null;
    }

    private static String firstLine(List<Line> all) {
        return all.isEmpty() ? "Kế hoạch" : all.get(0).text();
    }

    private static String title(String upper) {
        return upper == null ? null : NameCase.of(upper, "");
    }

    /** The issuer as the text writes it ("Sở Khoa học và Công nghệ"), not in the header's capitals. */
    private static String titleCaseIssuer(HeaderReader header, String sourceText) {
        if (header.issuer == null) {
            return null;
        }
        return Headings.isUpperCase(header.issuer) ? NameCase.of(header.issuer, sourceText) : header.issuer;
    }

}
