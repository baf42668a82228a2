package vn.plandesk.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.plandesk.reliability.FilesAndRestoreTest.assertOneLine;
import static vn.plandesk.reliability.FilesAndRestoreTest.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.plandesk.logic.export.ical.IcsWriter;
import vn.plandesk.logic.export.mspdi.MspdiWriter;
import vn.plandesk.model.Phase;
import vn.plandesk.model.Plan;
import vn.plandesk.model.PlanHeader;
import vn.plandesk.model.Task;
import vn.plandesk.testing.PlanGenerator;

/**
 * Issue 10, bad input: one test per defect the issue lists that no other test names. Each sends the
 * input through the command line and checks the user's side: one line, nothing stored.
 */
class DefectsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path SAMPLE = Path.of("src/main/resources/vn/plandesk/samples/ke-hoach-25-KH-KHCN-bac-giang.json");

    @TempDir
    Path dir;

    private ObjectNode sample() throws Exception {
        return (ObjectNode) JSON.readTree(SAMPLE.toFile());
    }

    /** Imports {@code file}; asserts one line on the error stream, nothing stored. Returns the line. */
    private String refused(Path file) {
        String db = dir.resolve("db").toString();
        FilesAndRestoreTest.Cli run = cli("--db", db, "import", file.toString());
        assertOneLine(run);
        assertTrue(cli("--db", db, "list").out().contains("chưa có kế hoạch"), "something was stored");
        return run.err().strip();
    }

    private Path write(ObjectNode plan, String name) throws Exception {
        Path file = dir.resolve(name);
        JSON.writeValue(file.toFile(), plan);
        return file;
    }

    @Test
    void aJsonOf100000PhasesIsRefusedAtOnceInOneLine() throws Exception {
        ObjectNode plan = sample();
        ArrayNode phases = plan.putArray("phases");
        for (int i = 0; i < 100_000; i++) {
            phases.addObject().put("title", "Giai đoạn " + i).putArray("tasks").addObject().put("content", "Việc " + i);
        }
        Path file = write(plan, "many.json");
        Runtime rt = Runtime.getRuntime();
        System.gc();
        long before = rt.totalMemory() - rt.freeMemory();
        long start = System.nanoTime();
        String line = refused(file);
        long millis = (System.nanoTime() - start) / 1_000_000;
        long grown = rt.totalMemory() - rt.freeMemory() - before;
        assertTrue(line.contains("100000") || line.contains("100.000") || line.contains("100,000"), line);
        assertTrue(millis < 10_000, "took " + millis + " ms");
        // The file is 7 MB; reading it as a plan took 1.4 GB before the count came first.
        assertTrue(grown < 400L * 1024 * 1024, "memory grew by " + grown / (1024 * 1024) + " MB");
    }

    @Test
    void aLoneSurrogateInATitleIsRefused() throws Exception {
        ObjectNode plan = sample();
        plan.put("title", "Kế hoạch \uD800 năm 2026");
        assertTrue(refused(write(plan, "surrogate.json")).contains("U+D800"));
    }

    @Test
    void aYearFarOutsideThePlanningRangeIsRefused() throws Exception {
        ObjectNode plan = sample();
        plan.put("issued_on", "+999999999-12-31");
        String line = refused(write(plan, "year.json"));
        assertTrue(line.contains("999999999"), line);
    }

    @Test
    void aTenMegabyteTitleGivesOneLine() throws Exception {
        ObjectNode plan = sample();
        plan.put("title", "Đ".repeat(10 * 1024 * 1024));
        String line = refused(write(plan, "long.json"));
        assertTrue(line.length() < 300, line.length() + " characters");
    }

    @Test
    void aDamagedWordFileGivesOneLineAndNoStackTraceOnTheErrorStream() throws Exception {
        byte[] docx = Files.readAllBytes(Path.of("src/test/resources").resolve(firstDocx()));
        Path file = Files.write(dir.resolve("hong.docx"), Arrays.copyOf(docx, docx.length / 2)); // its zip directory cut off
        String stderr = capturingStandardError(() -> refused(file));
        assertFalse(stderr.contains("\tat ") || stderr.contains("Exception"), stderr);
    }

    @Test
    void anEmptyWordFileIsNotCalledAScan() throws Exception {
        Path file = Files.write(dir.resolve("trong.docx"), new byte[0]);
        String line = refused(file);
        assertFalse(line.contains("ảnh") || line.contains("scan"), line);
        assertTrue(line.contains("trống") || line.contains("rỗng") || line.contains("0 byte"), line);
    }

    @Test
    void controlCharactersNeverBreakTheProjectOrCalendarExport() throws Exception {
        String odd = "Việc\u0001 có\u000B ký tự\u001F điều khiển\u0007";
        Plan base = PlanGenerator.plan(3, 5);
        Phase phase = base.phases().get(0);
        Task task = phase.tasks().get(0);
        Task oddTask = new Task(task.id(), task.label(), odd, task.deadline(), task.start(), odd, task.lead(), task.support(),
                task.percentDone(), task.completedOn(), odd, task.extensions());
        PlanHeader h = base.header();
        Plan plan = base.withHeader(new PlanHeader(h.type(), h.numberAndSymbol(), h.governingBody(), odd, h.place(), h.issuedOn(),
                        odd, h.legalBases(), h.sections(), h.signer(), h.recipients(), h.status(), h.source(), h.notes()))
                .withPhases(List.of(phase.withTasks(List.of(oddTask))));

        ByteArrayOutputStream xml = new ByteArrayOutputStream();
        new MspdiWriter().write(plan, xml);
        DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(xml.toByteArray()));

        ByteArrayOutputStream ics = new ByteArrayOutputStream();
        new IcsWriter().writePlan(plan, ics);
        String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(ics.toByteArray())).toString();
        // RFC 5545 3.3.11: TEXT holds no control character but HTAB; lines end in CRLF.
        assertFalse(text.replace("\r\n", "").chars().anyMatch(c -> c < 0x20 && c != '\t' || c == 0x7F), text);
    }

    private static Path firstDocx() throws Exception {
        try (var files = Files.walk(Path.of("src/test/resources"))) {
            return Path.of("src/test/resources").relativize(files.filter(p -> p.toString().endsWith(".docx")).sorted().findFirst().orElseThrow());
        }
    }

    private static String capturingStandardError(Runnable action) {
        PrintStream original = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            action.run();
        } finally {
            System.setErr(original);
        }
        return captured.toString(StandardCharsets.UTF_8);
    }
}
