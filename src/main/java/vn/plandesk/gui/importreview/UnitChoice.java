package vn.plandesk.gui.importreview;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import vn.plandesk.logic.importer.PublicBody;
import vn.plandesk.model.Unit;

/**
 * A unit the document names and the directory does not know, and what to do with it on saving:
 * add it to the directory, read it as a unit the directory has, or leave it out of the plan. When
 * the name is a public body ({@code body}), {@code suggestion} is that body under its full, present
 * name (the office's unit when it has one); it is only offered, the name as written stays the default.
 */
public final class UnitChoice {

    /** What happens to the unit when the plan is saved. */
    public enum Action { CREATE, MAP, LEAVE_OUT }

    private final String name;
    private final PublicBody body;
    private final Unit suggestion;
    private final ReadOnlyObjectWrapper<Action> action = new ReadOnlyObjectWrapper<>(this, "action", Action.CREATE);
    private final ObjectProperty<Unit> mappedTo = new SimpleObjectProperty<>(this, "mappedTo");

    UnitChoice(String name, PublicBody body, Unit suggestion) {
        this.name = name;
        this.body = body;
        this.suggestion = suggestion;
    }

    /** The name as the plan writes it. */
    public String name() {
        return name;
    }

    /** The public body the name was recognised as, or null. */
    public PublicBody body() {
        return body;
    }

    /** The unit offered instead of the name as written ("Sở Tài chính" for "Sở KH&ĐT"), or null. */
    public Unit suggestion() {
        return suggestion;
    }

    public ReadOnlyObjectProperty<Action> actionProperty() {
        return action.getReadOnlyProperty();
    }

    public Action action() {
        return action.get();
    }

    /** The directory unit chosen for {@link Action#MAP}; null until one is chosen. */
    public ReadOnlyObjectProperty<Unit> mappedToProperty() {
        return mappedTo;
    }

    public Unit mappedTo() {
        return mappedTo.get();
    }

    void choose(Action newAction, Unit target) {
        mappedTo.set(newAction == Action.MAP ? target : null);
        action.set(newAction);
    }
}
