package vn.plandesk.gui.settings;

import vn.plandesk.logic.i18n.Messages;

/** A run of PlanDesk as far as its settings go, driven by {@link SettingsTest}: changes them and ends, or prints them. */
public final class SettingsProcess {
    private SettingsProcess() {
    }

    public static void main(String[] args) {
        Settings settings = Settings.forUser();
        if (args[0].equals("change")) {
            settings.setLanguage(Messages.ENGLISH);
            settings.setLastPlan(42L);
            settings.setStoreLocation("postgresql://may-chu:5432/plandesk?user=vanthu");
        } else {
            System.out.println(settings.language().map(l -> l.getLanguage()).orElse("-") + " "
                    + settings.lastPlan().orElse(-1) + " " + settings.storeLocation().orElse("-"));
        }
    }
}
