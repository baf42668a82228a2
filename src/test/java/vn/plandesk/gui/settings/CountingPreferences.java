package vn.plandesk.gui.settings;

import java.util.HashMap;
import java.util.Map;
import java.util.prefs.AbstractPreferences;

/** Preferences kept in memory that count how often they were written out. */
public final class CountingPreferences extends AbstractPreferences {
    private final Map<String, String> values = new HashMap<>();
    private int writes;

    public CountingPreferences() {
        super(null, "");
    }

    /** How many times {@code flush()} reached this node. */
    public int writes() {
        return writes;
    }

    @Override
    protected void putSpi(String key, String value) {
        values.put(key, value);
    }

    @Override
    protected String getSpi(String key) {
        return values.get(key);
    }

    @Override
    protected void removeSpi(String key) {
        values.remove(key);
    }

    @Override
    protected void removeNodeSpi() {
        values.clear();
    }

    @Override
    protected String[] keysSpi() {
        return values.keySet().toArray(String[]::new);
    }

    @Override
    protected String[] childrenNamesSpi() {
        return new String[0];
    }

    @Override
    protected AbstractPreferences childSpi(String name) {
        throw new UnsupportedOperationException("a flat node");
    }

    @Override
    protected void syncSpi() {
        // nothing stored elsewhere to read back
    }

    @Override
    protected void flushSpi() {
        writes++;
    }
}
