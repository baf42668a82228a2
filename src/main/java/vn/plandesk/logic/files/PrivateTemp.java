package vn.plandesk.logic.files;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import org.apache.poi.util.DefaultTempFileCreationStrategy;
import org.apache.poi.util.TempFile;

/**
 * The folder for temporary files of this user alone. POI's default, {@code /tmp/poifiles}, is shared:
 * created by the first user who exports, it then refuses every other user's (and lets them see
 * each other's files). PlanDesk gives POI {@code <tmp>/plandesk-<user>}, 0700 on POSIX, owned by the
 * user; a folder of that name that belongs to someone else is not used (a fresh private one is).
 */
public final class PrivateTemp {
    private static Path folder;

    private PrivateTemp() {
    }

    /**
     * Points POI's temporary files to the user's own folder. Called before each export and each Word document
     * read; the first call makes the folder, so a process that does neither makes nothing in the temporary folder.
     */
    public static synchronized Path install() {
        if (folder == null) {
            try {
                folder = userFolder(Path.of(System.getProperty("java.io.tmpdir")), System.getProperty("user.name", "user"));
            } catch (IOException e) {
                return null; // POI keeps its default; an export that needs it says why it failed
            }
            TempFile.setTempFileCreationStrategy(new DefaultTempFileCreationStrategy(folder.toFile()));
        }
        return folder;
    }

    /** {@code base/plandesk-<user>} when it is (or can be made) the user's alone, else a new private folder. */
    static Path userFolder(Path base, String user) throws IOException {
        String safeName = "plandesk-" + user.replaceAll("[^A-Za-z0-9._-]", "_");
        Path dir = base.resolve(safeName);
        boolean posix = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
        if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
            try {
                if (posix) {
                    Files.createDirectory(dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
                } else {
                    Files.createDirectory(dir);
                }
            } catch (IOException raced) {
                // made meanwhile by someone: judged below
            }
        }
        if (isMine(base, dir, posix)) {
            if (posix) {
                Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
            }
            return dir;
        }
        return posix ? Files.createTempDirectory(base, safeName + "-",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")))
                : Files.createTempDirectory(base, safeName + "-");
    }

    private static boolean isMine(Path base, Path dir, boolean posix) throws IOException {
        if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        if (!posix) {
            return Files.isWritable(dir);
        }
        Path probe = ownerProbe(base);
        try {
            UserPrincipal me = Files.getOwner(probe);
            return me.equals(Files.getOwner(dir, LinkOption.NOFOLLOW_LINKS));
        } finally {
            Files.deleteIfExists(probe);
        }
    }

    /**
     * A new empty file of this process, whose owner is the user. Named after the process: a random name
     * (Files.createTempFile) first sets up Java's secure random source, a tenth of a short command's start.
     */
    private static Path ownerProbe(Path base) throws IOException {
        try {
            return Files.createFile(base.resolve(".plandesk-owner-" + ProcessHandle.current().pid()));
        } catch (FileAlreadyExistsException leftOrPlanted) {
            return Files.createTempFile(base, ".plandesk-owner-", ".tmp");
        }
    }
}
