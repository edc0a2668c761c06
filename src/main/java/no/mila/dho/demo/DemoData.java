package no.mila.dho.demo;

import io.quarkus.arc.All;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import no.mila.dho.patient.domain.EpisodeState;
import no.mila.dho.patient.domain.EquipmentType;
import no.mila.dho.shared.time.ClockProducer;
import no.mila.dho.worklist.application.CadenceJob;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Demo patients for the local run ({@code dho.demo-data.enabled=true}; never in production). National ids are
 * synthetic test numbers (month + 80), so no real person is ever shown. Loaded once: a restart keeps them. Every
 * piece goes through the features' commands as one of the realm's {@link DemoUser}s, so the demo passes the same
 * rules as data entered through the API. Every demo patient has specialist Siri of Ahus's lung department as
 * responsible physician, so the hospital's FHIR client ({@code hospital-fhir}) sees those with written consent (the
 * allocated ones: Ola, Kari, Nils, Ingrid) and not Per and Anne, who are not yet allocated.
 */
@ApplicationScoped
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class);
    /** The sender of the reports of demo patients without a login. */
    static final String DEMO = "demo-data";
    /** The Keycloak subject of demo user ola.patient (fixed in keycloak/dho-realm.json). */
    static final String OLA_LOGIN = "5a0c4b1e-0000-4000-8000-000000000006";

    static final DemoPatient OLA = new DemoPatient("14835212352", "Ola", "Nordmann", "3209", OLA_LOGIN, "COPD", 9,
            EpisodeState.ACTIVE_BASELINE);
    static final DemoPatient KARI = new DemoPatient("02914721183", "Kari", "Hansen", "3228", null, "HEART_FAILURE",
            60, EpisodeState.ACTIVE);
    static final List<DemoPatient> OTHERS = List.of(
            new DemoPatient("23865833008", "Per", "Olsen", "3238", null, "COPD", 2, EpisodeState.REFERRED),
            new DemoPatient("09816114052", "Anne", "Berg", "3240", null, "COPD", 9, EpisodeState.ASSESSED),
            new DemoPatient("30884425189", "Nils", "Johansen", "3209", null, "HEART_FAILURE", 120, EpisodeState.PAUSED),
            new DemoPatient("17855531100", "Ingrid", "Larsen", "3230", null, "COPD", 300, EpisodeState.ENDED));

    private final boolean enabled;
    private final DemoPatients patients;
    private final DemoThresholds thresholds;
    private final DemoPlans plans;
    private final DemoReports reports;
    private final CadenceJob cadence;
    private final DemoRecipients recipients;
    private final Clock clock;
    private final List<DemoPart> parts;

    public DemoData(@ConfigProperty(name = "dho.demo-data.enabled", defaultValue = "false") boolean enabled,
                    DemoPatients patients, DemoThresholds thresholds, DemoPlans plans, DemoReports reports,
                    CadenceJob cadence, DemoRecipients recipients, Clock clock, @All List<DemoPart> parts) {
        this.enabled = enabled;
        this.patients = patients;
        this.thresholds = thresholds;
        this.plans = plans;
        this.reports = reports;
        this.cadence = cadence;
        this.recipients = recipients;
        this.clock = clock;
        this.parts = parts.stream().sorted(java.util.Comparator.comparingInt(DemoPart::order)).toList();
    }

    void onStart(@Observes StartupEvent event) {
        if (enabled) {
            load();
            parts.forEach(DemoPart::load);
            // the morning's cadence tasks at once, so that the worklist shows tasks as well as alerts
            cadence.run(ClockProducer.today(clock));
        }
    }

    @Transactional
    void load() {
        recipients.load();
        if (patients.isRegistered(OLA.nationalId())) {
            return;
        }
        UUID ola = patients.enrol(OLA);
        patients.handOut(ola, OLA, EquipmentType.PULSE_OXIMETER, "PO-1001");
        patients.handOut(ola, OLA, EquipmentType.BLOOD_PRESSURE_MONITOR, "BP-2001");
        UUID kari = patients.enrol(KARI);
        patients.handOut(kari, KARI, EquipmentType.BLOOD_PRESSURE_MONITOR, "BP-2002");
        OTHERS.forEach(patients::enrol);
        thresholds.propose(ola);
        plans.approved(ola, OLA.pathway(),
                List.of("Gå tur med barnebarna uten å stoppe", "Slutte å røyke innen sommeren"));
        plans.approved(kari, KARI.pathway(), List.of("Klare hagearbeidet selv"));
        reports.forOla(ola, OLA);
        reports.forKari(kari, KARI);
        LOG.info("Demo data loaded: 6 patients with synthetic national identity numbers, thresholds and reports");
    }
}
