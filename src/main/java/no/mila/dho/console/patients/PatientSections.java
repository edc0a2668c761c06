package no.mila.dho.console.patients;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import no.mila.dho.audit.application.AccessLogQueries;
import no.mila.dho.console.ConsoleFormat;
import no.mila.dho.console.ConsoleWords;
import no.mila.dho.messaging.application.MessageThreads;
import no.mila.dho.patient.application.EpisodeQueries;
import no.mila.dho.patient.application.EpisodeRecord;
import no.mila.dho.patient.application.EquipmentService;
import no.mila.dho.patient.application.PatientDetails;
import no.mila.dho.patient.application.PatientOverview;
import no.mila.dho.patient.application.PatientQueries;
import no.mila.dho.patient.application.ReferenceData;
import no.mila.dho.shared.paging.PageRequest;
import no.mila.dho.shared.security.CurrentUser;
import no.mila.dho.shared.security.Roles;

/**
 * The patient page's sections, each from the application service its API endpoint calls, with that service's
 * access check: {@code /api/patients/{id}} (PatientQueries.get, first: a patient the caller may not see is a 404 before
 * anything is read), {@code episodes}, {@code equipment}, the clinical part ({@link ClinicalSections}) for nurses and
 * physicians, {@code messages} for nurses (as MessageThreads.service decides), {@code access-log} for nurses.
 */
@ApplicationScoped
class PatientSections {

    static final int LOG_ROWS = 20;
    static final int THREADS = 10;

    private final PatientQueries patients;
    private final EpisodeQueries episodes;
    private final EquipmentService equipment;
    private final ClinicalSections clinical;
    private final MessageThreads threads;
    private final AccessLogQueries log;
    private final ReferenceData reference;
    private final CurrentUser user;

    PatientSections(PatientQueries patients, EpisodeQueries episodes, EquipmentService equipment,
                    ClinicalSections clinical, MessageThreads threads, AccessLogQueries log, ReferenceData reference,
                    CurrentUser user) {
        this.patients = patients;
        this.episodes = episodes;
        this.equipment = equipment;
        this.clinical = clinical;
        this.threads = threads;
        this.log = log;
        this.reference = reference;
        this.user = user;
    }

    PatientPage page(UUID patientId, int days, int reportPage) {
        PatientOverview overview = patients.get(patientId);
        PatientDetails d = overview.patient().details();
        Map<String, String> pathways = reference.pathwayNamesNb();
        List<PatientPage.Episode> all = episodes.ofPatient(patientId).stream().map(e -> episode(e, pathways)).toList();
        List<PatientPage.Equipment> devices = equipment.ofPatient(patientId).stream()
                .map(e -> new PatientPage.Equipment(ConsoleWords.equipment(e.type()), e.serialNumber(),
                        ConsoleFormat.date(e.handedOutOn()), e.handedOutByName(), ConsoleFormat.date(e.returnedOn())))
                .toList();
        boolean seesClinical = user.hasRole(Roles.NURSE) || user.hasRole(Roles.PHYSICIAN);
        boolean nurse = user.hasRole(Roles.NURSE);
        return new PatientPage(patientId.toString(), d.givenName() + " " + d.familyName(), registration(d),
                all.isEmpty() ? null : all.get(0), all, devices,
                seesClinical ? clinical.of(patientId, days, reportPage) : null,
                nurse ? threads(patientId) : List.of(), nurse ? accessLog(patientId) : null);
    }

    private static List<PatientPage.Field> registration(PatientDetails d) {
        List<PatientPage.Field> fields = new ArrayList<>();
        fields.add(new PatientPage.Field("Fødselsnummer", d.nationalId()));
        fields.add(new PatientPage.Field("Fødselsdato", ConsoleFormat.date(d.birthDate())));
        fields.add(new PatientPage.Field("Kommune", d.municipality()));
        fields.add(new PatientPage.Field("Telefon", d.phone() == null ? "" : d.phone()));
        fields.add(new PatientPage.Field("Fastlege", person(d.gpName(), d.gpHpr())));
        fields.add(new PatientPage.Field("Ansvarlig lege", person(d.responsiblePhysicianName(),
                d.responsiblePhysicianHpr())));
        fields.add(new PatientPage.Field("Koordinator", d.coordinatorName() == null ? "" : d.coordinatorName()));
        return fields;
    }

    private static String person(String name, String hpr) {
        if (name == null && hpr == null) {
            return "";
        }
        return (name == null ? "" : name) + (hpr == null ? "" : " (HPR " + hpr + ")");
    }

    private static PatientPage.Episode episode(EpisodeRecord e, Map<String, String> pathways) {
        List<PatientPage.Step> trail = e.transitions().stream().map(t -> new PatientPage.Step(
                ConsoleFormat.dateTime(t.at()), PatientTexts.state(t.from()), PatientTexts.state(t.to()),
                t.actorName() + (t.actorRole() == null ? "" : " (" + ConsoleWords.role(t.actorRole()) + ")"),
                t.reason() == null ? "" : t.reason())).toList();
        return new PatientPage.Episode(e.id().toString(), pathways.getOrDefault(e.pathway(), e.pathway()),
                PatientTexts.state(e.state()), e.state().name(), ConsoleFormat.date(e.startDate()),
                ConsoleFormat.date(e.plannedEndDate()), trail);
    }

    private List<PatientPage.Thread> threads(UUID patientId) {
        return threads.threads(threads.service(patientId), new PageRequest(0, THREADS)).items().stream()
                .map(t -> new PatientPage.Thread(t.subject(), PatientTexts.author(t.startedBy()),
                        ConsoleFormat.dateTime(t.startedAt()), ConsoleFormat.dateTime(t.lastMessageAt()), t.unread()))
                .toList();
    }

    private PatientPage.AccessLog accessLog(UUID patientId) {
        var found = log.ofPatient(patientId, new PageRequest(0, LOG_ROWS));
        return new PatientPage.AccessLog(found.items().stream().map(a -> new PatientPage.Access(
                ConsoleFormat.dateTime(a.at()), a.actorName() == null ? "" : a.actorName(),
                ConsoleWords.role(a.actorRole()), PatientTexts.action(a.action()), a.resource(),
                PatientTexts.outcome(a.outcome()), a.reason() == null ? "" : a.reason())).toList(), found.totalItems());
    }
}
