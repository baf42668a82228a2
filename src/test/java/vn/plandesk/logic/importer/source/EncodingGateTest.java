package vn.plandesk.logic.importer.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Arrays;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.plandesk.logic.i18n.Messages;
import vn.plandesk.logic.importer.ImportException;

/** Issue 10: a text's encoding is detected strictly, and a text that reads as mojibake in every encoding is refused. */
class EncodingGateTest {
    static final String TEXT = """
            KẾ HOẠCH
            Triển khai thực hiện chuyển đổi số năm 2026
            I. MỤC ĐÍCH, YÊU CẦU
            1. Nâng cao hiệu quả hoạt động của các cơ quan nhà nước trên địa bàn tỉnh.
            II. NHIỆM VỤ
            1. Sở Khoa học và Công nghệ chủ trì, phối hợp với các sở, ngành xây dựng kế hoạch. Thời gian: trước ngày 30/6/2026.
            2. Ủy ban nhân dân các huyện, thành phố triển khai thực hiện. Thời gian: Quý III/2026.
            """;

    @AfterEach
    void vietnamese() {
        Messages.setLocale(Messages.VIETNAMESE);
    }

    /** Windows-1258 as Vietnamese Windows writes it: base letters (â ê ô ơ ư ă đ) with combining tone marks. */
    static byte[] windows1258(String text) throws CharacterCodingException {
        StringBuilder decomposed = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            String nfd = Normalizer.normalize(String.valueOf(text.charAt(i)), Normalizer.Form.NFD);
            StringBuilder base = new StringBuilder();
            StringBuilder tone = new StringBuilder();
            for (char c : nfd.toCharArray()) {
                if (c == '\u0300' || c == '\u0301' || c == '\u0303' || c == '\u0309' || c == '\u0323') {
                    tone.append(c);
                } else {
                    base.append(c);
                }
            }
            decomposed.append(Normalizer.normalize(base, Normalizer.Form.NFC)).append(tone);
        }
        ByteBuffer bytes = Charset.forName("windows-1258").newEncoder().onUnmappableCharacter(CodingErrorAction.REPORT)
                .encode(CharBuffer.wrap(decomposed));
        return Arrays.copyOf(bytes.array(), bytes.limit());
    }

    @Test
    void aWindows1258TextReadsAsItsVietnamese() throws Exception {
        TextSource.Decoded decoded = TextSource.decode(windows1258(TEXT));
        assertEquals(Normalizer.normalize(TEXT, Normalizer.Form.NFC), decoded.text());
        assertNull(decoded.legacy());
    }

    @Test
    void aUtf8TextWithOneBrokenSequenceIsRefusedNotReadAsMojibake() {
        byte[] bytes = TEXT.getBytes(StandardCharsets.UTF_8);
        int at = TEXT.getBytes(StandardCharsets.UTF_8).length / 2;
        while ((bytes[at] & 0xC0) != 0x80) {
            at++; // a continuation byte: cutting it breaks one letter
        }
        bytes[at] = (byte) 0x20;
        ImportException e = assertThrows(ImportException.class, () -> DocumentFiles.read("hong.txt", bytes, DocumentFiles.Kind.TEXT));
        assertTrue(e.getMessage().contains("UTF-8"), e.getMessage());
        assertTrue(e.getMessage().contains("dòng"), e.getMessage());
        assertEquals(1, e.getMessage().lines().count());
    }

    @Test
    void bytesThatAreMojibakeInEveryEncodingAreRefused() {
        // Latin-1 signs and C1 bytes in every position: no encoding makes Vietnamese of them
        byte[] bytes = new byte[600];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (i % 3 == 0 ? ' ' : 0xA0 + (i * 7) % 32);
        }
        ImportException e = assertThrows(ImportException.class, () -> DocumentFiles.read("rac.txt", bytes, DocumentFiles.Kind.TEXT));
        assertTrue(e.getMessage().contains("bảng mã"), e.getMessage());
        Messages.setLocale(Messages.ENGLISH);
        assertTrue(e.getMessage().contains("encoding"), e.getMessage());
    }

    @Test
    void theEncodingsPlanDeskReadsStillRead() throws Exception {
        String nfc = Normalizer.normalize(TEXT, Normalizer.Form.NFC);
        assertEquals(nfc, TextSource.decode(TEXT.getBytes(StandardCharsets.UTF_8)).text());
        byte[] utf16 = TEXT.getBytes(StandardCharsets.UTF_16); // with its byte order mark
        assertEquals(nfc, TextSource.decode(utf16).text());
        assertEquals(nfc, Normalizer.normalize(TextSource.decode(windows1258(TEXT)).text(), Normalizer.Form.NFC));
        DocumentFiles.read("ok.txt", TEXT.getBytes(StandardCharsets.UTF_8), DocumentFiles.Kind.TEXT);
        DocumentFiles.read("ok-1258.txt", windows1258(TEXT), DocumentFiles.Kind.TEXT);
    }
}
