package vn.plandesk.logic.importer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import vn.plandesk.logic.text.VietnameseText;

/**
 * Compares the importer's plan JSON with a hand-made annotation (shared/samples/ANNOTATION-RULES.md)
 * and gives the share of deadline end dates, units and tasks found, of leads right (over the tasks
 * found) and of metadata fields right. Names compare without accents, case or a leading "các";
 * tasks are paired in order by their opening words; deadlines as a multiset of end dates.
 */
final class ImportScorer {

    record Score(String name, int deadlines, int deadlinesFound, int units, int unitsFound, int tasks, int tasksFound,
                 int leadsRight, int dueRight, int metadata, int metadataRight, List<String> misses) {

        double deadlineShare() {
            return share(deadlinesFound, deadlines);
        }

        double unitShare() {
            return share(unitsFound, units);
        }

        double taskShare() {
            return share(tasksFound, tasks);
        }

        double leadShare() {
            return share(leadsRight, tasksFound);
        }

        double metadataShare() {
            return share(metadataRight, metadata);
        }

        private static double share(int part, int whole) {
            return whole == 0 ? 1.0 : (double) part / whole;
        }

        @Override
        public String toString() {
            return String.format("%-28s deadlines %3d/%-3d (%5.1f%%)  units %3d/%-3d (%5.1f%%)  tasks %3d/%-3d (%5.1f%%)  "
                            + "leads %3d/%-3d (%5.1f%%)  due %3d/%-3d  metadata %2d/%-2d (%5.1f%%)",
                    name, deadlinesFound, deadlines, 100 * deadlineShare(), unitsFound, units, 100 * unitShare(), tasksFound, tasks,
                    100 * taskShare(), leadsRight, tasksFound, 100 * leadShare(), dueRight, tasksFound, metadataRight, metadata,
                    100 * metadataShare());
        }
    }

    private static final ObjectMapper MAPPER = new ObjectMapper();

    static Score score(String name, String importedJson, String annotationJson) throws IOException {
        JsonNode got = MAPPER.readTree(importedJson);
        JsonNode want = MAPPER.readTree(annotationJson);
        List<String> misses = new ArrayList<>();

        List<String> wantEnds = texts(want.path("deadlines"), "end");
        List<String> gotEnds = new ArrayList<>(texts(got.path("deadlines"), "end"));
        int deadlinesFound = 0;
        for (String end : wantEnds) {
            if (gotEnds.remove(end)) {
                deadlinesFound++;
            } else {
                misses.add("deadline " + end);
            }
        }

        Set<String> gotUnits = new HashSet<>();
        got.path("units").forEach(u -> gotUnits.add(unitKey(u.asText())));
        int unitsFound = 0;
        for (JsonNode u : want.path("units")) {
            if (gotUnits.contains(unitKey(u.asText()))) {
                unitsFound++;
            } else {
                misses.add("unit " + u.asText());
            }
        }

        List<JsonNode> wantTasks = tasks(want);
        List<JsonNode> gotTasks = tasks(got);
        int tasksFound = 0;
        int leadsRight = 0;
        int dueRight = 0;
        int from = 0;
        for (JsonNode task : wantTasks) {
            int match = -1;
            for (int i = from; i < gotTasks.size() && match < 0; i++) {
                if (sameTask(task, gotTasks.get(i))) {
                    match = i;
                }
            }
            if (match < 0) {
                misses.add("task " + task.path("content").asText());
                continue;
            }
            from = match + 1;
            tasksFound++;
            JsonNode other = gotTasks.get(match);
            if (names(task.path("lead")).equals(names(other.path("lead")))) {
                leadsRight++;
            } else {
                misses.add("lead " + task.path("lead") + " vs " + other.path("lead"));
            }
            if (task.path("due").asText("").equals(other.path("due").asText(""))) {
                dueRight++;
            }
        }

        int metadata = 0;
        int metadataRight = 0;
        for (String field : List.of("doc_type", "number", "place", "issued_on", "title", "issuer")) {
            metadata++;
            if (sameText(want.path(field), got.path(field), field.equals("issuer"))) {
                metadataRight++;
            } else {
                misses.add(field + " " + want.path(field) + " vs " + got.path(field));
            }
        }
        for (String field : List.of("authority", "position", "name")) {
            metadata++;
            if (sameText(want.path("signer").path(field), got.path("signer").path(field), false)) {
                metadataRight++;
            } else {
                misses.add("signer." + field);
            }
        }
        metadata++;
        if (names(want.path("recipients")).equals(names(got.path("recipients")))) {
            metadataRight++;
        } else {
            misses.add("recipients");
        }
        return new Score(name, wantEnds.size(), deadlinesFound, want.path("units").size(), unitsFound, wantTasks.size(), tasksFound,
                leadsRight, dueRight, metadata, metadataRight, misses);
    }

    private static List<String> texts(JsonNode list, String field) {
        List<String> out = new ArrayList<>();
        list.forEach(n -> out.add(n.path(field).asText("")));
        return out;
    }

    private static List<JsonNode> tasks(JsonNode plan) {
        List<JsonNode> out = new ArrayList<>();
        for (JsonNode phase : plan.path("phases")) {
            phase.path("tasks").forEach(out::add);
            for (JsonNode sub : phase.path("sub_phases")) {
                sub.path("tasks").forEach(out::add);
            }
        }
        return out;
    }

    /** The same task: the first words agree (the annotation cuts long texts with "…"). */
    private static boolean sameTask(JsonNode want, JsonNode got) {
        String a = VietnameseText.searchKey(want.path("content").asText()).replace("…", "");
        String b = VietnameseText.searchKey(got.path("content").asText());
        int n = Math.min(40, Math.min(a.length(), b.length()));
        return n >= 10 && a.substring(0, n).equals(b.substring(0, n));
    }

    private static Set<String> names(JsonNode list) {
        Set<String> out = new TreeSet<>();
        list.forEach(n -> out.add(unitKey(n.asText())));
        return out;
    }

    static String unitKey(String name) {
        return VietnameseText.searchKey(name).replaceFirst("^(?:cac|nhung) ", "").replaceAll("[.;,:]", "").strip();
    }

    /** Equal without accents or case; the issuer also when one name begins the other (a province added). */
    private static boolean sameText(JsonNode want, JsonNode got, boolean prefix) {
        if (want.isNull() || want.isMissingNode()) {
            return got.isNull() || got.isMissingNode();
        }
        String a = VietnameseText.searchKey(want.asText()).replaceAll("[“”\"]", "");
        String b = VietnameseText.searchKey(got.asText()).replaceAll("[“”\"]", "");
        return a.equals(b) || prefix && !b.isEmpty() && (a.startsWith(b + " ") || b.startsWith(a + " "));
    }
}
