package vn.plandesk.logic.calendar;

/** The public holidays of Labor Code 2019, Article 112, and the days an office adds or moves. */
public enum Holiday {
    /** Tết Dương lịch, 1 January. */
    NEW_YEAR,
    /** Tết Nguyên đán: five days around lunar 1/1. */
    TET,
    /** Giỗ Tổ Hùng Vương, lunar 10/3. */
    HUNG_KINGS,
    /** Ngày Chiến thắng, 30 April. */
    REUNIFICATION,
    /** Ngày Quốc tế Lao động, 1 May. */
    LABOUR_DAY,
    /** Quốc khánh: 2 September and one adjacent day. */
    NATIONAL_DAY,
    /** Nghỉ bù: the working day given for a holiday that fell on a weekend. */
    COMPENSATORY,
    /** A day off the office or the Government added for the year. */
    OFFICE_DAY_OFF
}
