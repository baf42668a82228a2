package vn.plandesk.gui.planlist;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.plandesk.gui.DialogService;
import vn.plandesk.logic.i18n.Messages;
import vn.plandesk.logic.samples.SamplePlans;
import vn.plandesk.logic.store.PlanStore;
import vn.plandesk.logic.store.StoreException;
import vn.plandesk.model.PlanSummary;

/**
 * The list of stored plans as the window shows it: filtered by what is typed in the search box,
 * with a status line, and an offer of the sample plans while the store is still empty.
 */
public final class PlanListViewModel {
    /** Dates are written the Vietnamese administrative way, with leading zeros. */
    private static final DateTimeFormatter ISSUE_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final PlanStore plans;
    private final Path dataFile;
    private final DialogService dialogs;

    private final StringProperty searchText = new SimpleStringProperty(this, "searchText", "");
    private final ObservableList<PlanSummary> shownPlans = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper statusText = new ReadOnlyStringWrapper(this, "statusText");
    private final ReadOnlyStringWrapper placeholderText = new ReadOnlyStringWrapper(this, "placeholderText");
    private final ReadOnlyBooleanWrapper offerSamples = new ReadOnlyBooleanWrapper(this, "offerSamples");

    public PlanListViewModel(PlanStore plans, Path dataFile, DialogService dialogs) {
        this.plans = plans;
        this.dataFile = dataFile;
        this.dialogs = dialogs;
        searchText.addListener((observable, before, now) -> refresh());
        refresh();
    }

    /** What the user typed; the list follows it at once. */
    public StringProperty searchTextProperty() {
        return searchText;
    }

    /** The plans that match the search, in the store's Vietnamese order. */
    public ObservableList<PlanSummary> shownPlans() {
        return FXCollections.unmodifiableObservableList(shownPlans);
    }

    /** The data file and how many plans there are (or were found). */
    public ReadOnlyStringProperty statusTextProperty() {
        return statusText.getReadOnlyProperty();
    }

    /** What to say where the list would be when it shows no plan. */
    public ReadOnlyStringProperty placeholderTextProperty() {
        return placeholderText.getReadOnlyProperty();
    }

    /** True while the store holds no plan at all: the window then offers the sample plans. */
    public ReadOnlyBooleanProperty offerSamplesProperty() {
        return offerSamples.getReadOnlyProperty();
    }

    /** Stores the two sample plans and shows them all, the search cleared. */
    public void addSamples() {
        try {
            SamplePlans.addTo(plans);
        } catch (StoreException e) {
            dialogs.showError(Messages.get("planlist.addSamplesFailed"), e.getMessage());
        }
        searchText.set("");
        refresh();
    }

    /** Reads the list again from the store. */
    public void refresh() {
        String query = searchText.get() == null ? "" : searchText.get().strip();
        List<PlanSummary> all = plans.list();
        List<PlanSummary> found = query.isEmpty() ? all : plans.search(query);
        boolean storeEmpty = plans.isEmpty();
        shownPlans.setAll(found);
        offerSamples.set(storeEmpty);
        placeholderText.set(storeEmpty ? Messages.get("planlist.empty") : Messages.get("planlist.noMatch", query));
        statusText.set(query.isEmpty()
                ? Messages.get("planlist.status.all", dataFile, all.size())
                : Messages.get("planlist.status.found", dataFile, found.size(), all.size()));
    }

    /** An issue date as the list shows it: 05/07/2024; blank for a draft not yet issued. */
    public static String issueDateText(LocalDate issuedOn) {
        return issuedOn == null ? "" : ISSUE_DATE.format(issuedOn);
    }
}
