package vn.plandesk.logic.time;

import java.util.regex.Pattern;

/**
 * Dates in running text that are not deadlines. "Quyết định số 2455/QĐ-UBND ngày 30/11/2018" cites
 * a document and its date says when that document was issued; "so với năm 2023" compares.
 */
final class Citations {

    /** How far back (folded characters) a document number or comparison is looked for. */
    private static final int LOOK_BACK = 60;

    /**
     * A document number right before "ngày": "số 2455/QĐ-UBND", "12/KH-UBND,", "08-NQ/TU",
     * "số .../KH-UBND" (a template), "27/NQ- TW" (a space typed after the dash). Either "số" or
     * letters in the number, so "01/4" is no citation.
     */
    private static final Pattern DOCUMENT_NUMBER = Pattern.compile(
            "(?:(?<![a-z0-9])so:? ?[0-9.…][0-9a-z/.…-]*|[0-9]+(?:/| ?- ?)(?=(?:[0-9/.]| ?- ?)*[a-z])"
                    + "(?:[0-9a-z/.]| ?- ?)*),? $");
    private static final Pattern COMPARISON = Pattern.compile("(?<![a-z0-9])so voi (?:cung ky )?$");

    private Citations() {
    }

    /** Whether the time words starting at {@code start} of the folded text cite or compare. */
    static boolean isCitation(String folded, int start) {
        int from = Math.max(0, start - LOOK_BACK);
        if (COMPARISON.matcher(folded).region(from, start).find()) {
            return true;
        }
        return folded.startsWith("ngay", start) && DOCUMENT_NUMBER.matcher(folded).region(from, start).find();
    }
}
