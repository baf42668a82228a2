package vn.plandesk.logic.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.AclEntry;
import java.nio.file.attribute.AclEntryFlag;
import java.nio.file.attribute.AclEntryPermission;
import java.nio.file.attribute.AclEntryType;
import java.nio.file.attribute.AclFileAttributeView;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Where a file system has no POSIX modes (Windows), the data folder and its files get an access list
 * naming their owner alone: one entry that allows the owner everything, none inherited from the
 * folder above (setting the list replaces it whole). A folder's entry is inherited by what is created
 * in it later, so a new backup is the user's alone too.
 */
final class OwnerOnlyAcl {
    private OwnerOnlyAcl() {
    }

    /** Applies the owner-only list when the file system keeps access lists; returns whether it did. */
    static boolean apply(Path file) throws IOException {
        AclFileAttributeView view = Files.getFileAttributeView(file, AclFileAttributeView.class);
        if (view == null || !Files.exists(file)) {
            return false;
        }
        apply(view, Files.isDirectory(file));
        return true;
    }

    static void apply(AclFileAttributeView view, boolean directory) throws IOException {
        List<AclEntry> wanted = List.of(entryFor(view, directory));
        if (!view.getAcl().equals(wanted)) {
            view.setAcl(wanted);
        }
    }

    private static AclEntry entryFor(AclFileAttributeView view, boolean directory) throws IOException {
        Set<AclEntryFlag> flags = directory ? EnumSet.of(AclEntryFlag.FILE_INHERIT, AclEntryFlag.DIRECTORY_INHERIT)
                : EnumSet.noneOf(AclEntryFlag.class);
        return AclEntry.newBuilder().setType(AclEntryType.ALLOW).setPrincipal(view.getOwner())
                .setPermissions(EnumSet.allOf(AclEntryPermission.class)).setFlags(flags).build();
    }
}
