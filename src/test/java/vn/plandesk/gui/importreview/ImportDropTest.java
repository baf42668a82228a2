package vn.plandesk.gui.importreview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Which dropped files start an import. TestFX cannot put files on a drag board (it has no public
 * constructor and the headless platform has no system drag and drop), so the filter is tested here.
 */
class ImportDropTest {
    @TempDir
    Path folder;

    @Test
    void takesPlanDocumentsWhateverTheCaseOfTheirName() {
        for (String name : List.of("Kế hoạch 25.docx", "KH-25.DOC", "ke-hoach.txt", "du-an.xml", "plan.json", "a.b.Docx")) {
            assertTrue(ImportDrop.accepts(Path.of(name)), name);
        }
    }

    @Test
    void refusesOtherFilesAndFolders() throws IOException {
        for (String name : List.of("scan.pdf", "anh.png", "bang.xlsx", "ke-hoach.docx.lnk", "docx", "README")) {
            assertFalse(ImportDrop.accepts(Path.of(name)), name);
        }
        Path folderNamedLikeAFile = Files.createDirectory(folder.resolve("ke-hoach.docx"));
        assertFalse(ImportDrop.accepts(folderNamedLikeAFile));
        assertFalse(ImportDrop.accepts(Path.of("/")));
    }

    @Test
    void aDragWithoutFilesOffersNothing() {
        assertEquals(List.of(), ImportDrop.acceptedFiles(null));
    }
}
