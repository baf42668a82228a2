package vn.plandesk.gui;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * Tells every open view that something in the store changed, so the plan list, an open plan, the
 * follow-up view and the timeline show it. The view model that made the change publishes it once
 * the store has committed; views never listen to the store itself. Delivered on the JavaFX thread
 * by the publisher.
 */
public final class StoreChanges {

    /**
     * A committed change. {@code planId} is the plan that changed, or null when the change can touch
     * any plan (a unit renamed or merged). {@code origin} is the view model that made it, so it can
     * skip its own news.
     */
    public record Change(Long planId, Object origin) {
        public boolean touches(long plan) {
            return planId == null || planId == plan;
        }
    }

    /** Stops a subscription. */
    @FunctionalInterface
    public interface Subscription {
        void cancel();
    }

    private final List<Consumer<Change>> listeners = new CopyOnWriteArrayList<>();

    public Subscription subscribe(Consumer<Change> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    public void publish(Change change) {
        listeners.forEach(listener -> listener.accept(change));
    }

    public void planChanged(long planId, Object origin) {
        publish(new Change(planId, origin));
    }

    public void unitsChanged(Object origin) {
        publish(new Change(null, origin));
    }
}
