package vn.plandesk.logic.importer.source;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import vn.plandesk.logic.files.PrivateTemp;
import vn.plandesk.logic.importer.ImportException;
import vn.plandesk.logic.importer.ImportException.Reason;

/**
 * Opens a file the user hands over and says what it is, refusing bad files quickly and clearly:
 * too large (refused by size before anything is read), not a document, password-protected, cut
 * short, a zip bomb, or a document without text.
 */
public final class DocumentFiles {

    /** Real plan documents are far below this; larger files are refused before reading. */
    public static final long MAX_SIZE = 50L * 1024 * 1024;
    /** The most a .docx part may expand to; POI also refuses parts that expand 100 times or more. */
    private static final long MAX_PART_SIZE = 200L * 1024 * 1024;

    /** What a file holds, by its first bytes rather than its name. */
    public enum Kind { DOCX, DOC, TEXT, MSPDI, JSON }

    private DocumentFiles() {
    }

    /** The file's bytes after the size check. */
    public static byte[] load(Path file) throws ImportException {
        try {
            if (Files.isDirectory(file)) {
                throw new ImportException(Reason.UNREADABLE, "import.folder", file.getFileName());
            }
            if (!Files.isRegularFile(file)) {
                throw new ImportException(Reason.UNREADABLE, "import.missing", file.getFileName());
            }
            long size = Files.size(file);
            if (size > MAX_SIZE) {
                throw new ImportException(Reason.TOO_LARGE, "import.tooLarge", file.getFileName(), size / (1024 * 1024),
                        MAX_SIZE / (1024 * 1024));
            }
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new ImportException(Reason.UNREADABLE, e, "import.unreadable", file.getFileName());
        }
    }

    /** What the bytes are; refuses what the importer cannot read. */
    public static Kind kind(String name, byte[] bytes) throws ImportException {
        if (startsWith(bytes, "PK")) {
            return Kind.DOCX;
        }
        if (startsWith(bytes, "\u00D0\u00CF\u0011\u00E0")) {
            return Kind.DOC;
        }
        if (startsWith(bytes, "%PDF")) {
            throw new ImportException(Reason.NOT_A_DOCUMENT, "import.pdf", name);
        }
        if (startsWith(bytes, "\u0089PNG") || startsWith(bytes, "\u00FF\u00D8\u00FF") || startsWith(bytes, "GIF8")
                || startsWith(bytes, "II*\u0000") || startsWith(bytes, "MM\u0000*")) {
            throw new ImportException(Reason.NO_TEXT, "import.image", name);
        }
        if (startsWith(bytes, "{\\rtf")) {
            throw new ImportException(Reason.NOT_A_DOCUMENT, "import.rtf", name);
        }
        String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1).strip();
        if (head.startsWith("\u00EF\u00BB\u00BF")) {
            head = head.substring(3).strip();
        }
        if (head.startsWith("<?xml") || head.startsWith("<Project")) {
            if (head.contains("<Project") && head.contains("schemas.microsoft.com/project")) {
                return Kind.MSPDI;
            }
            throw new ImportException(Reason.NOT_A_DOCUMENT, "import.notADocument", name);
        }
        if (head.startsWith("BEGIN:VCALENDAR") || head.startsWith("BEGIN:VCARD") || head.startsWith("<!DOCTYPE html")
                || head.startsWith("<html")) {
            throw new ImportException(Reason.NOT_A_DOCUMENT, "import.notADocument", name);
        }
        if (head.startsWith("{")) {
            return Kind.JSON;
        }
        if (looksBinary(bytes)) {
            throw new ImportException(Reason.NOT_A_DOCUMENT, "import.notADocument", name);
        }
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".xlsx") || lower.endsWith(".xls") || lower.endsWith(".pptx")) {
            throw new ImportException(Reason.NOT_A_DOCUMENT, "import.notADocument", name);
        }
        return Kind.TEXT;
    }

    /** Reads a Word or text document into blocks of text. */
    public static SourceDocument read(String name, byte[] bytes, Kind kind) throws ImportException {
        PrivateTemp.install(); // before POI may open the document (a Word one can spill to a temporary file)
        SourceDocument document = switch (kind) {
            case DOCX -> docx(name, bytes);
            case DOC -> doc(name, bytes);
            case TEXT -> text(name, bytes);
            default -> throw new ImportException(Reason.NOT_A_DOCUMENT, "import.notADocument", name);
        };
        if (!document.hasText()) {
            // "a scan saved as pictures" only when there are pictures: an empty document is said to be empty
            if (kind == Kind.DOCX && !hasPictures(bytes) || kind == Kind.TEXT) {
                throw new ImportException(Reason.NO_TEXT, "import.empty", name);
            }
            throw new ImportException(Reason.NO_TEXT, "import.noText", name);
        }
        return document;
    }

    private static boolean hasPictures(byte[] docx) {
        try (java.util.zip.ZipInputStream zip = new java.util.zip.ZipInputStream(new ByteArrayInputStream(docx))) {
            for (java.util.zip.ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (e.getName().startsWith("word/media/")) {
                    return true;
                }
            }
        } catch (IOException | RuntimeException e) {
            return true;
        }
        return false;
    }

    /**
     * A text file after the encoding gate: UTF-8 with a broken byte sequence is refused (it is not
     * read as Windows-1258 mojibake), and so is a text that is mojibake in every encoding.
     */
    private static SourceDocument text(String name, byte[] bytes) throws ImportException {
        int brokenLine = brokenUtf8Line(bytes);
        if (brokenLine > 0) {
            throw new ImportException(Reason.DAMAGED, "import.brokenUtf8", name, brokenLine);
        }
        if (isMojibake(TextSource.decode(bytes).text())) {
            throw new ImportException(Reason.DAMAGED, "import.mojibake", name);
        }
        return TextSource.read(name, bytes);
    }

    /**
     * The line of the first broken sequence of a text that is UTF-8 all but a few bytes (many valid
     * multi-byte sequences, hardly any invalid one); 0 for valid UTF-8, a byte order mark, or bytes
     * of another encoding (where valid multi-byte sequences are rare).
     */
    static int brokenUtf8Line(byte[] bytes) {
        if (bytes.length >= 2 && ((bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE
                || (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF)) {
            return 0;
        }
        int valid = 0;
        int invalid = 0;
        int firstInvalidLine = 0;
        int line = 1;
        for (int i = 0; i < bytes.length; ) {
            int b = bytes[i] & 0xFF;
            if (b == '\n') {
                line++;
            }
            if (b < 0x80) {
                i++;
                continue;
            }
            int length = b >= 0xC2 && b <= 0xDF ? 2 : b >= 0xE0 && b <= 0xEF ? 3 : b >= 0xF0 && b <= 0xF4 ? 4 : 0;
            boolean ok = length > 0 && i + length <= bytes.length;
            for (int k = 1; ok && k < length; k++) {
                ok = (bytes[i + k] & 0xC0) == 0x80;
            }
            if (ok) {
                valid++;
                i += length;
            } else {
                if (invalid++ == 0) {
                    firstInvalidLine = line;
                }
                i++;
            }
        }
        return invalid > 0 && valid >= 8 && invalid * 20 <= valid ? firstInvalidLine : 0;
    }

    /**
     * Junk (C1 controls, Latin-1 signs, replacement characters, stray marks, words with two tone
     * marks) for more than one in five Vietnamese letters: the best reading is still mojibake.
     */
    static boolean isMojibake(String text) {
        int junk = 2 * TextSource.wordsWithTwoTones(text);
        int vietnamese = 0;
        char previous = ' ';
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x1EA0 && c <= 0x1EF9 || "àáâãèéêìíòóôõùúýăđĩũơưÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝĂĐĨŨƠƯ".indexOf(c) >= 0) {
                vietnamese++;
            } else if (c >= 0x80 && c <= 0xBF || c == '\uFFFD' || c == 'Þ' || c == 'þ' || c == 'Ð' || c == 'ð' || c == 'Æ'
                    || c == 'æ' || c == 'ß' || c == '×' || c == '÷'
                    || Character.getType(c) == Character.NON_SPACING_MARK && !Character.isLetter(previous)) {
                junk++;
            }
            previous = c;
        }
        return junk >= 3 && junk * 5 > vietnamese;
    }

    private static SourceDocument docx(String name, byte[] bytes) throws ImportException {
        ZipSecureFile.setMaxEntrySize(MAX_PART_SIZE);
        try (InputStream in = new ByteArrayInputStream(bytes)) {
            return DocxSource.read(name, in);
        } catch (NotOfficeXmlFileException e) {
            throw new ImportException(Reason.NOT_A_DOCUMENT, e, "import.notADocument", name);
        } catch (IOException | RuntimeException e) {
            if (isZipBomb(e)) {
                throw new ImportException(Reason.ZIP_BOMB, e, "import.zipBomb", name);
            }
            throw new ImportException(Reason.DAMAGED, e, "import.damaged", name);
        }
    }

    private static SourceDocument doc(String name, byte[] bytes) throws ImportException {
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(bytes))) {
            if (fs.getRoot().hasEntry("EncryptionInfo")) {
                throw new ImportException(Reason.ENCRYPTED, "import.encrypted", name);
            }
            if (!fs.getRoot().hasEntry("WordDocument")) {
                throw new ImportException(Reason.NOT_A_DOCUMENT, "import.notADocument", name);
            }
        } catch (IOException | RuntimeException e) {
            throw new ImportException(Reason.DAMAGED, e, "import.damaged", name);
        }
        try (InputStream in = new ByteArrayInputStream(bytes)) {
            return DocSource.read(name, in);
        } catch (EncryptedDocumentException e) {
            throw new ImportException(Reason.ENCRYPTED, e, "import.encrypted", name);
        } catch (IOException | RuntimeException e) {
            throw new ImportException(Reason.DAMAGED, e, "import.damaged", name);
        }
    }

    private static boolean isZipBomb(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String message = t.getMessage();
            if (message != null && (message.contains("Zip bomb") || message.contains("max entry size")
                    || message.contains("MaxEntrySize") || message.contains("exceed"))) {
                return true;
            }
        }
        return false;
    }

    /** NUL bytes or many control characters: a program, an archive, a database. */
    private static boolean looksBinary(byte[] bytes) {
        int n = Math.min(bytes.length, 8192);
        boolean utf16 = n >= 2 && ((bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE
                || (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF);
        if (utf16) {
            return false;
        }
        int control = 0;
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                return true;
            }
            if (b < 0x09 || b > 0x0D && b < 0x20 && b != 0x1B) {
                control++;
            }
        }
        return control > n / 20 + 1;
    }

    private static boolean startsWith(byte[] bytes, String latin1) {
        if (bytes.length < latin1.length()) {
            return false;
        }
        for (int i = 0; i < latin1.length(); i++) {
            if ((bytes[i] & 0xFF) != latin1.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
