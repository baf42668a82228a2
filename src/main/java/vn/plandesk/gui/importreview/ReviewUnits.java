package vn.plandesk.gui.importreview;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.plandesk.logic.importer.PublicBodies;
import vn.plandesk.logic.importer.PublicBody;
import vn.plandesk.logic.importer.UnitMatcher;
import vn.plandesk.logic.text.VietnameseText;
import vn.plandesk.model.Unit;

/**
 * The units side of the review: the office's directory and the public bodies, the names written
 * in the plan that the directory does not know (each a {@link UnitChoice}), and what the unit
 * picker offers for them.
 */
final class ReviewUnits {
    private final PublicBodies bodies;
    private List<Unit> directory = List.of();
    private UnitMatcher matcher;
    private final ObservableList<UnitChoice> choices = FXCollections.observableArrayList();
    // a read-only view made once: a view made per call would drop the listeners put on it when collected
    private final ObservableList<UnitChoice> choicesView = FXCollections.unmodifiableObservableList(choices);

    /** Knows only the public bodies until {@link #useDirectory} is given the office's directory as read. */
    ReviewUnits(PublicBodies bodies) {
        this.bodies = bodies;
        this.matcher = new UnitMatcher(directory, bodies);
    }

    void useDirectory(List<Unit> read) {
        directory = List.copyOf(read);
        matcher = new UnitMatcher(directory, bodies);
    }

    UnitMatcher matcher() {
        return matcher;
    }

    ObservableList<UnitChoice> choices() {
        return choicesView;
    }

    /** Keeps one choice per written name the directory does not know, in order; returns those names. */
    Set<String> refresh(Collection<String> namesWritten) {
        Set<String> unknown = new LinkedHashSet<>();
        for (String name : namesWritten) {
            if (matcher.match(name) == null) {
                unknown.add(name);
            }
        }
        Map<String, UnitChoice> kept = new LinkedHashMap<>();
        choices.forEach(c -> kept.put(c.name(), c));
        List<UnitChoice> now = new ArrayList<>();
        for (String name : unknown) {
            now.add(kept.containsKey(name) ? kept.get(name) : choiceFor(name));
        }
        choices.setAll(now);
        return unknown;
    }

    /** A new choice; a public body's full, present name is suggested when it differs from the name written. */
    private UnitChoice choiceFor(String name) {
        PublicBody body = matcher.publicBody(name);
        if (body == null) {
            return new UnitChoice(name, null, null);
        }
        PublicBody now = matcher.current(body);
        Unit office = matcher.match(now.name());
        Unit suggestion = office != null ? office : now.asUnit();
        return new UnitChoice(name, body, suggestion.fullName().equals(name) ? null : suggestion);
    }

    UnitChoice choice(String name) {
        return choices.stream().filter(c -> c.name().equals(name)).findFirst().orElse(null);
    }

    /** Active directory units whose name or short name holds every word typed, accents ignored. */
    List<Unit> directoryMatching(String query) {
        return directory.stream().filter(Unit::active)
                .filter(u -> VietnameseText.matches(u.fullName() + " " + Objects.requireNonNullElse(u.shortName(), ""), query))
                .sorted((a, b) -> VietnameseText.comparator().compare(a.fullName(), b.fullName()))
                .toList();
    }

    /** The picker's lines: the office's units first, then the public bodies it does not have yet. */
    List<UnitOption> options(String query) {
        List<UnitOption> options = new ArrayList<>(directoryMatching(query).stream().map(UnitOption::of).toList());
        for (PublicBody body : matcher.publicBodiesMatching(query)) {
            if (matcher.match(body.name()) == null) {
                options.add(UnitOption.of(body));
            }
        }
        return options;
    }
}
