package vn.plandesk.logic.importer;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The importer against hand-made annotations: the two real sample plans must reach 95% of deadline
 * dates, 90% of units and tasks, 85% of leads; the documents written for this project in other
 * layouts (a notice of conclusions, a topic plan scanned without diacritics, and a TCVN3 file
 * with an appendix table) are held to the same figures, so a regression on any layout fails.
 */
class ImportScorerTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"samples/000_c35e675f79bbd5c5", "samples/004_939a8cc7529e5ded", "thong-bao-ket-luan",
            "ke-hoach-pci-khong-dau", "ke-hoach-tcvn3"})
    void importerReadsWhatACarefulPersonReads(String document) throws Exception {
        Path source = copy(document + (resource(document + ".txt") != null ? ".txt" : ".docx"));
        String annotation = new String(resource(document + ".json").readAllBytes(), StandardCharsets.UTF_8);
        ImportResult result = new PlanImporter(List.of()).read(source);
        ImportScorer.Score score = ImportScorer.score(document, PlanImporter.toJson(result), annotation);
        System.out.println(score);
        score.misses().forEach(m -> System.out.println("    missed: " + m));
        assertTrue(score.deadlineShare() >= 0.95, score.toString());
        assertTrue(score.unitShare() >= 0.90, score.toString());
        assertTrue(score.taskShare() >= 0.90, score.toString());
        assertTrue(score.leadShare() >= 0.85, score.toString());
    }

    private InputStream resource(String name) {
        return getClass().getResourceAsStream("/importer/" + name);
    }

    private Path copy(String name) throws IOException {
        try (InputStream in = resource(name)) {
            Path file = dir.resolve(Path.of(name).getFileName().toString());
            Files.copy(in, file);
            return file;
        }
    }
}
