package no.mila.dho.console.municipality;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import no.mila.dho.console.ConsoleFormat;
import no.mila.dho.console.ConsoleWords;
import no.mila.dho.patient.application.EquipmentRecord;
import no.mila.dho.patient.application.EquipmentService;
import no.mila.dho.patient.domain.EquipmentType;
import no.mila.dho.shared.problem.ProblemException;
import no.mila.dho.shared.problem.ProblemType;
import no.mila.dho.shared.time.ClockProducer;

/**
 * The patient's equipment: the devices handed out (newest first), a form to hand one out and one to record each
 * device out as returned, through {@link EquipmentService} as the API does (a device out with another patient, or one
 * already returned, is refused).
 */
@ApplicationScoped
class EquipmentPages {

    /** A device of the patient, as shown. */
    record Device(String id, String type, String serialNumber, String handedOutOn, String handedOutBy,
                  String returnedOn) {

        public boolean out() {
            return returnedOn.isEmpty();
        }
    }

    /** The page: the patient, their devices and the forms. */
    record EquipmentPage(PatientHeader.Shown patient, List<Device> devices, List<Option> types,
                         FormState form, String returning, String notice) {
    }

    private final PatientHeader header;
    private final EquipmentService equipment;
    private final Clock clock;

    EquipmentPages(PatientHeader header, EquipmentService equipment, Clock clock) {
        this.header = header;
        this.equipment = equipment;
        this.clock = clock;
    }

    EquipmentPage page(UUID patientId, String notice) {
        return page(patientId, blank(), "", notice);
    }

    Response handOut(UUID patientId, String type, String serialNumber, String handedOutOn) {
        FormState form = blank().with("type", type).with("serialNumber", serialNumber).with("handedOutOn", handedOutOn);
        EquipmentType device = Arrays.stream(EquipmentType.values()).filter(t -> t.name().equals(type)).findFirst()
                .orElse(null);
        if (device == null) {
            form.problem("type", "Velg utstyret.");
        }
        String serial = form.required("serialNumber", 100, "Skriv serienummeret.");
        LocalDate on = form.date("handedOutOn");
        try {
            check(form);
            equipment.handOut(patientId, device, serial, on);
            return done(patientId, "utlevert");
        } catch (ProblemException e) {
            if (e.type() == ProblemType.CONFLICT) {
                form.problem("serialNumber", "Dette utstyret er utlevert og ikke returnert.");
            }
            return refused(patientId, form, "", e);
        }
    }

    Response markReturned(UUID patientId, UUID equipmentId, String returnedOn) {
        FormState form = blank().with("returnedOn", returnedOn);
        LocalDate on = form.date("returnedOn");
        try {
            check(form);
            equipment.markReturned(patientId, equipmentId, on);
            return done(patientId, "returnert");
        } catch (ProblemException e) {
            return refused(patientId, form, equipmentId.toString(), e);
        }
    }

    private FormState blank() {
        String today = ConsoleFormat.date(ClockProducer.today(clock));
        return FormState.empty().with("handedOutOn", today).with("returnedOn", today);
    }

    private static void check(FormState form) {
        if (form.hasProblems()) {
            throw new ProblemException(ProblemType.VALIDATION_FAILED, "The equipment form has invalid fields");
        }
    }

    private static Response done(UUID patientId, String what) {
        return Response.seeOther(URI.create(PatientPages.path(patientId, "equipment") + "?utfort=" + what)).build();
    }

    private Response refused(UUID patientId, FormState form, String returning, ProblemException e) {
        PatientPages.refused(form, e);
        return Response.status(e.type().status()).type(MediaType.TEXT_HTML_TYPE)
                .entity(MunicipalityTemplates.equipment(page(patientId, form, returning, null))).build();
    }

    private EquipmentPage page(UUID patientId, FormState form, String returning, String notice) {
        PatientHeader.Shown patient = header.of(patientId);
        List<Device> devices = equipment.ofPatient(patientId).stream().map(EquipmentPages::device).toList();
        List<Option> types = Arrays.stream(EquipmentType.values())
                .map(t -> new Option(t.name(), ConsoleWords.equipment(t))).toList();
        return new EquipmentPage(patient, devices, types, form, returning, notice);
    }

    private static Device device(EquipmentRecord e) {
        return new Device(e.id().toString(), ConsoleWords.equipment(e.type()), e.serialNumber(),
                ConsoleFormat.date(e.handedOutOn()), e.handedOutByName() == null ? "" : e.handedOutByName(),
                ConsoleFormat.date(e.returnedOn()));
    }
}
