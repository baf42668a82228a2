package vn.plandesk.logic.export.ical;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import vn.plandesk.logic.export.unitreport.UnitAssignment;
import vn.plandesk.logic.export.unitreport.UnitReport;
import vn.plandesk.logic.text.NumericDate;
import vn.plandesk.logic.text.VietnameseText;
import vn.plandesk.model.Phase;
import vn.plandesk.model.Plan;
import vn.plandesk.model.Task;
import vn.plandesk.model.TimeExpression;
import vn.plandesk.model.UnitRef;

/**
 * Writes deadlines as an iCalendar file (RFC 5545) that Outlook and phone calendars import: one
 * all-day event per task due date still open, on the deadline in force (after extensions), with
 * reminders (VALARM) some days before. Text is UTF-8, escaped (backslash, semicolon, comma, line
 * breaks) and folded at 75 octets without splitting a character. Written by hand: the format
 * needed is small, and this keeps the program free of another library and its dependencies.
 */
public final class IcsWriter {

    private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");

    private final List<Integer> reminderDays;
    private final Clock clock;

    /** Reminders 7 days and 1 day before each deadline. */
    public IcsWriter() {
        this(List.of(7, 1), Clock.systemUTC());
    }

    /** Reminders {@code reminderDays} days before each deadline (0 = on the day). */
    public IcsWriter(List<Integer> reminderDays, Clock clock) {
        this.reminderDays = List.copyOf(reminderDays);
        this.clock = clock;
    }

    /** Every open, dated task of a plan. */
    public void writePlan(Plan plan, OutputStream out) throws IOException {
        List<String> lines = header(plan.subject());
        for (Phase phase : plan.phases()) {
            for (Phase p : withSubPhases(phase)) {
                for (Task task : p.tasks()) {
                    event(lines, plan, p.title(), task, null);
                }
            }
        }
        finish(lines, out);
    }

    /** The open, dated tasks of a unit's report, each saying whether the unit leads or supports it. */
    public void writeUnit(UnitReport report, OutputStream out) throws IOException {
        List<String> lines = header(report.unit().fullName());
        for (UnitAssignment assignment : report.assignments()) {
            event(lines, assignment.plan(), assignment.phase(), assignment.task(), assignment.roleWords());
        }
        finish(lines, out);
    }

    private static List<Phase> withSubPhases(Phase phase) {
        List<Phase> all = new ArrayList<>();
        all.add(phase);
        all.addAll(phase.subPhases());
        return all;
    }

    private List<String> header(String name) {
        List<String> lines = new ArrayList<>();
        lines.add("BEGIN:VCALENDAR");
        lines.add("VERSION:2.0");
        lines.add("PRODID:-//PlanDesk//Ke hoach//VI");
        lines.add("CALSCALE:GREGORIAN");
        lines.add("METHOD:PUBLISH");
        lines.add("X-WR-CALNAME:" + escape(name));
        return lines;
    }

    private void event(List<String> lines, Plan plan, String phaseTitle, Task task, String role) {
        TimeExpression deadline = task.deadlineInForce();
        LocalDate due = deadline.due();
        if (due == null || task.isDone()) {
            return;
        }
        String stamp = clock.instant().atOffset(ZoneOffset.UTC).format(STAMP);
        String identity = (plan.id() == null ? plan.subject() : "plan-" + plan.id()) + "|" + phaseTitle + "|" + task.content();
        lines.add("BEGIN:VEVENT");
        lines.add("UID:" + UUID.nameUUIDFromBytes(identity.getBytes(StandardCharsets.UTF_8)) + "@plandesk");
        lines.add("DTSTAMP:" + stamp);
        lines.add("DTSTART;VALUE=DATE:" + due.format(DATE));
        lines.add("DTEND;VALUE=DATE:" + due.plusDays(1).format(DATE));
        lines.add("SUMMARY:" + escape((role == null ? "Hạn: " : "Hạn (" + role.toLowerCase() + "): ") + task.content()));
        lines.add("DESCRIPTION:" + escape(description(plan, phaseTitle, task, deadline)));
        lines.add("CATEGORIES:" + escape(plan.numberAndSymbol() == null ? "Kế hoạch" : plan.numberAndSymbol()));
        lines.add("TRANSP:TRANSPARENT");
        for (int days : reminderDays) {
            lines.add("BEGIN:VALARM");
            lines.add("ACTION:DISPLAY");
            lines.add("TRIGGER;RELATED=START:" + (days == 0 ? "PT8H" : "-P" + days + "D"));
            lines.add("DESCRIPTION:" + escape("Sắp đến hạn " + due.format(NumericDate.FORMAT) + ": " + task.content()));
            lines.add("END:VALARM");
        }
        lines.add("END:VEVENT");
    }

    private static String description(Plan plan, String phaseTitle, Task task, TimeExpression deadline) {
        StringBuilder d = new StringBuilder();
        d.append("Kế hoạch: ").append(plan.numberAndSymbol() == null ? "" : plan.numberAndSymbol() + " - ").append(plan.subject());
        d.append("\nGiai đoạn: ").append(phaseTitle);
        d.append("\nThời hạn: ").append(deadline.raw());
        if (!task.lead().isEmpty()) {
            d.append("\nChủ trì: ").append(task.lead().stream().map(UnitRef::name).collect(Collectors.joining(", ")));
        }
        if (!task.support().isEmpty()) {
            d.append("\nPhối hợp: ").append(task.support().stream().map(UnitRef::name).collect(Collectors.joining(", ")));
        }
        if (task.deliverable() != null) {
            d.append("\nSản phẩm: ").append(task.deliverable());
        }
        return d.toString();
    }

    private static void finish(List<String> lines, OutputStream out) throws IOException {
        lines.add("END:VCALENDAR");
        StringBuilder text = new StringBuilder();
        for (String line : lines) {
            text.append(fold(line)).append("\r\n");
        }
        out.write(text.toString().getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    /** RFC 5545 3.3.11: backslash, semicolon and comma escaped, line breaks as \n, other control characters as a space. */
    static String escape(String text) {
        return VietnameseText.nfc(text).replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
                .replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n").replaceAll("[\\x00-\\x08\\x0B-\\x1F\\x7F]", " ");
    }

    /** RFC 5545 3.1: lines longer than 75 octets continue on lines starting with a space. */
    static String fold(String line) {
        StringBuilder out = new StringBuilder();
        int octets = 0;
        int limit = 75;
        for (int i = 0; i < line.length(); ) {
            int cp = line.codePointAt(i);
            int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > limit) {
                out.append("\r\n ");
                octets = 1;
                limit = 75;
            }
            out.appendCodePoint(cp);
            octets += size;
            i += Character.charCount(cp);
        }
        return out.toString();
    }
}
