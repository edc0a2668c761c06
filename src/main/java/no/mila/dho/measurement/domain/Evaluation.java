package no.mila.dho.measurement.domain;

import java.util.List;

/** The result of evaluating one report: the worst zone of its findings, and every finding. */
public record Evaluation(Zone zone, List<Finding> findings) {

    public List<Finding> nonGreen() {
        return findings.stream().filter(f -> f.zone() != Zone.GREEN).toList();
    }
}
