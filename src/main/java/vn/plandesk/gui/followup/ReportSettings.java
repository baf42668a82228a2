package vn.plandesk.gui.followup;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.plandesk.logic.followup.ReportPeriod;
import vn.plandesk.logic.followup.StateCounts;
import vn.plandesk.logic.followup.UnitReport;
import vn.plandesk.logic.i18n.Messages;
import vn.plandesk.model.Plan;

/**
 * The report part of the follow-up view: the period chosen (kind, year, which one, cut-off day, or
 * custom dates) and the counts per unit for it, with a row for all units last.
 */
public final class ReportSettings {

    /** One line of the report table; {@code allUnits} marks the closing line for all units. */
    public record Row(String unitName, StateCounts counts, boolean allUnits) {
    }

    private final ObjectProperty<ReportPeriod.Kind> kind = new SimpleObjectProperty<>(this, "kind", ReportPeriod.Kind.QUARTER);
    private final IntegerProperty year = new SimpleIntegerProperty(this, "year");
    private final IntegerProperty index = new SimpleIntegerProperty(this, "index", 1);
    private final IntegerProperty cutOffDay = new SimpleIntegerProperty(this, "cutOffDay", ReportPeriod.DEFAULT_CUT_OFF_DAY);
    private final ObjectProperty<LocalDate> customFrom = new SimpleObjectProperty<>(this, "customFrom");
    private final ObjectProperty<LocalDate> customTo = new SimpleObjectProperty<>(this, "customTo");
    private final ReadOnlyObjectWrapper<UnitReport> report = new ReadOnlyObjectWrapper<>(this, "report");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "");
    private final ReadOnlyStringWrapper placeholderText = new ReadOnlyStringWrapper(this, "placeholderText",
            Messages.get("followup.status.loading"));
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final Runnable recount;
    private boolean adjusting;

    ReportSettings(LocalDate today, Runnable recount) {
        this.recount = recount;
        ReportPeriod current = ReportPeriod.containing(ReportPeriod.Kind.QUARTER, today, ReportPeriod.DEFAULT_CUT_OFF_DAY);
        year.set(current.year());
        index.set(current.index());
        customFrom.set(current.from());
        customTo.set(current.to());
        kind.addListener((o, before, now) -> {
            // Keep the period near the one shown: from quarter 2 to months, month 4 rather than 2.
            adjusting = true;
            int count = now.periodsInYear();
            if (count > 0) {
                index.set(Math.min(count, Math.max(1, index.get())));
            }
            adjusting = false;
            changed();
        });
        for (var p : List.of(year, index, cutOffDay)) {
            p.addListener((o, before, now) -> changed());
        }
        customFrom.addListener((o, before, now) -> changed());
        customTo.addListener((o, before, now) -> changed());
    }

    public ObjectProperty<ReportPeriod.Kind> kindProperty() {
        return kind;
    }

    public IntegerProperty yearProperty() {
        return year;
    }

    /** Which month, quarter or half of the year (1-based); unused for a whole year or custom dates. */
    public IntegerProperty indexProperty() {
        return index;
    }

    /** The day periods are cut at: 15 by Decree 09; 1 for calendar months. */
    public IntegerProperty cutOffDayProperty() {
        return cutOffDay;
    }

    public ObjectProperty<LocalDate> customFromProperty() {
        return customFrom;
    }

    public ObjectProperty<LocalDate> customToProperty() {
        return customTo;
    }

    public ReadOnlyObjectProperty<UnitReport> reportProperty() {
        return report.getReadOnlyProperty();
    }

    /** "Quý I/2026 (15/12/2025 – 14/03/2026), số liệu tính đến ngày 14/03/2026". */
    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /** What the table says when it has no row: the plans are still being read, or the dates are wrong. */
    public ReadOnlyStringProperty placeholderTextProperty() {
        return placeholderText.getReadOnlyProperty();
    }

    /** One row per lead unit, then the row for all units. */
    public ObservableList<Row> rows() {
        return FXCollections.unmodifiableObservableList(rows);
    }

    /** The period the settings name, or null while custom dates are missing or the wrong way round. */
    public ReportPeriod period() {
        if (kind.get() == ReportPeriod.Kind.CUSTOM) {
            LocalDate from = customFrom.get();
            LocalDate to = customTo.get();
            return from == null || to == null || to.isBefore(from) ? null : ReportPeriod.custom(from, to);
        }
        int day = Math.max(1, Math.min(ReportPeriod.LATEST_CUT_OFF_DAY, cutOffDay.get()));
        int which = kind.get() == ReportPeriod.Kind.YEAR ? 1 : Math.max(1, Math.min(kind.get().periodsInYear(), index.get()));
        return ReportPeriod.of(kind.get(), year.get(), which, day);
    }

    /**
     * The same choices, free to change without touching these (the report export dialog starts from
     * the period shown); {@code changed} runs when the copy's period changes.
     */
    ReportSettings copy(LocalDate today, Runnable changed) {
        ReportSettings copy = new ReportSettings(today, changed);
        copy.kind.set(kind.get());
        copy.year.set(year.get());
        copy.index.set(index.get());
        copy.cutOffDay.set(cutOffDay.get());
        copy.customFrom.set(customFrom.get());
        copy.customTo.set(customTo.get());
        return copy;
    }

    void show(List<Plan> plans, LocalDate today) {
        placeholderText.set(Messages.get("followup.report.badDates"));
        ReportPeriod period = period();
        if (period == null) {
            report.set(null);
            rows.clear();
            title.set(Messages.get("followup.report.badDates"));
            return;
        }
        UnitReport counted = UnitReport.build(plans, period, today);
        List<Row> lines = new ArrayList<>();
        counted.rows().forEach(r -> lines.add(new Row(r.name(), r.counts(), false)));
        lines.add(new Row(Messages.get("followup.report.allUnits"), counted.allUnits(), true));
        report.set(counted);
        rows.setAll(lines);
        String asOf = FollowUpTexts.date(counted.asOf());
        title.set(period.kind() == ReportPeriod.Kind.CUSTOM
                ? Messages.get("followup.report.titleCustom", period.name(), asOf)
                : Messages.get("followup.report.title", period.name(), period.daysText(), asOf));
    }

    /** The plans could not be read: the table says why instead of waiting for them. */
    void unread(String why) {
        placeholderText.set(why);
    }

    private void changed() {
        if (!adjusting) {
            recount.run();
        }
    }
}
