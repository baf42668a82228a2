package vn.plandesk.logic.importer;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Values found by a name's comparison key: exactly, or else the nearest key within a small edit
 * distance (one mistake per twelve letters, none in the first word), which forgives typing and
 * recognition slips ("Môi trưòng") without confusing short names ("Sở Y tế", "Sở Nội vụ") or
 * bodies of another level ("Bộ Tài chính", "Sở Tài chính").
 */
final class NameIndex<T> {
    private final Map<String, T> byKey = new LinkedHashMap<>();

    /** Adds a key; a key already there keeps its first value. */
    void add(String key, T value) {
        byKey.putIfAbsent(key, value);
    }

    /** Adds a key, replacing the value a key already had. */
    void replace(String key, T value) {
        byKey.put(key, value);
    }

    T exact(String key) {
        return byKey.get(key);
    }

    /** The value of the key nearest to {@code key} within the allowed mistakes, or null. */
    T nearest(String key) {
        T best = null;
        int bestDistance = Integer.MAX_VALUE;
        String first = firstWord(key);
        for (Map.Entry<String, T> entry : byKey.entrySet()) {
            if (!firstWord(entry.getKey()).equals(first)) {
                continue;
            }
            int allowed = Math.min(key.length(), entry.getKey().length()) / 12;
            if (allowed == 0) {
                continue;
            }
            int d = distance(key, entry.getKey(), allowed);
            if (d <= allowed && d < bestDistance) {
                best = entry.getValue();
                bestDistance = d;
            }
        }
        return best;
    }

    private static String firstWord(String key) {
        int space = key.indexOf(' ');
        return space < 0 ? key : key.substring(0, space);
    }

    /** Edit distance, giving up (returning limit + 1) once it exceeds {@code limit}. */
    private static int distance(String a, String b, int limit) {
        if (Math.abs(a.length() - b.length()) > limit) {
            return limit + 1;
        }
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            int rowMin = current[0];
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
                rowMin = Math.min(rowMin, current[j]);
            }
            if (rowMin > limit) {
                return limit + 1;
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
