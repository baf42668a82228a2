package vn.plandesk.gui.importreview;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import vn.plandesk.logic.importer.Finding;

/**
 * One line of the findings list: the importer's remark, where it points ({@code field} in the
 * header or a row, or a proposed {@code unit}), and whether the user has since edited that place.
 */
public final class FindingItem {
    private final Finding finding;
    private final String where;
    private final String reason;
    private final ReviewField<?> field;
    private final ReviewRow row;
    private final UnitChoice unit;
    private final ReadOnlyBooleanWrapper resolved = new ReadOnlyBooleanWrapper(this, "resolved");

    FindingItem(Finding finding, String where, ReviewField<?> field, ReviewRow row, UnitChoice unit) {
        this.finding = finding;
        this.where = where;
        this.reason = finding.message();
        this.field = field;
        this.row = row;
        this.unit = unit;
    }

    public Finding finding() {
        return finding;
    }

    /** "Số, ký hiệu", "3.2 Hoàn thành chỉnh sửa … › Chủ trì": where the remark points. */
    public String where() {
        return where;
    }

    /** The remark in the current language. */
    public String reason() {
        return reason;
    }

    /** The field it is about, or null (a remark on the whole document or on a unit). */
    public ReviewField<?> field() {
        return field;
    }

    /** The tree row it is about, or null. */
    public ReviewRow row() {
        return row;
    }

    /** The proposed unit it is about, or null. */
    public UnitChoice unit() {
        return unit;
    }

    /** True once the user has edited what it points at. */
    public ReadOnlyBooleanProperty resolvedProperty() {
        return resolved.getReadOnlyProperty();
    }

    public boolean isResolved() {
        return resolved.get();
    }

    void resolve() {
        resolved.set(true);
    }
}
