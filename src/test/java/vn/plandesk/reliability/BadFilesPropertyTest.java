package vn.plandesk.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import vn.plandesk.logic.importer.ImportException;
import vn.plandesk.logic.importer.PlanImporter;

/**
 * Issue 10: 1,000 generated bad files of every kind PlanDesk reads are refused (0 read as a plan, so
 * 0 stored), each with one sentence (0 stack traces), each within seconds (0 hangs). Random bytes
 * behind every magic number, truncated Word files, broken plan JSON, MS Project and calendar files.
 */
class BadFilesPropertyTest {
    private static final List<String> KINDS = List.of(".txt", ".docx", ".doc", ".xml", ".ics", ".json");
    private static final byte[] DOCX = read("importer/corpus/r03-24c7124ec6b2bf61.docx");
    private static final byte[] JSON = read("vn/plandesk/samples/ke-hoach-25-KH-KHCN-bac-giang.json");
    static final AtomicLong TRIES = new AtomicLong();
    static final AtomicLong SLOWEST = new AtomicLong();
    static final AtomicLong LARGEST = new AtomicLong();

    private static byte[] read(String resource) {
        try (var in = BadFilesPropertyTest.class.getClassLoader().getResourceAsStream(resource)) {
            return in.readAllBytes();
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException(resource, e);
        }
    }

    @Property(tries = 500)
    void randomBytesOfEveryKindAreRefused(@ForAll("prefixes") String prefix, @ForAll("junk") byte[] junk,
                                          @ForAll("kinds") String extension) throws Exception {
        byte[] bytes = concat(prefix.getBytes(StandardCharsets.ISO_8859_1), junk);
        refused(bytes, extension);
    }

    @Property(tries = 250)
    void truncatedOrDamagedWordFilesAreRefused(@ForAll("earlyCuts") double cut, @ForAll("junk") byte[] junk) throws Exception {
        int at = Math.max(4, (int) (DOCX.length * cut));
        byte[] bytes = concat(Arrays.copyOf(DOCX, at), junk.length > 64 ? Arrays.copyOf(junk, 64) : junk);
        refused(bytes, ".docx");
    }

    @Property(tries = 250)
    void brokenPlanJsonIsRefused(@ForAll("cuts") double cut, @ForAll("junk") byte[] junk) throws Exception {
        int at = Math.max(1, (int) (JSON.length * cut));
        refused(concat(Arrays.copyOf(JSON, at), junk.length > 8 ? Arrays.copyOf(junk, 8) : junk), ".json");
    }

    private static void refused(byte[] bytes, String extension) throws Exception {
        Path file = Files.createTempFile("xau-", extension);
        try {
            Files.write(file, bytes);
            long start = System.nanoTime();
            ImportException e = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
                try {
                    new PlanImporter(List.of()).read(file);
                    return null;
                } catch (ImportException refusal) {
                    return refusal;
                }
            });
            long millis = (System.nanoTime() - start) / 1_000_000;
            TRIES.incrementAndGet();
            SLOWEST.accumulateAndGet(millis, Math::max);
            LARGEST.accumulateAndGet(bytes.length, Math::max);
            if (e == null) {
                throw new AssertionError("a bad " + extension + " file of " + bytes.length + " bytes was read as a plan");
            }
            String message = e.getMessage();
            assertEquals(1, message.lines().count(), message);
            assertFalse(message.contains("Exception") || message.contains("\tat ") || message.contains("SQL"), message);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @AfterContainer
    static void figures() {
        System.out.println("[reliability] bad files: " + TRIES.get() + " tried, 0 read as a plan, slowest " + SLOWEST.get()
                + " ms, largest " + LARGEST.get() + " bytes");
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    @Provide
    Arbitrary<String> prefixes() {
        return Arbitraries.of("", "PK\u0003\u0004", "\u00D0\u00CF\u0011\u00E0\u00A1\u00B1\u001A\u00E1", "{", "{\"subject\": ",
                "<?xml version=\"1.0\"?><Project xmlns=\"http://schemas.microsoft.com/project\">", "BEGIN:VCALENDAR\r\n",
                "\u00EF\u00BB\u00BF", "\u00FF\u00FE", "KẾ HOẠCH\n");
    }

    @Provide
    Arbitrary<byte[]> junk() {
        return Arbitraries.bytes().array(byte[].class).ofMinSize(1).ofMaxSize(4096);
    }

    @Provide
    Arbitrary<String> kinds() {
        return Arbitraries.of(KINDS);
    }

    /** A .docx cut near its end (only the central directory lost) still holds its whole text and is read: not a bad file. */
    @Provide
    Arbitrary<Double> earlyCuts() {
        return Arbitraries.doubles().between(0.0, 0.5);
    }

    @Provide
    Arbitrary<Double> cuts() {
        return Arbitraries.doubles().between(0.0, 0.98);
    }
}
