package no.mila.dho.threshold.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import no.mila.dho.measurement.domain.Limits;
import no.mila.dho.measurement.domain.MeasurementType;
import no.mila.dho.measurement.domain.RedLimits;
import no.mila.dho.measurement.domain.ThresholdSet;

/**
 * When limits are usable: ordered, inside the physiologically possible range of their type, and, for every type
 * the pathway measures, with a red limit on each of the type's dangerous sides (body weight: the weight trend
 * rule). A measured type leaves a version only by an explicit statement that it is no longer measured.
 * The one home of this rule: every path that stores a threshold version (defaults, patient versions, proposals,
 * demo data) asks it; the database checks the red limits again as a second line (migration V7). Which red
 * limits a type needs to be judged at all is the evaluation's rule ({@link RedLimits}), asked here.
 */
public final class ThresholdRules {

    private ThresholdRules() {
    }

    /** A problem with a version, named by the field of the request that carries it. */
    public record Violation(String field, String message) {
    }

    /** The order and range problems of one type's limits. */
    public static List<String> problems(MeasurementType type, Limits limits) {
        List<String> problems = new ArrayList<>(limits.orderProblems());
        for (BigDecimal limit : new BigDecimal[] {limits.redLow(), limits.yellowLow(), limits.yellowHigh(), limits.redHigh()}) {
            if (limit != null && !type.isPossible(limit)) {
                problems.add("limit " + limit.toPlainString() + " is outside " + type.possibleMin() + "-"
                        + type.possibleMax() + " " + type.unit());
            }
        }
        return problems;
    }

    /** Every problem of a whole version for a pathway that measures {@code measured}; empty when it may be stored. */
    public static List<Violation> versionProblems(Set<MeasurementType> measured, ThresholdSet set) {
        List<Violation> problems = new ArrayList<>();
        set.limits().forEach((type, limits) -> problems(type, limits)
                .forEach(p -> problems.add(new Violation("limits." + type, p))));
        for (Map.Entry<MeasurementType, String> statement : set.notMeasured().entrySet()) {
            notMeasuredProblem(statement.getKey(), statement.getValue(), set).ifPresent(problems::add);
        }
        for (MeasurementType type : measured) {
            if (!set.notMeasured().containsKey(type)) {
                redLimitProblem(type, set).ifPresent(problems::add);
            }
        }
        return problems;
    }

    /**
     * What a proposal leaves out that the version in force has: each type with limits (sent as {@code {}} on
     * purpose, a type has none) and the weight trend rule, unless stated as no longer measured. So nothing is
     * dropped from a patient's thresholds by leaving it out of a proposal.
     */
    public static List<Violation> omissions(ThresholdSet inForce, ThresholdSet proposed) {
        List<Violation> omitted = new ArrayList<>();
        inForce.limits().keySet().stream().filter(type -> !proposed.limits().containsKey(type)
                && !proposed.notMeasured().containsKey(type)).forEach(type -> omitted.add(new Violation("limits." + type,
                "is missing: the version in force has limits for " + type + "; send them (or {} to remove them on purpose)")));
        if (inForce.weightTrend().isPresent() && proposed.weightTrend().isEmpty()
                && !proposed.notMeasured().containsKey(MeasurementType.BODY_WEIGHT)) {
            omitted.add(new Violation("weightTrend", "is missing: the version in force has a weight trend rule"));
        }
        return omitted;
    }

    private static Optional<Violation> redLimitProblem(MeasurementType type, ThresholdSet set) {
        if (type == MeasurementType.BODY_WEIGHT) {
            return set.weightTrend().isPresent() ? Optional.empty() : Optional.of(new Violation("weightTrend",
                    "is required: the pathway measures BODY_WEIGHT, and the trend rule's red gain is its red limit "
                            + "(or state it in notMeasured with the reason)"));
        }
        List<String> missing = RedLimits.missing(type, set.limitsOf(type));
        return missing.isEmpty() ? Optional.empty() : Optional.of(new Violation("limits." + type,
                "must have " + String.join(" and ", missing) + ": the pathway measures " + type
                        + " (to stop measuring it, state it in notMeasured with the reason)"));
    }

    private static Optional<Violation> notMeasuredProblem(MeasurementType type, String reason, ThresholdSet set) {
        if (reason == null || reason.isBlank()) {
            return Optional.of(new Violation("notMeasured." + type, "must give the reason it is no longer measured"));
        }
        boolean hasLimits = !set.limitsOf(type).equals(Limits.NONE)
                || type == MeasurementType.BODY_WEIGHT && set.weightTrend().isPresent();
        return hasLimits ? Optional.of(new Violation("notMeasured." + type,
                "contradicts the limits sent for " + type + ": send either limits or the statement")) : Optional.empty();
    }
}
