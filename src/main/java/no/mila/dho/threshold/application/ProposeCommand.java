package no.mila.dho.threshold.application;

import no.mila.dho.measurement.domain.ThresholdSet;

/**
 * A proposed new version: the limits of every type (a type sent with no limits has none in the new version),
 * the weight trend rule, the measured types stated as no longer measured, the reason, and whether the proposing
 * physician orders it in the same step.
 */
public record ProposeCommand(String reason, ThresholdSet proposed, boolean orderNow, String orderNote) {
}
