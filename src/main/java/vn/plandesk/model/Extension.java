package vn.plandesk.model;

import java.time.LocalDate;
import java.util.Objects;

/** A deadline extension (gia hạn) granted by the assigning body; the original deadline stays on the task. */
public record Extension(TimeExpression deadline, LocalDate grantedOn, String reason) {

    public Extension {
        Objects.requireNonNull(deadline, "an extension needs its new deadline");
        reason = Text.clean(reason);
    }
}
