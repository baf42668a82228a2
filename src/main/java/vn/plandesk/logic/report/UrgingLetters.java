package vn.plandesk.logic.report;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import vn.plandesk.logic.followup.DueList;
import vn.plandesk.logic.followup.FollowUpItem;
import vn.plandesk.logic.followup.UnitGroup;
import vn.plandesk.logic.text.NumericDate;
import vn.plandesk.logic.text.VietnameseText;
import vn.plandesk.model.Plan;

/**
 * The urging letters ("công văn đôn đốc") to send as of a day: one per lead unit with tasks overdue or
 * due within the days asked for, exactly the groups the follow-up view lists ({@link DueList}).
 * Tasks naming no lead unit have nobody to address and get no letter.
 *
 * @param reportBy the day each unit is asked to report back by
 * @param sender   the plan whose issuing body, place and signer the letters are written as (the most
 *                 recently issued plan with a listed task); null when there is no letter
 */
public record UrgingLetters(LocalDate asOf, int withinDays, LocalDate reportBy, List<Letter> letters, Plan sender) {

    /** One letter: the unit addressed and its tasks, overdue first. */
    public record Letter(String unitName, List<FollowUpItem> items) {
        public Letter {
            items = List.copyOf(items);
        }
    }

    public UrgingLetters {
        letters = List.copyOf(letters);
    }

    /**
     * The letters for {@code plans} as of {@code asOf}; {@code unitName} (accents and the rest of the
     * name optional) keeps only the units it names.
     */
    public static UrgingLetters build(List<Plan> plans, LocalDate asOf, int withinDays, LocalDate reportBy, String unitName)
            throws ReportRefusal {
        UrgingLetters letters = forUnits(plans, asOf, withinDays, reportBy,
                name -> unitName == null || VietnameseText.matches(name, unitName));
        if (unitName != null && letters.letters().isEmpty()) {
            throw new ReportRefusal("urge.unitNothing", unitName, withinDays);
        }
        return letters;
    }

    /** The letters for {@code plans} as of {@code asOf} to the units whose names {@code wanted} accepts (the ones picked on screen). */
    public static UrgingLetters forUnits(List<Plan> plans, LocalDate asOf, int withinDays, LocalDate reportBy, Predicate<String> wanted)
            throws ReportRefusal {
        if (withinDays < 0) {
            throw new ReportRefusal("urge.badWithin", withinDays);
        }
        if (reportBy.isBefore(asOf)) {
            throw new ReportRefusal("urge.reportByPast", NumericDate.FORMAT.format(reportBy), NumericDate.FORMAT.format(asOf));
        }
        DueList due = DueList.build(plans, asOf, withinDays);
        List<Letter> letters = new ArrayList<>();
        for (UnitGroup group : due.groups()) {
            if (group.unit() != null && wanted.test(group.name())) {
                letters.add(new Letter(group.name(), group.items()));
            }
        }
        Map<Long, Plan> byId = new HashMap<>();
        plans.forEach(p -> byId.put(p.id(), p));
        Plan sender = null;
        for (Letter letter : letters) {
            for (FollowUpItem item : letter.items()) {
                Plan plan = byId.get(item.plan().id());
                if (sender == null || ProgressReport.later(plan, sender)) {
                    sender = plan;
                }
            }
        }
        return new UrgingLetters(asOf, withinDays, reportBy, letters, sender);
    }

    /**
     * The file name of each letter, in order: the unit's name without accents, words joined by "_"
     * ("So_Tai_chinh.docx"); two names alike without accents get "_2", "_3" ...
     */
    public List<String> fileNames(String extension) {
        List<String> names = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (Letter letter : letters) {
            String base = withoutAccents(letter.unitName()).replaceAll("[^A-Za-z0-9]+", "_").replaceAll("^_+|_+$", "");
            base = base.isEmpty() ? "Don_vi" : base;
            int n = seen.merge(base.toLowerCase(Locale.ROOT), 1, Integer::sum);
            names.add((n == 1 ? base : base + "_" + n) + "." + extension);
        }
        return names;
    }

    private static String withoutAccents(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return decomposed.replace('đ', 'd').replace('Đ', 'D');
    }
}
