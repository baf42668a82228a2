package vn.plandesk.logic.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.attribute.AclEntry;
import java.nio.file.attribute.AclEntryFlag;
import java.nio.file.attribute.AclEntryPermission;
import java.nio.file.attribute.AclEntryType;
import java.nio.file.attribute.AclFileAttributeView;
import java.nio.file.attribute.UserPrincipal;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Issue 10 on Windows: the data folder and its files readable by their owner alone, through an access list. */
class OwnerOnlyAclTest {
    record Principal(String getName) implements UserPrincipal {
    }

    /** A file's access list as Windows keeps it, in memory: what PlanDesk sets is what the test reads. */
    static final class FakeAclView implements AclFileAttributeView {
        UserPrincipal owner;
        List<AclEntry> acl;
        int writes;

        FakeAclView(UserPrincipal owner, List<AclEntry> acl) {
            this.owner = owner;
            this.acl = acl;
        }

        @Override
        public String name() {
            return "acl";
        }

        @Override
        public List<AclEntry> getAcl() {
            return acl;
        }

        @Override
        public void setAcl(List<AclEntry> newAcl) {
            acl = List.copyOf(newAcl);
            writes++;
        }

        @Override
        public UserPrincipal getOwner() {
            return owner;
        }

        @Override
        public void setOwner(UserPrincipal newOwner) {
            owner = newOwner;
        }
    }

    private static final UserPrincipal SECRETARY = new Principal("VANPHONG\\thuky");
    private static final UserPrincipal EVERYONE = new Principal("Everyone");

    /** What a new folder under %APPDATA% inherits: everyone may read, the owner may do all. */
    private static List<AclEntry> inherited() {
        return List.of(
                AclEntry.newBuilder().setType(AclEntryType.ALLOW).setPrincipal(EVERYONE)
                        .setPermissions(AclEntryPermission.READ_DATA, AclEntryPermission.READ_ATTRIBUTES)
                        .setFlags(AclEntryFlag.INHERIT_ONLY).build(),
                AclEntry.newBuilder().setType(AclEntryType.ALLOW).setPrincipal(SECRETARY)
                        .setPermissions(EnumSet.allOf(AclEntryPermission.class)).build());
    }

    @Test
    void aFileEndsWithOneEntryGivingItsOwnerEverythingAndNoOneElseAnything() throws Exception {
        FakeAclView file = new FakeAclView(SECRETARY, inherited());
        OwnerOnlyAcl.apply(file, false);
        assertEquals(1, file.acl.size(), file.acl.toString());
        AclEntry only = file.acl.get(0);
        assertEquals(AclEntryType.ALLOW, only.type());
        assertEquals(SECRETARY, only.principal());
        assertEquals(EnumSet.allOf(AclEntryPermission.class), only.permissions());
        assertEquals(Set.of(), only.flags(), "a file passes nothing on");
    }

    @Test
    void aFolderPassesTheOwnerOnlyEntryToWhatIsCreatedInItLater() throws Exception {
        FakeAclView folder = new FakeAclView(SECRETARY, inherited());
        OwnerOnlyAcl.apply(folder, true);
        assertEquals(1, folder.acl.size(), folder.acl.toString());
        assertEquals(SECRETARY, folder.acl.get(0).principal());
        assertTrue(folder.acl.get(0).flags().containsAll(Set.of(AclEntryFlag.FILE_INHERIT, AclEntryFlag.DIRECTORY_INHERIT)));
        assertTrue(folder.acl.stream().noneMatch(e -> e.principal().equals(EVERYONE)));
    }

    @Test
    void aListAlreadyRightIsNotWrittenAgain() throws Exception {
        FakeAclView file = new FakeAclView(SECRETARY, inherited());
        OwnerOnlyAcl.apply(file, false);
        OwnerOnlyAcl.apply(file, false);
        assertEquals(1, file.writes);
    }
}
