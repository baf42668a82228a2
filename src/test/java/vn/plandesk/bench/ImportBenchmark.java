package vn.plandesk.bench;

import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import vn.plandesk.logic.importer.PlanImporter;
import vn.plandesk.model.Phase;
import vn.plandesk.model.Plan;
import vn.plandesk.model.Task;
import vn.plandesk.model.UnitRef;
import vn.plandesk.testing.PlanGenerator;

/**
 * Time to read a 60-task plan document (.txt and .docx, official layout) against a baseline in the
 * same run: reading the file's text (for .txt) and plain POI text extraction (for .docx); then the
 * same for each real document of the test corpus (src/test/resources/importer/corpus), the first
 * read of each (as a person importing it once meets it) and the median of later reads.
 * Run: mvn -q -o test-compile exec:java is not configured; use
 * java -cp target/classes:target/test-classes:$(cat cp.txt) vn.plandesk.bench.ImportBenchmark
 */
public final class ImportBenchmark {

    private ImportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Plan plan = PlanGenerator.plan(60, 11);
        List<String> lines = render(plan);
        Path dir = Files.createTempDirectory("import-bench");
        Path txt = dir.resolve("ke-hoach.txt");
        Files.write(txt, lines, StandardCharsets.UTF_8);
        Path docx = dir.resolve("ke-hoach.docx");
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(docx)) {
            lines.forEach(l -> doc.createParagraph().createRun().setText(l));
            doc.write(out);
        }
        PlanImporter importer = new PlanImporter(List.of());
        System.out.printf("machine: %d cores, %s %s%n", Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.vm.name"), System.getProperty("java.version"));
        System.out.printf("plan: %d phases, %d tasks; tasks read back: %d (txt), %d (docx)%n", plan.phases().size(), plan.taskCount(),
                importer.read(txt).plan().taskCount(), importer.read(docx).plan().taskCount());
        int rounds = 30;
        for (int warm = 0; warm < 10; warm++) {
            importer.read(txt);
            importer.read(docx);
            extract(docx);
        }
        double readText = time(rounds, () -> Files.readString(txt));
        double importText = time(rounds, () -> importer.read(txt));
        double extractDocx = time(rounds, () -> extract(docx));
        double importDocx = time(rounds, () -> importer.read(docx));
        System.out.printf(".txt : import %.1f ms, baseline Files.readString %.2f ms (x%.0f)%n", importText, readText, importText / readText);
        System.out.printf(".docx: import %.1f ms, baseline POI XWPFWordExtractor %.1f ms (x%.1f)%n", importDocx, extractDocx,
                importDocx / extractDocx);
        corpus(importer);
    }

    private static void corpus(PlanImporter importer) throws Exception {
        Path folder = Path.of(ImportBenchmark.class.getResource("/importer/corpus/README.md").toURI()).getParent();
        List<Path> files;
        try (var list = Files.list(folder)) {
            files = list.filter(f -> f.toString().endsWith(".txt") || f.toString().endsWith(".docx")).sorted().toList();
        }
        System.out.println("real documents: first read, then median of 9 reads; baseline in the same run");
        for (Path file : files) {
            long start = System.nanoTime();
            int tasks = importer.read(file).plan().taskCount();
            double first = (System.nanoTime() - start) / 1e6;
            double[] reads = new double[9];
            double[] baseline = new double[9];
            boolean docx = file.toString().endsWith(".docx");
            for (int i = 0; i < reads.length; i++) {
                reads[i] = time(1, () -> importer.read(file));
                baseline[i] = time(1, () -> docx ? extract(file) : Files.readString(file));
            }
            java.util.Arrays.sort(reads);
            java.util.Arrays.sort(baseline);
            System.out.printf("  %-26s %4d tasks  first %6.1f ms  median %6.1f ms  baseline %5.2f ms (x%.0f)%n",
                    file.getFileName(), tasks, first, reads[4], baseline[4], reads[4] / baseline[4]);
        }
    }

    private static String extract(Path docx) throws Exception {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(Files.readAllBytes(docx)));
             XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
            return extractor.getText();
        }
    }

    private interface Work {
        Object run() throws Exception;
    }

    private static double time(int rounds, Work work) throws Exception {
        long start = System.nanoTime();
        for (int i = 0; i < rounds; i++) {
            work.run();
        }
        return (System.nanoTime() - start) / 1e6 / rounds;
    }

    /** The plan as an office would type it: header, subject, a schedule section, signature. */
    static List<String> render(Plan plan) {
        List<String> out = new ArrayList<>();
        out.add("UBND TỈNH LẠNG SƠN");
        out.add("SỞ TÀI CHÍNH");
        out.add("Số: 12/KH-STC    Lạng Sơn, ngày 05 tháng 01 năm 2026");
        out.add("KẾ HOẠCH");
        out.add(plan.subject());
        out.add("I. NỘI DUNG VÀ TIẾN ĐỘ THỰC HIỆN");
        int n = 1;
        for (Phase phase : plan.phases()) {
            out.add(n++ + ". " + phase.title() + ":");
            for (Task task : phase.allTasks()) {
                String lead = task.lead().isEmpty() ? "" : task.lead().get(0).name() + " chủ trì";
                String support = task.support().isEmpty() ? "" : ", phối hợp với "
                        + String.join(", ", task.support().stream().map(UnitRef::name).toList());
                String when = task.deadline().isNone() ? "" : "; thời gian: " + task.deadline().raw();
                out.add("- " + (lead.isEmpty() ? "" : lead + support + " ") + task.content() + when + ";");
            }
        }
        out.add("Nơi nhận:");
        out.add("- Lưu: VT.");
        out.add("GIÁM ĐỐC");
        out.add("Nguyễn Văn An");
        return out;
    }
}
