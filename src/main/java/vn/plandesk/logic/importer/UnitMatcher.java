package vn.plandesk.logic.importer;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.plandesk.logic.text.VietnameseText;
import vn.plandesk.model.Unit;
import vn.plandesk.model.UnitKind;

/**
 * Recognises the bodies a document names: first among the units of the office's own directory
 * (ignoring accents, case, abbreviations such as "UBND" or "Sở KH&ĐT", a leading "các" and small
 * spelling or recognition mistakes), then in the directory of {@link PublicBodies}. What the office's
 * directory does not know is proposed as a new unit under the name as written, never created here.
 */
public final class UnitMatcher {

    private final PublicBodies bodies;
    private final NameIndex<Unit> byKey = new NameIndex<>();
    private final Map<PublicBody, Unit> byPublicBody = new HashMap<>();

    /** A matcher over the office's units and the shipped list of public bodies. */
    public UnitMatcher(List<Unit> directory) {
        this(directory, PublicBodies.shipped());
    }

    public UnitMatcher(List<Unit> directory, PublicBodies bodies) {
        this.bodies = bodies;
        for (Unit unit : directory) {
            byKey.add(bodies.key(unit.fullName()), unit);
            if (unit.shortName() != null) {
                byKey.add(bodies.key(unit.shortName()), unit);
            }
            PublicBody body = bodies.find(unit.fullName());
            if (body != null) {
                byPublicBody.putIfAbsent(body, unit);
            }
        }
    }

    /**
     * The office's unit a written name means, or null: the same key, else a unit that is the same
     * public body under another of its names ("Tỉnh đoàn" for "Đoàn TNCS Hồ Chí Minh tỉnh"), else a
     * near spelling.
     */
    public Unit match(String name) {
        String key = bodies.key(name);
        Unit exact = byKey.exact(key);
        if (exact != null) {
            return exact;
        }
        PublicBody body = bodies.find(name);
        Unit sameBody = body == null ? null : byPublicBody.get(body);
        return sameBody != null ? sameBody : byKey.nearest(key);
    }

    /** The public body a written name means, or null; a former body is returned as such (see {@link #current}). */
    public PublicBody publicBody(String name) {
        return bodies.find(name);
    }

    /** The body in place today for {@code body} (itself unless renamed or merged). */
    public PublicBody current(PublicBody body) {
        return bodies.current(body);
    }

    /** Public bodies whose names hold every word of {@code query}, accents ignored. */
    public List<PublicBody> publicBodiesMatching(String query) {
        return bodies.matching(query);
    }

    /**
     * For a name of a body renamed or merged ("Sở KH&ĐT"), the remark that says what it is called
     * now; the name as written is kept, the review offers the new one.
     */
    public Optional<Finding> formerBodyFinding(String name) {
        PublicBody body = bodies.find(name);
        if (body == null || !body.isFormer()) {
            return Optional.empty();
        }
        String now = bodies.current(body).name();
        return Optional.of(body.note() == null
                ? Finding.of("units", -1, -1, "finding.unitFormerBody", name, body.name(), now)
                : Finding.of("units", -1, -1, "finding.unitFormerBodyNote", name, body.name(), now, body.note()));
    }

    /** Why the office's additions to the public-body list were left out, if they were. */
    public Optional<String> publicBodiesProblem() {
        return bodies.problem();
    }

    /** A new unit under the name as written; its kind is the public body's when it is one, else guessed from the name. */
    public Unit propose(String name) {
        PublicBody body = bodies.find(name);
        return new Unit(null, name, null, body != null ? body.kind() : guessKind(name), null, true);
    }

    private static UnitKind guessKind(String name) {
        String key = VietnameseText.searchKey(name);
        if (key.startsWith("cac ") || key.startsWith("nhung ") || key.contains("lien quan")) {
            return UnitKind.GROUP;
        } else if (key.matches("^(?:pho )?(?:giam doc|chu tich|truong phong|truong ban|chanh van phong|dong chi|thu truong)\\b.*")
                || key.matches(".* - (?:to truong|to vien|thu ky|thanh vien|to pho)$")) {
            return UnitKind.PERSON;
        } else if (key.matches("^(?:phong|van phong|bo phan)\\b.*")) {
            return UnitKind.DEPARTMENT;
        } else if (key.matches("^(?:to|ban chi dao|hoi dong|doan|tieu ban|ban)\\b.*")) {
            return UnitKind.COMMITTEE;
        } else if (key.matches("^(?:so|ubnd|uy ban|cuc|chi cuc|cong an|bo|trung tam|tong cuc|kho bac|thanh tra|bao hiem)\\b.*")) {
            return UnitKind.AGENCY;
        }
        return UnitKind.OTHER;
    }

}
