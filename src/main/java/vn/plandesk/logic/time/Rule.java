package vn.plandesk.logic.time;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One way of writing time: a pattern over {@link FoldedText} and how to read its match. The pattern
 * never starts or ends inside a word or number, so it serves both a whole phrase (matches) and a
 * search through running text (find).
 */
record Rule(Pattern pattern, Reader reader) {

    @FunctionalInterface
    interface Reader {
        /** The meaning of a match, or null when the words name no real time. */
        Reading read(Matcher match, PlanContext context);
    }

    static Rule of(String body, Reader reader) {
        return new Rule(Pattern.compile("(?<![a-z0-9])(?:" + body + ")(?![a-z0-9])"), reader);
    }
}
