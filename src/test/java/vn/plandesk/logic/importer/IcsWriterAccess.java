package vn.plandesk.logic.importer;

import java.lang.reflect.Method;

/** Reaches the writer's escaping rule for a direct check. */
final class IcsWriterAccess {
    private IcsWriterAccess() {
    }

    static String escape(String text) throws ReflectiveOperationException {
        Method m = vn.plandesk.logic.export.ical.IcsWriter.class.getDeclaredMethod("escape", String.class);
        m.setAccessible(true);
        return (String) m.invoke(null, text);
    }
}
