package vn.plandesk.gui.settings;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.prefs.AbstractPreferences;

/**
 * Preferences kept in memory that count how often they were written out. Made with a reading time, they
 * are "read from their file" on first use, as java.util.prefs reads a node's file, taking that long and
 * noting on which thread.
 */
public final class CountingPreferences extends AbstractPreferences {
    private final Map<String, String> values = new HashMap<>();
    private final Duration reading;
    private String readOn;
    private int writes;

    public CountingPreferences() {
        this(Map.of(), Duration.ZERO);
    }

    /** A node whose file holds {@code stored} and takes {@code reading} to be read. */
    public CountingPreferences(Map<String, String> stored, Duration reading) {
        super(null, "");
        values.putAll(stored);
        this.reading = reading;
    }

    /** The thread the node was first used on (its file read), or null while it was not. */
    public synchronized String readOn() {
        return readOn;
    }

    private synchronized void readIfNotYet() {
        if (readOn == null) {
            readOn = Thread.currentThread().getName();
            try {
                Thread.sleep(reading.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** How many times {@code flush()} reached this node. */
    public int writes() {
        return writes;
    }

    @Override
    protected void putSpi(String key, String value) {
        readIfNotYet();
        values.put(key, value);
    }

    @Override
    protected String getSpi(String key) {
        readIfNotYet();
        return values.get(key);
    }

    @Override
    protected void removeSpi(String key) {
        readIfNotYet();
        values.remove(key);
    }

    @Override
    protected void removeNodeSpi() {
        values.clear();
    }

    @Override
    protected String[] keysSpi() {
        readIfNotYet();
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
