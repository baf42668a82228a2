package vn.plandesk.gui.importreview;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;

/**
 * One value of the plan being reviewed, with why a person should check it ({@code reason}, null
 * when the importer was sure). {@code name} is what the window calls the field ("Số, ký hiệu",
 * "Chủ trì"), used where findings are listed.
 */
public final class ReviewField<T> {
    private final String name;
    private final boolean editable;
    private final ObjectProperty<T> value;
    private final ReadOnlyStringWrapper reason = new ReadOnlyStringWrapper(this, "reason");

    ReviewField(String name, T initial, boolean editable) {
        this.name = name;
        this.editable = editable;
        this.value = new SimpleObjectProperty<>(this, name, initial);
    }

    public String name() {
        return name;
    }

    public boolean isEditable() {
        return editable;
    }

    public ObjectProperty<T> valueProperty() {
        return value;
    }

    public T value() {
        return value.get();
    }

    public void set(T newValue) {
        value.set(newValue);
    }

    /** Why this value is uncertain, in the current language; null when there is nothing to check. */
    public ReadOnlyStringProperty reasonProperty() {
        return reason.getReadOnlyProperty();
    }

    public String reason() {
        return reason.get();
    }

    public boolean isUncertain() {
        return reason.get() != null;
    }

    void setReason(String newReason) {
        reason.set(newReason == null || newReason.isBlank() ? null : newReason);
    }
}
