package vn.plandesk.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The plan list redraws a row only when its summary is not equal to the one shown: a plan renamed, renumbered,
 * re-dated or given a task must compare unequal, whatever component changed.
 */
class PlanSummaryTest {
    private static final PlanSummary SHOWN = new PlanSummary(7, 3, DocumentType.KE_HOACH, "25/KH-KHCN", "Sở Khoa học và Công nghệ",
            LocalDate.of(2026, 3, 2), "Kế hoạch chuyển đổi số", PlanStatus.DRAFT, 4, 22);

    @Test
    void aSummaryChangedInAnyComponentIsNotEqual() throws Exception {
        RecordComponent[] components = PlanSummary.class.getRecordComponents();
        assertEquals(10, components.length, "a new component: give it a changed value below and compare it in equals");
        for (int changed = 0; changed < components.length; changed++) {
            PlanSummary other = copyWith(components, changed);
            assertNotEquals(SHOWN, other, components[changed].getName() + " changed");
            assertNotEquals(other, SHOWN, components[changed].getName() + " changed, compared the other way");
        }
    }

    @Test
    void equalSummariesAreEqualWithTheSameHash() throws Exception {
        PlanSummary same = copyWith(PlanSummary.class.getRecordComponents(), -1);
        assertEquals(SHOWN, same);
        assertEquals(SHOWN.hashCode(), same.hashCode());
        PlanSummary unnumbered = new PlanSummary(8, 1, DocumentType.KE_HOACH, null, null, null, "Chưa có số", PlanStatus.DRAFT, 0, 0);
        assertEquals(unnumbered, new PlanSummary(8, 1, DocumentType.KE_HOACH, null, null, null, "Chưa có số", PlanStatus.DRAFT, 0, 0));
        assertNotEquals(unnumbered, new PlanSummary(8, 1, DocumentType.KE_HOACH, "1/KH", null, null, "Chưa có số", PlanStatus.DRAFT, 0, 0));
        assertNotEquals(SHOWN, "25/KH-KHCN");
    }

    /** {@link #SHOWN} with the component at {@code changed} given another value (none changed for -1). */
    private static PlanSummary copyWith(RecordComponent[] components, int changed) throws Exception {
        Object[] values = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            Object value = components[i].getAccessor().invoke(SHOWN);
            values[i] = i == changed ? another(value) : value;
            types[i] = components[i].getType();
        }
        return PlanSummary.class.getDeclaredConstructor(types).newInstance(values);
    }

    private static Object another(Object value) {
        if (value instanceof Long l) {
            return l + 1;
        }
        if (value instanceof Integer i) {
            return i + 1;
        }
        if (value instanceof String s) {
            return s + " (sửa)";
        }
        if (value instanceof LocalDate d) {
            return d.plusDays(1);
        }
        if (value instanceof Enum<?> e) {
            Object[] constants = e.getDeclaringClass().getEnumConstants();
            return constants[(e.ordinal() + 1) % constants.length];
        }
        throw new AssertionError("no other value for " + value);
    }
}
