package vn.plandesk.logic.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.plandesk.logic.i18n.Messages;

/** Files that are not plans: each refused within seconds with a sentence naming the problem. */
class BadFilesTest {

    @TempDir
    Path dir;

    @AfterEach
    void vietnamese() {
        Messages.setLocale(Messages.VIETNAMESE);
    }

    private ImportException refused(Path file) {
        return assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> assertThrows(ImportException.class, () -> new PlanImporter(List.of()).read(file)));
    }

    private static byte[] docx(String text) throws Exception {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            if (text != null) {
                doc.createParagraph().createRun().setText(text);
            }
            doc.write(out);
            return out.toByteArray();
        }
    }

    @Test
    void aProgramIsNotADocument() throws Exception {
        Path file = dir.resolve("ke-hoach.docx");
        byte[] bytes = new byte[4096];
        Arrays.fill(bytes, (byte) 0);
        bytes[0] = 0x7F;
        bytes[1] = 'E';
        Files.write(file, bytes);
        ImportException e = refused(file);
        assertEquals(ImportException.Reason.NOT_A_DOCUMENT, e.reason());
        assertTrue(e.getMessage().contains("ke-hoach.docx"), e.getMessage());
    }

    @Test
    void aPasswordProtectedDocumentIsNamedAsSuch() throws Exception {
        Path file = dir.resolve("mat-khau.docx");
        EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
        Encryptor encryptor = info.getEncryptor();
        encryptor.confirmPassword("123456");
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            try (OutputStream os = encryptor.getDataStream(fs)) {
                os.write(docx("Kế hoạch"));
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                fs.writeFilesystem(out);
            }
        }
        ImportException e = refused(file);
        assertEquals(ImportException.Reason.ENCRYPTED, e.reason());
        Messages.setLocale(Messages.ENGLISH);
        assertTrue(e.getMessage().contains("password"), e.getMessage());
    }

    @Test
    void aTruncatedDocumentIsDamaged() throws Exception {
        Path file = dir.resolve("cat-ngang.docx");
        byte[] whole = docx("Kế hoạch số 1");
        Files.write(file, Arrays.copyOf(whole, whole.length / 2));
        assertEquals(ImportException.Reason.DAMAGED, refused(file).reason());
    }

    @Test
    void aZipBombIsRefusedWithoutExpandingIt() throws Exception {
        Path file = dir.resolve("bom.docx");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write(("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/></Types>").getBytes());
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            byte[] spaces = new byte[1024 * 1024];
            Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < 300; i++) {
                zip.write(spaces);
            }
        }
        assertTrue(Files.size(file) < 2 * 1024 * 1024);
        ImportException e = refused(file);
        assertTrue(e.reason() == ImportException.Reason.ZIP_BOMB || e.reason() == ImportException.Reason.DAMAGED
                || e.reason() == ImportException.Reason.NOT_A_DOCUMENT, e.reason().toString());
    }

    @Test
    void aFolderNamedLikeADocumentIsSaidToBeAFolder() throws Exception {
        // a drop is taken by its name alone, so a folder called "….docx" reaches the reader
        Path folder = Files.createDirectory(dir.resolve("Kế hoạch 25.docx"));
        ImportException e = refused(folder);
        assertEquals("Kế hoạch 25.docx là một thư mục, không phải một tệp kế hoạch: hãy chọn tệp trong thư mục đó.",
                e.getMessage());
        Messages.setLocale(Messages.ENGLISH);
        assertEquals("Kế hoạch 25.docx is a folder, not a plan file: choose a file inside it.", refused(folder).getMessage());
    }

    @Test
    void aFileOf200MegabytesIsRefusedBySizeBeforeReading() throws Exception {
        Path file = dir.resolve("lon.txt");
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            f.setLength(200L * 1024 * 1024); // sparse: takes no disk space
        }
        ImportException e = assertTimeoutPreemptively(Duration.ofSeconds(2),
                () -> assertThrows(ImportException.class, () -> new PlanImporter(List.of()).read(file)));
        assertEquals(ImportException.Reason.TOO_LARGE, e.reason());
        assertTrue(e.getMessage().contains("200"), e.getMessage());
    }

    @Test
    void aDocumentWithOnlyPicturesHasNoText() throws Exception {
        Path file = dir.resolve("ban-quet.docx");
        Files.write(file, docx(null));
        assertEquals(ImportException.Reason.NO_TEXT, refused(file).reason());
        Path png = dir.resolve("anh.png");
        Files.write(png, new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0});
        assertEquals(ImportException.Reason.NO_TEXT, refused(png).reason());
    }
}
