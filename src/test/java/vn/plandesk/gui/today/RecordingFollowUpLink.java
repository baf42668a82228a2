package vn.plandesk.gui.today;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Where the "Hôm nay" links would lead, written down in the order followed (read from the test thread). */
final class RecordingFollowUpLink implements TodayViewModel.FollowUpLink {
    private final List<String> followed = new CopyOnWriteArrayList<>();

    @Override
    public void showOverdue() {
        followed.add("overdue");
    }

    @Override
    public void showDueWithin(int days) {
        followed.add("due within " + days);
    }

    /** "overdue" or "due within N" for each link followed. */
    List<String> followed() {
        return List.copyOf(followed);
    }
}
