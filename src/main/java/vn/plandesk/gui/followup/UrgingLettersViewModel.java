package vn.plandesk.gui.followup;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.plandesk.gui.background.TaskExecutor;
import vn.plandesk.logic.export.ExportDestination;
import vn.plandesk.logic.export.ExportFormat;
import vn.plandesk.logic.export.ExportOptions;
import vn.plandesk.logic.export.ExportRequest;
import vn.plandesk.logic.export.ExportService;
import vn.plandesk.logic.export.ExportSubject;
import vn.plandesk.logic.followup.DueList;
import vn.plandesk.logic.followup.UnitGroup;
import vn.plandesk.logic.i18n.Messages;
import vn.plandesk.logic.report.UrgingLetters;
import vn.plandesk.model.Plan;

/**
 * "Soạn công văn đôn đốc" without its controls: as of which day, how many days ahead count, the day
 * the units are to report back by, the units written to (those picked in the follow-up list, or every
 * one when none is), and the folder; one letter per unit, written on the window's executor through
 * {@link ExportService}.
 */
public final class UrgingLettersViewModel {
    /** The day to report back by, unless the user picks another: a week after the letter. */
    static final int DAYS_TO_ANSWER = 7;

    /** A unit with tasks to urge and whether it gets a letter. */
    public static final class UnitChoice {
        private final String name;
        private final BooleanProperty chosen;

        UnitChoice(String name, boolean chosen) {
            this.name = name;
            this.chosen = new SimpleBooleanProperty(this, "chosen", chosen);
        }

        public String name() {
            return name;
        }

        public BooleanProperty chosenProperty() {
            return chosen;
        }

        @Override
        public String toString() {
            return name;
        }
    }

    private final List<Plan> plans;
    private final TaskExecutor executor;
    private final DocumentRun run;
    private final ObjectProperty<LocalDate> asOf = new SimpleObjectProperty<>(this, "asOf");
    private final IntegerProperty withinDays = new SimpleIntegerProperty(this, "withinDays");
    private final ObjectProperty<LocalDate> reportBy = new SimpleObjectProperty<>(this, "reportBy");
    private final ObjectProperty<Path> folder = new SimpleObjectProperty<>(this, "folder");
    private final ObservableList<UnitChoice> units = FXCollections.observableArrayList();

    /**
     * {@code plans}: those the follow-up view lists; {@code picked}: the units selected in its list
     * (empty: every unit); {@code folder}: where the letters go unless the user picks another.
     */
    UrgingLettersViewModel(List<Plan> plans, LocalDate today, int withinDays, Set<String> picked, Path folder,
                           TaskExecutor executor, FollowUpDialogs dialogs) {
        this.plans = List.copyOf(plans);
        this.executor = executor;
        this.run = new DocumentRun(executor, dialogs);
        asOf.set(today);
        this.withinDays.set(withinDays);
        reportBy.set(today.plusDays(DAYS_TO_ANSWER));
        this.folder.set(folder);
        listUnits(picked);
        asOf.addListener((o, before, now) -> relist());
        this.withinDays.addListener((o, before, now) -> relist());
    }

    public ObjectProperty<LocalDate> asOfProperty() {
        return asOf;
    }

    /** Tasks due within this many days after the as-of day are urged too. */
    public IntegerProperty withinDaysProperty() {
        return withinDays;
    }

    public ObjectProperty<LocalDate> reportByProperty() {
        return reportBy;
    }

    public ObjectProperty<Path> folderProperty() {
        return folder;
    }

    /** The units with tasks to urge as of the day chosen, in the follow-up list's order. */
    public ObservableList<UnitChoice> units() {
        return units;
    }

    public DocumentRun run() {
        return run;
    }

    /**
     * "Chọn…": asks {@code chooser} for the folder, giving it the folder chosen so far (null when that is no
     * folder), once that was looked at in the background.
     */
    public void chooseFolder(UnaryOperator<Path> chooser) {
        StartingFolder.lookAt(executor, folder.get(), start -> {
            Path chosen = chooser.apply(start);
            if (chosen != null) {
                folder.set(chosen);
            }
        });
    }

    /** Writes one letter per chosen unit into the folder; refuses in one line when something is missing. */
    public void write() {
        Set<String> chosen = units.stream().filter(u -> u.chosenProperty().get()).map(UnitChoice::name).collect(Collectors.toSet());
        if (asOf.get() == null || reportBy.get() == null) {
            run.refuse(Messages.get("followup.date.invalid"));
            return;
        }
        if (chosen.isEmpty()) {
            run.refuse(Messages.get("followup.urge.noUnit", withinDays.get()));
            return;
        }
        if (folder.get() == null) {
            run.refuse(Messages.get("followup.document.noTarget"));
            return;
        }
        Path into = folder.get();
        LocalDate day = asOf.get();
        LocalDate by = reportBy.get();
        int within = withinDays.get();
        run.start(Messages.get("followup.urge.running", chosen.size(), into.toString()), (progress, cancelled) -> {
            UrgingLetters letters = UrgingLetters.forUnits(plans, day, within, by, chosen::contains);
            ExportRequest request = new ExportRequest(ExportSubject.letters(letters), ExportFormat.DOCX,
                    ExportOptions.standard(day), ExportDestination.folder(into));
            return new ExportService().export(request, progress, cancelled);
        }, result -> Messages.get("urge.written", result.files().size(), into.toAbsolutePath().toString()));
    }

    /** Lists the units again for a new day or number of days, keeping each one's choice. */
    private void relist() {
        Map<String, Boolean> before = new HashMap<>();
        units.forEach(u -> before.put(u.name(), u.chosenProperty().get()));
        boolean anyChosen = before.containsValue(true);
        listUnits(before.entrySet().stream().filter(Map.Entry::getValue).map(Map.Entry::getKey).collect(Collectors.toSet()));
        if (!anyChosen) {
            units.forEach(u -> u.chosenProperty().set(false));
        }
    }

    private void listUnits(Set<String> picked) {
        if (asOf.get() == null || withinDays.get() < 0) {
            units.clear();
            return;
        }
        List<UnitGroup> groups = DueList.build(plans, asOf.get(), withinDays.get()).groups().stream()
                .filter(g -> g.unit() != null).toList();
        units.setAll(groups.stream().map(g -> new UnitChoice(g.name(), picked.isEmpty() || picked.contains(g.name()))).toList());
    }
}
