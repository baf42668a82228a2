package vn.plandesk.model;

import java.util.Objects;

/**
 * A plan's reference to a unit: its directory id once stored, and its name as shown. A plan read
 * from a file has names only (id null); the store matches them to the directory by the
 * accent-insensitive key.
 */
public record UnitRef(Long id, String name) {

    public UnitRef {
        name = Text.clean(name);
        Objects.requireNonNull(name, "a unit reference needs a name");
    }

    public static UnitRef named(String name) {
        return new UnitRef(null, name);
    }
}
