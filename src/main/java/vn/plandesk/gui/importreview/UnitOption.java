package vn.plandesk.gui.importreview;

import vn.plandesk.logic.importer.PublicBody;
import vn.plandesk.model.Unit;

/**
 * A line of the unit picker: a unit of the office's directory ({@code body} null), or a public body
 * the office does not have yet (its {@code unit} has no id: it is added to the directory on saving).
 */
public record UnitOption(Unit unit, PublicBody body) {

    static UnitOption of(Unit unit) {
        return new UnitOption(unit, null);
    }

    static UnitOption of(PublicBody body) {
        return new UnitOption(body.asUnit(), body);
    }

    /** Whether it comes from the list of public bodies rather than the office's directory. */
    public boolean isPublicBody() {
        return body != null;
    }
}
