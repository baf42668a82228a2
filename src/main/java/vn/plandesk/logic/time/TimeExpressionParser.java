package vn.plandesk.logic.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.plandesk.model.TimeExpression;

/**
 * Reads the time words of a plan ("Trước ngày 26/11/2018", "Quý II-III/2026", "hằng tháng") into a
 * {@link TimeExpression}, following shared/reference/time-expressions.md. Words are matched with
 * and without diacritics, across line breaks; the words themselves are always kept as raw. Never
 * throws: words it cannot read come back {@link vn.plandesk.model.TimeKind#UNRESOLVED}.
 */
public final class TimeExpressionParser {

    /** A time expression found in running text at [start, end) of that text. */
    public record Found(int start, int end, TimeExpression expression) {
    }

    /** No time phrase is this long; longer text is not searched for one (see findAll for text). */
    private static final int LONGEST_PHRASE = 300;
    /** List markers and brackets around a phrase: "- ", "3.1. ", "a) ", "(Kỳ họp tháng 7/2019)". */
    private static final Pattern LEADING_NOISE = Pattern.compile("^(?:[-*+•(\\[\"“' ]|\\d+(?:\\.\\d+)*\\. |[a-z]\\) )+");
    /** Punctuation after a phrase, including the colon of a label: "Tháng 9-10/2018:". */
    private static final Pattern TRAILING_NOISE = Pattern.compile("[-.,;:!?)\\]\"”'/… ]+$");
    /** Words that introduce a phrase without changing it: "hoàn thành trước ngày ...". */
    private static final Pattern LEADING_VERB = Pattern.compile(
            "^(?:hoan thanh|thuc hien|trien khai|xong|thoi gian(?: thuc hien| hoan thanh)?|tien do(?: thuc hien)?)(?: ?:)? ");
    /** A short label before a colon: "Thời gian thực hiện: Quý I/2026". */
    private static final Pattern LABEL = Pattern.compile("^[a-z ]{1,40}: ");

    public TimeExpression parse(String words) {
        return parse(words, null, null);
    }

    /**
     * Reads one time phrase.
     *
     * @param words        the phrase exactly as written
     * @param planIssuedOn the plan's issue date, or null: the start of "đến năm 2025"
     * @param planYear     the plan's year, or null for the issue date's year: the year of "tháng 4"
     */
    public TimeExpression parse(String words, LocalDate planIssuedOn, Integer planYear) {
        if (words == null || words.isBlank()) {
            return TimeExpression.none();
        }
        String raw = FoldedText.foldWhitespace(words);
        PlanContext context = new PlanContext(planIssuedOn, planYear);
        String folded = FoldedText.fold(raw);
        if (folded.length() > LONGEST_PHRASE) {
            return TimeExpression.unresolved(raw);
        }
        String phrase = trimNoise(folded);
        TimeExpression read = readWhole(phrase, raw, context);
        Matcher label = LABEL.matcher(phrase);
        if (read == null && label.find()) {
            read = readWhole(trimNoise(phrase.substring(label.end())), raw, context);
        }
        return read == null ? TimeExpression.unresolved(raw) : read;
    }

    /**
     * Every time expression in running text, in text order, with offsets into {@code text}. Dates of
     * cited documents ("Quyết định số 2455/QĐ-UBND ngày 30/11/2018") and compared years are skipped.
     * Where expressions overlap, the longest is kept ("từ ngày 01/4 đến ngày 15/4/2019" is one).
     */
    public List<Found> findAll(String text, LocalDate planIssuedOn, Integer planYear) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        PlanContext context = new PlanContext(planIssuedOn, planYear);
        FoldedText folded = FoldedText.of(text);
        List<Candidate> candidates = new ArrayList<>();
        for (Rule rule : TimeRules.ALL) {
            Matcher m = rule.pattern().matcher(folded.text());
            while (m.find()) {
                candidates.add(new Candidate(m.start(), m.end(), Citations.isCitation(folded.text(), m.start()),
                        readMatch(rule, m, raw(text, folded, m.start(), m.end()), context)));
            }
        }
        candidates.sort(Comparator.comparingInt(Candidate::length).reversed().thenComparingInt(Candidate::start));
        boolean[] taken = new boolean[folded.text().length()];
        List<Found> found = new ArrayList<>();
        for (Candidate candidate : candidates) {
            if (isFree(taken, candidate)) {
                // a citation still takes its place, so the month inside "ngày 05 tháng 3 năm 2019" is not found either
                Arrays.fill(taken, candidate.start(), candidate.end(), true);
                if (!candidate.citation()) {
                    found.add(new Found(folded.originalStart(candidate.start()), folded.originalEnd(candidate.end()),
                            candidate.expression()));
                }
            }
        }
        found.sort(Comparator.comparingInt(Found::start));
        return found;
    }

    private record Candidate(int start, int end, boolean citation, TimeExpression expression) {
        int length() {
            return end - start;
        }
    }

    private static boolean isFree(boolean[] taken, Candidate candidate) {
        for (int i = candidate.start(); i < candidate.end(); i++) {
            if (taken[i]) {
                return false;
            }
        }
        return true;
    }

    private static String raw(String text, FoldedText folded, int start, int end) {
        return FoldedText.foldWhitespace(text.substring(folded.originalStart(start), folded.originalEnd(end)));
    }

    /** The first rule that matches the whole phrase decides; null when none does. */
    private static TimeExpression readWhole(String phrase, String raw, PlanContext context) {
        for (Rule rule : TimeRules.ALL) {
            Matcher m = rule.pattern().matcher(phrase);
            if (m.matches()) {
                return readMatch(rule, m, raw, context);
            }
        }
        return null;
    }

    private static TimeExpression readMatch(Rule rule, Matcher m, String raw, PlanContext context) {
        try {
            Reading reading = rule.reader().read(m, context);
            return reading == null ? TimeExpression.unresolved(raw) : reading.toExpression(raw, context);
        } catch (RuntimeException unexpected) {
            // a plan must always import: a reading that fails keeps the words for a person to read
            return TimeExpression.unresolved(raw);
        }
    }

    private static String trimNoise(String folded) {
        String phrase = LEADING_NOISE.matcher(folded).replaceFirst("");
        phrase = TRAILING_NOISE.matcher(phrase).replaceFirst("");
        return LEADING_VERB.matcher(phrase).replaceFirst("");
    }
}
