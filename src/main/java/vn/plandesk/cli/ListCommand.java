package vn.plandesk.cli;

import java.util.List;
import picocli.CommandLine.Command;
import vn.plandesk.logic.i18n.Messages;
import vn.plandesk.logic.store.Store;
import vn.plandesk.model.PlanSummary;

/** {@code plandesk list}: one line per plan with its id, number, phase and task counts and subject. */
@Command(name = "list", mixinStandardHelpOptions = true)
final class ListCommand extends StoreCommand {

    @Override
    void run(Store store) {
        List<PlanSummary> plans = store.plans().list();
        if (plans.isEmpty()) {
            out().println(Messages.get("cli.list.empty"));
            return;
        }
        out().println(Messages.get("cli.list.header"));
        for (PlanSummary p : plans) {
            String number = p.numberAndSymbol() == null ? Messages.get("cli.list.noNumber") : p.numberAndSymbol();
            out().println(Messages.get("cli.list.row", p.id(), number, p.phaseCount(), p.taskCount(), p.subject()));
        }
    }
}
