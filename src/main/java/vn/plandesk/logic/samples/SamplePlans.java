package vn.plandesk.logic.samples;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import vn.plandesk.logic.json.PlanJson;
import vn.plandesk.logic.json.PlanJsonException;
import vn.plandesk.logic.store.PlanStore;
import vn.plandesk.logic.store.StoreException;
import vn.plandesk.model.Plan;

/**
 * The two real plans shipped inside the application, offered when the store is empty so that a
 * new user sees real plans at once.
 */
public final class SamplePlans {
    private static final List<String> RESOURCES = List.of(
            "/vn/plandesk/samples/ke-hoach-25-KH-KHCN-bac-giang.json",
            "/vn/plandesk/samples/ke-hoach-de-an-doanh-nghiep-lang-son.json");

    private SamplePlans() {
    }

    /** The sample plans, read from the application's own files. */
    public static List<Plan> plans() {
        PlanJson json = new PlanJson();
        List<Plan> plans = new ArrayList<>();
        for (String resource : RESOURCES) {
            try (InputStream in = SamplePlans.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("sample plan missing from the application: " + resource);
                }
                plans.add(json.read(in));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (PlanJsonException e) {
                throw new IllegalStateException("sample plan " + resource + " does not read: " + e.key(), e);
            }
        }
        return plans;
    }

    /** Stores the sample plans and returns their ids. */
    public static List<Long> addTo(PlanStore store) throws StoreException {
        List<Long> ids = new ArrayList<>();
        for (Plan plan : plans()) {
            ids.add(store.create(plan));
        }
        return ids;
    }
}
