package vn.plandesk.logic.importer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import vn.plandesk.logic.text.VietnameseText;

/**
 * Compares the importer's plan JSON with a hand-made annotation (shared/samples/ANNOTATION-RULES.md)
 * on the five measures the importer is held to: deadlines found (phrase and dates right), units
 * found, tasks found, leads right (over the tasks found) and header fields right (number, issuer,
 * place, issue date, title, signer). Names compare without accents, case or a leading "các"; tasks
 * are paired in document order by their opening words (the largest in-order pairing); deadlines as
 * a multiset of (start, end) with phrases that agree.
 */
final class ImportScorer {

    /** The six header fields of the measure; the signer counts once, right when all its parts are. */
    static final List<String> HEADER_FIELDS = List.of("number", "issuer", "place", "issued_on", "title", "signer");

    record Score(String name, int deadlines, int deadlinesFound, int units, int unitsFound, int tasks, int tasksFound,
                 int leadsRight, int header, int headerRight, List<String> misses) {

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

        double headerShare() {
            return share(headerRight, header);
        }

        private static double share(int part, int whole) {
            return whole == 0 ? 1.0 : (double) part / whole;
        }

        @Override
        public String toString() {
            return String.format("%-34s deadlines %3d/%-3d %5.2f  units %3d/%-3d %5.2f  tasks %3d/%-3d %5.2f  leads %3d/%-3d %5.2f"
                            + "  header %d/%d %5.2f", name, deadlinesFound, deadlines, deadlineShare(), unitsFound, units, unitShare(),
                    tasksFound, tasks, taskShare(), leadsRight, tasksFound, leadShare(), headerRight, header, headerShare());
        }
    }

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ImportScorer() {
    }

    static Score score(String name, String importedJson, String annotationJson) throws IOException {
        JsonNode got = MAPPER.readTree(importedJson);
        JsonNode want = MAPPER.readTree(annotationJson);
        List<String> misses = new ArrayList<>();

        List<JsonNode> gotDeadlines = new ArrayList<>();
        got.path("deadlines").forEach(gotDeadlines::add);
        int deadlinesFound = 0;
        for (JsonNode deadline : want.path("deadlines")) {
            JsonNode match = gotDeadlines.stream().filter(d -> sameDeadline(deadline, d)).findFirst().orElse(null);
            if (match != null) {
                gotDeadlines.remove(match);
                deadlinesFound++;
            } else {
                misses.add("deadline " + deadline.path("phrase").asText() + " " + deadline.path("end").asText());
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
        int[] pairing = pairInOrder(wantTasks, gotTasks);
        int tasksFound = 0;
        int leadsRight = 0;
        for (int i = 0; i < wantTasks.size(); i++) {
            JsonNode task = wantTasks.get(i);
            if (pairing[i] < 0) {
                misses.add("task " + task.path("content").asText());
                continue;
            }
            tasksFound++;
            JsonNode other = gotTasks.get(pairing[i]);
            if (names(task.path("lead")).equals(names(other.path("lead")))) {
                leadsRight++;
            } else {
                misses.add("lead " + task.path("lead") + " vs " + other.path("lead") + " in " + abbreviated(task));
            }
        }

        int headerRight = 0;
        for (String field : HEADER_FIELDS) {
            boolean right = field.equals("signer")
                    ? List.of("authority", "position", "name").stream()
                            .allMatch(part -> sameText(want.path("signer").path(part), got.path("signer").path(part), false))
                    : sameText(want.path(field), got.path(field), field.equals("issuer"));
            if (right) {
                headerRight++;
            } else {
                misses.add(field + " " + want.path(field) + " vs " + got.path(field));
            }
        }
        return new Score(name, want.path("deadlines").size(), deadlinesFound, want.path("units").size(), unitsFound,
                wantTasks.size(), tasksFound, leadsRight, HEADER_FIELDS.size(), headerRight, misses);
    }

    /** The same deadline: the same dates, and phrases that agree (one may hold a word more, "hoàn thành"). */
    private static boolean sameDeadline(JsonNode want, JsonNode got) {
        if (!Objects.equals(date(want, "start"), date(got, "start")) || !Objects.equals(date(want, "end"), date(got, "end"))) {
            return false;
        }
        String a = phraseKey(want.path("phrase").asText(""));
        String b = phraseKey(got.path("phrase").asText(""));
        return !a.isEmpty() && !b.isEmpty() && (a.contains(b) || b.contains(a));
    }

    private static String date(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isNull() || value.isMissingNode() ? null : value.asText();
    }

    private static String phraseKey(String phrase) {
        return VietnameseText.searchKey(phrase).replaceAll("[^\\p{L}\\d/]+", " ").strip();
    }

    /**
     * The largest pairing of annotated with imported tasks that keeps both in document order
     * (a longest common subsequence over "the same task"); -1 where an annotated task has none.
     */
    private static int[] pairInOrder(List<JsonNode> want, List<JsonNode> got) {
        int n = want.size();
        int m = got.size();
        String[] wantKeys = want.stream().map(ImportScorer::taskKey).toArray(String[]::new);
        String[] gotKeys = got.stream().map(ImportScorer::taskKey).toArray(String[]::new);
        int[][] best = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                best[i][j] = sameTask(wantKeys[i], gotKeys[j]) ? best[i + 1][j + 1] + 1 : Math.max(best[i + 1][j], best[i][j + 1]);
            }
        }
        int[] pairing = new int[n];
        java.util.Arrays.fill(pairing, -1);
        int i = 0;
        int j = 0;
        while (i < n && j < m) {
            if (sameTask(wantKeys[i], gotKeys[j]) && best[i][j] == best[i + 1][j + 1] + 1) {
                pairing[i++] = j++;
            } else if (best[i + 1][j] >= best[i][j + 1]) {
                i++;
            } else {
                j++;
            }
        }
        return pairing;
    }

    private static String taskKey(JsonNode task) {
        return VietnameseText.searchKey(task.path("content").asText()).replace("…", "").replaceAll("[^\\p{L}\\d]+", " ").strip();
    }

    /** The same task: the first words agree (the annotation cuts long texts with "…"). */
    private static boolean sameTask(String a, String b) {
        int n = Math.min(40, Math.min(a.length(), b.length()));
        return n >= 10 && a.substring(0, n).equals(b.substring(0, n));
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

    private static String abbreviated(JsonNode task) {
        String content = task.path("content").asText();
        return content.length() > 50 ? content.substring(0, 50) + "…" : content;
    }

    private static Set<String> names(JsonNode list) {
        Set<String> out = new TreeSet<>();
        list.forEach(n -> out.add(unitKey(n.asText())));
        return out;
    }

    static String unitKey(String name) {
        return VietnameseText.searchKey(name).replaceFirst("^(?:cac|nhung) ", "").replaceAll("[.;,:]", "").replaceAll("\\s+", " ").strip();
    }

    /** Equal without accents or case; the issuer also when one name begins the other (a province added). */
    private static boolean sameText(JsonNode want, JsonNode got, boolean prefix) {
        if (want.isNull() || want.isMissingNode()) {
            return got.isNull() || got.isMissingNode();
        }
        String a = VietnameseText.searchKey(want.asText()).replaceAll("[“”\"]", "").replaceAll("\\s+", " ").strip();
        String b = VietnameseText.searchKey(got.asText()).replaceAll("[“”\"]", "").replaceAll("\\s+", " ").strip();
        return a.equals(b) || prefix && !b.isEmpty() && (a.startsWith(b + " ") || b.startsWith(a + " "));
    }
}
