package no.mila.dho.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.mila.dho.measurement.application.ReportCommand;
import no.mila.dho.measurement.application.ReportService;
import no.mila.dho.measurement.domain.MeasurementType;
import no.mila.dho.measurement.domain.ReportRules;

/**
 * Reports of the demo patients, sent through the real report service: Ola's daily baseline, and Kari's weekly
 * steady follow-up over the two months since her allocation, so that a hospital reading over FHIR sees a history.
 */
@ApplicationScoped
class DemoReports {

    private final ReportService reports;
    private final EntityManager entities;
    private final Clock clock;

    DemoReports(ReportService reports, EntityManager entities, Clock clock) {
        this.reports = reports;
        this.entities = entities;
        this.clock = clock;
    }

    /** Ola (COPD): green days, then a yellow day with SpO2 91 % and more breathlessness, then green again. */
    void forOla(UUID id, DemoPatient ola) {
        // the baseline: every day since the allocation nine days ago, green but on the yellow day
        for (int daysAgo = 8; daysAgo >= 5; daysAgo--) {
            send(id, ola, daysAgo, Map.of(MeasurementType.SPO2, String.valueOf(94 + daysAgo % 3),
                    MeasurementType.PULSE, String.valueOf(74 + daysAgo)), Map.of("BREATHLESSNESS", "AS_USUAL"));
        }
        send(id, ola, 4, Map.of(MeasurementType.SPO2, "95", MeasurementType.PULSE, "78", MeasurementType.SYSTOLIC,
                "138", MeasurementType.DIASTOLIC, "84"), Map.of("BREATHLESSNESS", "AS_USUAL"));
        send(id, ola, 3, Map.of(MeasurementType.SPO2, "94", MeasurementType.PULSE, "80"), Map.of("BREATHLESSNESS",
                "AS_USUAL"));
        send(id, ola, 2, Map.of(MeasurementType.SPO2, "91", MeasurementType.PULSE, "96"), Map.of("BREATHLESSNESS",
                "WORSE", "SPUTUM_COLOUR", "YELLOW_GREEN"));
        send(id, ola, 1, Map.of(MeasurementType.SPO2, "94", MeasurementType.PULSE, "82"), Map.of("BREATHLESSNESS",
                "AS_USUAL"));
    }

    /** Kari (heart failure): stable for weeks, then 2.4 kg gained in three days, which is yellow. */
    void forKari(UUID id, DemoPatient kari) {
        // the steady follow-up: once a week since the allocation, green
        for (int week = 8; week >= 1; week--) {
            send(id, kari, 7 * week, Map.of(MeasurementType.BODY_WEIGHT, "79." + (4 + week % 5),
                    MeasurementType.SYSTOLIC, String.valueOf(118 + week), MeasurementType.DIASTOLIC,
                    String.valueOf(70 + week), MeasurementType.PULSE, String.valueOf(66 + week)), Map.of());
        }
        send(id, kari, 3, Map.of(MeasurementType.BODY_WEIGHT, "80.0"), Map.of());
        send(id, kari, 2, Map.of(MeasurementType.BODY_WEIGHT, "80.6"), Map.of());
        send(id, kari, 0, Map.of(MeasurementType.BODY_WEIGHT, "82.4", MeasurementType.SYSTOLIC, "128",
                MeasurementType.DIASTOLIC, "76"), Map.of("SWOLLEN_LEGS", "MORE"));
    }

    private void send(UUID id, DemoPatient patient, int daysAgo, Map<MeasurementType, String> values,
                      Map<String, String> answers) {
        Instant at = clock.instant().minus(Duration.ofDays(daysAgo)).minus(Duration.ofHours(1));
        List<ReportRules.Sent> sent = values.entrySet().stream().map(e -> new ReportRules.Sent(e.getKey(),
                new BigDecimal(e.getValue()), e.getKey().unit(), e.getKey().name())).toList();
        // the report path reads and writes over JDBC: what the commands wrote through Hibernate goes first
        entities.flush();
        reports.submitFor(id, new ReportCommand(UUID.randomUUID(), at, sent, answers, null, null, null),
                new ReportService.Sender(patient.login() == null ? DemoData.DEMO : patient.login(), patient.name(),
                        "patient", false));
    }
}
