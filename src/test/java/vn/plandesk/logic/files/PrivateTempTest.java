package vn.plandesk.logic.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PrivateTempTest {
    @TempDir
    Path base;

    @BeforeEach
    void posixOnly() {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"), "POSIX permissions");
    }

    @Test
    void theUsersFolderIsMadeOnceAndKeptPrivateWithNothingLeftBeside() throws IOException {
        Path first = PrivateTemp.userFolder(base, "van thu");
        assertEquals(base.resolve("plandesk-van_thu"), first);
        Files.setPosixFilePermissions(first, PosixFilePermissions.fromString("rwxr-xr-x"));
        assertEquals(first, PrivateTemp.userFolder(base, "van thu"), "the same folder the next time");
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(first)));
        assertEquals(List.of("plandesk-van_thu"), names(base), "no probe left behind");
    }

    @Test
    void aFolderOfThatNameOwnedBySomeoneElseIsNotUsed() throws IOException {
        Path theirs = Files.createDirectory(base.resolve("plandesk-vanthu"));
        UserPrincipal other;
        try {
            other = FileSystems.getDefault().getUserPrincipalLookupService().lookupPrincipalByName("nobody");
            Files.setOwner(theirs, other);
        } catch (IOException notRoot) {
            assumeTrue(false, "giving a folder to another user needs root: " + notRoot.getMessage());
            return;
        }
        Path mine = PrivateTemp.userFolder(base, "vanthu");
        assertNotEquals(theirs, mine);
        assertEquals(base, mine.getParent());
        assertEquals(Files.getOwner(base), Files.getOwner(mine));
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(mine)));
        assertEquals(other, Files.getOwner(theirs), "theirs untouched");
        assertEquals(2, names(base).size(), "theirs and the new one, no probe left behind: " + names(base));
    }

    @Test
    void aProbeNameTakenAlreadyDoesNotStopIt() throws IOException {
        Files.createDirectory(base.resolve("plandesk-vanthu"));
        Path planted = Files.createFile(base.resolve(".plandesk-owner-" + ProcessHandle.current().pid()));
        assertEquals(base.resolve("plandesk-vanthu"), PrivateTemp.userFolder(base, "vanthu"));
        assertEquals(List.of(".plandesk-owner-" + ProcessHandle.current().pid(), "plandesk-vanthu"), names(base));
        assertEquals(0, Files.size(planted));
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
