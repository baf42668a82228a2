package vn.plandesk.gui.importreview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
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
    void refusesOtherFiles() {
        for (String name : List.of("scan.pdf", "anh.png", "bang.xlsx", "ke-hoach.docx.lnk", "docx", "README")) {
            assertFalse(ImportDrop.accepts(Path.of(name)), name);
        }
        assertFalse(ImportDrop.accepts(Path.of("/")));
    }

    @Test
    void judgesByTheNameAloneWithoutAskingTheFileSystem() throws IOException {
        // runs on the JavaFX thread for every move of a drag: a file on a share that does not answer must not hold it
        // (a folder named like a document is refused when it is read, in the background: BadFilesTest).
        // A path of a closed file system throws on any question put to it, so only its name can be read.
        Path zip = folder.resolve("dong.zip");
        Path inClosedFileSystem;
        try (FileSystem closing = FileSystems.newFileSystem(zip, Map.of("create", "true"))) {
            inClosedFileSystem = closing.getPath("ke-hoach.docx");
        }
        assertTrue(ImportDrop.accepts(inClosedFileSystem));
        assertFalse(ImportDrop.accepts(inClosedFileSystem.resolveSibling("scan.pdf")));
    }

    @Test
    void aDragWithoutFilesOffersNothing() {
        assertEquals(List.of(), ImportDrop.acceptedFiles(null));
    }
}
