package no.mila.dho.demo;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import no.mila.dho.threshold.application.ThresholdService;
import no.mila.dho.patient.application.EpisodeTransitions;
import no.mila.dho.patient.domain.EpisodeState;
import no.mila.dho.patient.domain.EquipmentType;
import no.mila.dho.patient.domain.ReferralSource;
import no.mila.dho.patient.persistence.EpisodeEntity;
import no.mila.dho.patient.persistence.EquipmentEntity;
import no.mila.dho.patient.persistence.PatientEntity;
import no.mila.dho.shared.time.ClockProducer;
import no.mila.dho.worklist.application.CadenceJob;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Demo patients for the local run ({@code dho.demo-data.enabled=true}; never in production). National ids are
 * synthetic test numbers (month + 80), so no real person is ever shown. Loaded once: a restart keeps them.
 */
@ApplicationScoped
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class);
    static final String DEMO = "demo-data";
    /** The Keycloak subject of demo user ola.patient (fixed in keycloak/dho-realm.json). */
    static final String OLA_LOGIN = "5a0c4b1e-0000-4000-8000-000000000006";

    private final boolean enabled;
    private final EpisodeTransitions transitions;
    private final DemoThresholds demoThresholds;
    private final DemoPlans demoPlans;
    private final CadenceJob cadence;
    private final ThresholdService thresholds;
    private final DemoReports reports;
    private final Clock clock;

    public DemoData(@ConfigProperty(name = "dho.demo-data.enabled", defaultValue = "false") boolean enabled,
                    EpisodeTransitions transitions, ThresholdService thresholds, DemoReports reports, Clock clock,
                    DemoThresholds demoThresholds, DemoPlans demoPlans, CadenceJob cadence) {
        this.enabled = enabled;
        this.cadence = cadence;
        this.demoPlans = demoPlans;
        this.demoThresholds = demoThresholds;
        this.transitions = transitions;
        this.thresholds = thresholds;
        this.reports = reports;
        this.clock = clock;
    }

    void onStart(@Observes StartupEvent event) {
        if (enabled) {
            load();
            // the morning's cadence tasks at once, so that the worklist shows tasks as well as alerts
            cadence.run(ClockProducer.today(clock));
        }
    }

    @Transactional
    void load() {
        if (PatientEntity.byNationalId("14835212352").isPresent()) {
            return;
        }
        LocalDate today = ClockProducer.today(clock);
        PatientEntity ola = patient("14835212352", "Ola", "Nordmann", "3209", OLA_LOGIN);
        episode(ola, "COPD", today.minusDays(9), EpisodeState.REFERRED, EpisodeState.ASSESSED, EpisodeState.ACTIVE_BASELINE);
        equipment(ola, EquipmentType.PULSE_OXIMETER, "PO-1001", today.minusDays(9));
        equipment(ola, EquipmentType.BLOOD_PRESSURE_MONITOR, "BP-2001", today.minusDays(9));
        PatientEntity kari = patient("02914721183", "Kari", "Hansen", "3228", null);
        episode(kari, "HEART_FAILURE", today.minusDays(60), EpisodeState.REFERRED, EpisodeState.ASSESSED,
                EpisodeState.ACTIVE_BASELINE, EpisodeState.ACTIVE);
        equipment(kari, EquipmentType.BLOOD_PRESSURE_MONITOR, "BP-2002", today.minusDays(60));
        episode(patient("23865833008", "Per", "Olsen", "3238", null), "COPD", today.minusDays(2), EpisodeState.REFERRED);
        episode(patient("09816114052", "Anne", "Berg", "3240", null), "COPD", today.minusDays(9),
                EpisodeState.REFERRED, EpisodeState.ASSESSED);
        episode(patient("30884425189", "Nils", "Johansen", "3209", null), "HEART_FAILURE", today.minusDays(120),
                EpisodeState.REFERRED, EpisodeState.ASSESSED, EpisodeState.ACTIVE_BASELINE, EpisodeState.ACTIVE,
                EpisodeState.PAUSED);
        episode(patient("17855531100", "Ingrid", "Larsen", "3230", null), "COPD", today.minusDays(300),
                EpisodeState.REFERRED, EpisodeState.ASSESSED, EpisodeState.ACTIVE_BASELINE, EpisodeState.ACTIVE,
                EpisodeState.ENDED);
        demoThresholds.propose(EpisodeEntity.openOf(ola.id).orElseThrow(), clock.instant());
        demoPlans.approved(EpisodeEntity.openOf(ola.id).orElseThrow(),
                List.of("Gå tur med barnebarna uten å stoppe", "Slutte å røyke innen sommeren"));
        demoPlans.approved(EpisodeEntity.openOf(kari.id).orElseThrow(), List.of("Klare hagearbeidet selv"));
        reports.forOla(ola);
        reports.forKari(kari);
        LOG.info("Demo data loaded: 6 patients with synthetic national identity numbers, thresholds and reports");
    }

    private PatientEntity patient(String nationalId, String given, String family, String municipality, String login) {
        PatientEntity p = new PatientEntity();
        p.id = UUID.randomUUID();
        p.nationalId = nationalId;
        p.birthDate = new no.mila.dho.patient.domain.NationalIdentityNumber(nationalId).birthDate();
        p.givenName = given;
        p.familyName = family;
        p.municipality = municipality;
        p.phone = "+47 400 00 000";
        p.gpName = "Lars Fastlege";
        p.gpHpr = "9200001";
        p.responsiblePhysicianName = "Siri Lungelege";
        p.responsiblePhysicianHpr = "9200002";
        p.responsibleDepartment = "AHUS_LUNG";
        p.loginSubject = login;
        p.coordinatorName = "Kari Koordinator";
        p.createdAt = clock.instant();
        p.createdBy = DEMO;
        p.updatedAt = p.createdAt;
        p.updatedBy = DEMO;
        p.persist();
        return p;
    }

    private void episode(PatientEntity patient, String pathway, LocalDate referredOn, EpisodeState... path) {
        EpisodeEntity e = new EpisodeEntity();
        e.id = UUID.randomUUID();
        e.patientId = patient.id;
        e.pathway = pathway;
        e.referralSource = ReferralSource.GP;
        e.referralOralConsent = true;
        e.referredOn = referredOn;
        e.state = EpisodeState.REFERRED;
        if (List.of(path).contains(EpisodeState.ACTIVE_BASELINE)) {
            e.consentDate = referredOn;
            e.consentCollectedByName = "Kari Koordinator";
            e.baselineNursingVisitsPerMonth = 8;
            e.baselineNursingMinutesPerMonth = 240;
            e.startDate = referredOn;
        }
        e.persistAndFlush();
        EpisodeState from = null;
        for (EpisodeState next : path) {
            e.state = next;
            transitions.record(e, from, DEMO, "Demo data", "system", "demo");
            if (next == EpisodeState.ACTIVE_BASELINE) {
                thresholds.copyDefault(patient.id, pathway, DEMO);
            }
            if (next == EpisodeState.ACTIVE) {
                demoThresholds.proposeOrderAndVerify(e, referredOn.plusDays(14).atStartOfDay(ClockProducer.OSLO).toInstant());
            }
            from = next;
        }
    }

    private void equipment(PatientEntity patient, EquipmentType type, String serial, LocalDate on) {
        EquipmentEntity eq = new EquipmentEntity();
        eq.id = UUID.randomUUID();
        eq.patientId = patient.id;
        eq.type = type;
        eq.serialNumber = serial;
        eq.handedOutOn = on;
        eq.handedOutBySubject = DEMO;
        eq.handedOutByName = "Kari Koordinator";
        eq.persist();
    }
}
