package vn.plandesk.logic.export;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import vn.plandesk.logic.export.unitreport.UnitReport;
import vn.plandesk.logic.report.ProgressReport;
import vn.plandesk.logic.report.UrgingLetters;
import vn.plandesk.model.Plan;

/**
 * What an export writes: one plan, every task one unit takes part in across the plans, the report on
 * tasks carried out for a period, or the urging letters to the units behind (one file per unit).
 */
public sealed interface ExportSubject {

    /** Every format: a plan is written in all of them. */
    Set<ExportFormat> PLAN_FORMATS = Collections.unmodifiableSet(EnumSet.allOf(ExportFormat.class));

    /** A letter to the unit, a sheet, or its deadlines for a calendar. */
    Set<ExportFormat> UNIT_FORMATS = Collections.unmodifiableSet(EnumSet.of(ExportFormat.DOCX, ExportFormat.XLSX, ExportFormat.ICS));

    /** The report as a document to sign, or as a workbook whose totals are formulas. */
    Set<ExportFormat> REPORT_FORMATS = Collections.unmodifiableSet(EnumSet.of(ExportFormat.DOCX, ExportFormat.XLSX));

    /** Letters to sign. */
    Set<ExportFormat> LETTER_FORMATS = Collections.unmodifiableSet(EnumSet.of(ExportFormat.DOCX));

    /** The formats it can be written in. */
    Set<ExportFormat> formats();

    /** Whether it is written as several files into a folder ({@link ExportDestination#folder}) rather than as one. */
    default boolean writesFolder() {
        return false;
    }

    static ExportSubject plan(Plan plan) {
        return new OfPlan(plan);
    }

    static ExportSubject unit(UnitReport report) {
        return new OfUnit(report);
    }

    static ExportSubject report(ProgressReport report) {
        return new OfReport(report);
    }

    static ExportSubject letters(UrgingLetters letters) {
        return new OfLetters(letters);
    }

    /** A plan, in every format. */
    record OfPlan(Plan plan) implements ExportSubject {
        @Override
        public Set<ExportFormat> formats() {
            return PLAN_FORMATS;
        }
    }

    /** The tasks one unit takes part in. */
    record OfUnit(UnitReport report) implements ExportSubject {
        @Override
        public Set<ExportFormat> formats() {
            return UNIT_FORMATS;
        }
    }

    /** The report on tasks carried out for a period and a scope. */
    record OfReport(ProgressReport report) implements ExportSubject {
        @Override
        public Set<ExportFormat> formats() {
            return REPORT_FORMATS;
        }
    }

    /** One urging letter per unit, each a file named after its unit. */
    record OfLetters(UrgingLetters letters) implements ExportSubject {
        @Override
        public Set<ExportFormat> formats() {
            return LETTER_FORMATS;
        }

        @Override
        public boolean writesFolder() {
            return true;
        }
    }
}
