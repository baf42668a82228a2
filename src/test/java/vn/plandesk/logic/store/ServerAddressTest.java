package vn.plandesk.logic.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.plandesk.logic.i18n.Messages;

class ServerAddressTest {

    @AfterEach
    void vietnameseAgain() {
        Messages.setLocale(Messages.VIETNAMESE);
    }

    @Test
    void theAddressOfTheIssueIsReadPartByPart() throws StoreException {
        ServerAddress address = ServerAddress.parse("postgresql://may-chu.so-khcn.local:5433/plandesk?user=vanthu");
        assertEquals(new ServerAddress("may-chu.so-khcn.local", 5433, "plandesk", "vanthu", "prefer"), address);
        assertEquals("postgresql://may-chu.so-khcn.local:5433/plandesk?user=vanthu", address.toString());
    }

    @Test
    void whatIsLeftOutTakesPostgresqlsDefaultsAndTlsWhenTheServerOffersIt() throws StoreException {
        ServerAddress address = ServerAddress.parse("postgres://10.0.0.5");
        assertEquals("10.0.0.5", address.host());
        assertEquals(5432, address.port());
        assertEquals("plandesk", address.database());
        assertEquals(System.getProperty("user.name"), address.user());
        assertEquals("prefer", address.sslMode());
    }

    @Test
    void anIpv6AddressAUserBeforeTheHostAndAStricterTlsModeAreAccepted() throws StoreException {
        ServerAddress address = ServerAddress.parse("postgresql://vanthu@[fd00::5]:5432/ke_hoach?sslmode=verify-full");
        assertEquals("[fd00::5]", address.host());
        assertEquals("fd00::5", address.hostForDriver());
        assertEquals("vanthu", address.user());
        assertEquals("verify-full", address.sslMode());
    }

    @Test
    void aFolderStaysAFolder() throws StoreException {
        assertEquals(new StoreLocation.Folder(Path.of("/tmp/ke-hoach")), StoreLocation.parse("/tmp/ke-hoach"));
        assertInstanceOf(ServerAddress.class, StoreLocation.parse("PostgreSQL://host/db?user=a"));
    }

    /** Nothing of these may reach the connection: each one is refused in one sentence. */
    @ParameterizedTest
    @ValueSource(strings = {
        "postgresql://host/db?user=a&socketFactory=org.springframework.context.support.ClassPathXmlApplicationContext",
        "postgresql://host/db?user=a&loggerFile=/etc/passwd",
        "postgresql://host/db?user=a&user=b",
        "postgresql://host/db;ssl=false?user=a",
        "postgresql://host/db?user=a'--",
        "postgresql://host:0/db",
        "postgresql://host:99999/db",
        "postgresql://host:54x/db",
        "postgresql://ho st/db",
        "postgresql://host,other/db",
        "postgresql://-host/db",
        "postgresql:///db",
        "postgresql://host/db/more",
        "postgresql://host/db?sslmode=none",
        "postgresql://host/db?user",
        "postgresql://host/db\n?user=a",
    })
    void anythingOutsideTheNarrowRulesIsRefusedInOneLine(String text) {
        StoreException e = assertThrows(StoreException.class, () -> StoreLocation.parse(text));
        assertEquals(StoreException.Reason.CANNOT_OPEN, e.reason());
        assertEquals(1, e.getMessage().lines().count(), e.getMessage());
        assertTrue(e.getMessage().startsWith("Không dùng được địa chỉ máy chủ"), e.getMessage());
    }

    @Test
    void theRefusalIsInEnglishWithLangEn() {
        Messages.setLocale(Messages.ENGLISH);
        StoreException e = assertThrows(StoreException.class, () -> ServerAddress.parse("postgresql://host:0/db"));
        assertTrue(e.getMessage().contains("the port must be a number from 1 to 65535"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"postgresql://vanthu:Bi-mat-123@host/db", "postgresql://host/db?user=vanthu&password=Bi-mat-123",
        "postgresql://host/db?PASSWORD=Bi-mat-123&user=vanthu"})
    void aPasswordIsNeverTakenNorRepeatedAndThePasswordFileIsNamed(String text) {
        StoreException e = assertThrows(StoreException.class, () -> StoreLocation.parse(text));
        assertFalse(e.getMessage().contains("Bi-mat-123"), e.getMessage());
        assertTrue(e.getMessage().contains("~/.pgpass"), e.getMessage());
    }
}
