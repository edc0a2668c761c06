package no.mila.dho.threshold.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Map;
import no.mila.dho.measurement.domain.MeasurementType;

/**
 * New default limits for a pathway. Every type the pathway measures keeps its red limits (body weight: the
 * trend rule); it leaves only by naming it in {@code notMeasured} with the reason.
 */
public record DefaultsRequest(@NotNull Map<MeasurementType, LimitsView> limits, @Valid TrendView weightTrend,
                              Map<MeasurementType, @NotBlank @Size(max = 1000) String> notMeasured) {
}
