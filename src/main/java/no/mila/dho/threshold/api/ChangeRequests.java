package no.mila.dho.threshold.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Map;
import no.mila.dho.measurement.domain.MeasurementType;
import no.mila.dho.threshold.application.ProposeCommand;

/** The bodies of the threshold change steps, and why a step on a request is refused with 409. */
public final class ChangeRequests {

    static final String STEP_REFUSED = "The request is not in a status this step follows (illegal-transition), "
            + "you sent an old version (concurrent-modification), or the patient's episode takes no threshold "
            + "changes (not-in-follow-up)";

    private ChangeRequests() {
    }

    /**
     * A proposed new version: the limits of every type (all limits of the new version, not only the changed ones;
     * a type sent as {@code {}} has no limits), the weight trend rule where the pathway has one, and the reason.
     * A type the pathway measures keeps its red limits; it leaves only by naming it in {@code notMeasured} with
     * the reason it is no longer measured.
     * A physician who is the patient's may set {@code order} to order it in the same step.
     */
    public record Propose(@NotBlank @Size(max = 1000) String reason,
                          @NotNull Map<MeasurementType, LimitsView> limits,
                          @Valid TrendView weightTrend,
                          Map<MeasurementType, @NotBlank @Size(max = 1000) String> notMeasured,
                          boolean order,
                          @Size(max = 1000) String orderNote) {

        ProposeCommand command() {
            return new ProposeCommand(reason, LimitsView.toDomain(limits, weightTrend, notMeasured), order, orderNote);
        }
    }

    /** Ordering (forordning) by the patient's physician; {@code version} is the request's current version. */
    public record Order(@NotNull Long version, @Size(max = 1000) String note) {
    }

    /**
     * Verification by a second person, confirming that the entered values match the physician's order; if they
     * do not, reject the request instead.
     */
    public record Verify(@NotNull Long version,
                         @NotNull @AssertTrue(message = "must be true: verify only values that match the order; reject the request otherwise")
                         Boolean valuesMatchOrder,
                         @Size(max = 1000) String note) {
    }

    /** Rejecting or withdrawing, with the reason. */
    public record Close(@NotNull Long version, @NotBlank @Size(max = 1000) String reason) {
    }
}
