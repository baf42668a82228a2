package vn.plandesk.logic.store;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * The user's data files for the user alone: a POSIX mode where the file system has modes, elsewhere
 * (Windows) an access list naming the owner ({@link OwnerOnlyAcl}). Used for the store, its lock and
 * gate files, the backups and their folder.
 */
final class OwnerOnlyFiles {
    private OwnerOnlyFiles() {
    }

    static boolean isPosix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }

    /** Sets {@code mode} (e.g. {@code rw-------}) where there are modes; elsewhere the owner-only access list. */
    static void setMode(Path file, String mode) throws IOException {
        if (!isPosix()) {
            OwnerOnlyAcl.apply(file);
        } else if (Files.exists(file)) {
            Set<PosixFilePermission> wanted = PosixFilePermissions.fromString(mode);
            if (!Files.getPosixFilePermissions(file).equals(wanted)) {
                Files.setPosixFilePermissions(file, wanted);
            }
        }
    }

    static void setModeQuietly(Path file, String mode) {
        try {
            setMode(file, mode);
        } catch (IOException | UnsupportedOperationException e) {
            // a file another user owns (a shared folder): its mode is theirs to set
        }
    }
}
