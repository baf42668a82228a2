package vn.plandesk.logic.export.docx;

/**
 * How a plan is written as a Word document. {@code appendixOnly}: just the landscape appendix with
 * the assignment table. {@code draft}: the number and the day and month of the date are left blank
 * for the records clerk to fill in when the plan is signed. {@code subjectInCapitals}: the subject
 * (trích yếu) in UPPERCASE as many offices write it, else as typed (sentence case, per the decree).
 * {@code bodyPoints}: 13 or 14 pt body text.
 */
public record DocxOptions(boolean appendixOnly, boolean draft, boolean subjectInCapitals, int bodyPoints) {

    public DocxOptions {
        if (bodyPoints != 13 && bodyPoints != 14) {
            throw new IllegalArgumentException("body text is 13 or 14 pt (Decree 30/2020), not " + bodyPoints);
        }
    }

    /** The whole plan, numbered, subject as typed, 14 pt. */
    public static DocxOptions standard() {
        return new DocxOptions(false, false, false, 14);
    }

    public DocxOptions withAppendixOnly(boolean value) {
        return new DocxOptions(value, draft, subjectInCapitals, bodyPoints);
    }

    public DocxOptions withDraft(boolean value) {
        return new DocxOptions(appendixOnly, value, subjectInCapitals, bodyPoints);
    }

    public DocxOptions withSubjectInCapitals(boolean value) {
        return new DocxOptions(appendixOnly, draft, value, bodyPoints);
    }

    public DocxOptions withBodyPoints(int value) {
        return new DocxOptions(appendixOnly, draft, subjectInCapitals, value);
    }
}
