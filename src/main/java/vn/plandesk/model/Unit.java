package vn.plandesk.model;

import java.util.Objects;

/**
 * A body or person in the unit directory shared by all plans. Plans refer to units by id, so a
 * rename shows everywhere. {@code id} is null until the unit is stored.
 */
public record Unit(Long id, String fullName, String shortName, UnitKind kind, Long parentId, boolean active) {

    public Unit {
        fullName = Text.clean(fullName);
        Objects.requireNonNull(fullName, "a unit needs a name");
        shortName = Text.clean(shortName);
        kind = kind == null ? UnitKind.OTHER : kind;
    }

    public static Unit named(String fullName) {
        return new Unit(null, fullName, null, UnitKind.OTHER, null, true);
    }

    /** The name to show in a narrow column: the short name when there is one. */
    public String displayName() {
        return shortName != null ? shortName : fullName;
    }

    public UnitRef ref() {
        return new UnitRef(id, fullName);
    }
}
