package vn.plandesk.logic.export;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import vn.plandesk.logic.export.unitreport.UnitReport;
import vn.plandesk.model.Plan;

/** What an export writes: one plan, or every task one unit takes part in across the plans. */
public sealed interface ExportSubject {

    /** Every format: a plan is written in all of them. */
    Set<ExportFormat> PLAN_FORMATS = Collections.unmodifiableSet(EnumSet.allOf(ExportFormat.class));

    /** A letter to the unit, a sheet, or its deadlines for a calendar. */
    Set<ExportFormat> UNIT_FORMATS = Collections.unmodifiableSet(EnumSet.of(ExportFormat.DOCX, ExportFormat.XLSX, ExportFormat.ICS));

    /** The formats it can be written in. */
    Set<ExportFormat> formats();

    static ExportSubject plan(Plan plan) {
        return new OfPlan(plan);
    }

    static ExportSubject unit(UnitReport report) {
        return new OfUnit(report);
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
}
