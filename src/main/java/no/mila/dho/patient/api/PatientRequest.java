package no.mila.dho.patient.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import no.mila.dho.patient.application.PatientDetails;

/**
 * A patient's registration as a caller sends it. On registration {@code nationalId} is required and
 * {@code version} is not used. A full replacement (PUT) sends every member but {@code nationalId} and
 * {@code birthDate}, which, if sent, must be unchanged; a merge patch (PATCH) is applied to the stored
 * registration and the result checked the same way ({@link PatientBodies}). Ids, audit fields and the login
 * link cannot be set here.
 */
public record PatientRequest(
        @Size(max = 11) String nationalId,
        LocalDate birthDate,
        @NotBlank @Size(max = 100) String givenName,
        @NotBlank @Size(max = 100) String familyName,
        @NotNull @Pattern(regexp = "[0-9]{4}", message = "must be a four-digit municipality number") String municipality,
        @Pattern(regexp = "\\+?[0-9 ]{8,19}", message = "must be a phone number of 8-15 digits") String phone,
        @Valid Clinician gp,
        @Valid ResponsiblePhysician responsiblePhysician,
        @Valid StaffRef coordinator,
        Long version) {

    /** A clinician by name and HPR number (Helsepersonellregisteret). */
    public record Clinician(@Size(max = 200) String name,
                            @Pattern(regexp = "[0-9]{1,9}", message = "must be an HPR number (1-9 digits)") String hpr) {
    }

    /** The responsible physician: the GP or a hospital specialist with their department. */
    public record ResponsiblePhysician(@Size(max = 200) String name,
                                       @Pattern(regexp = "[0-9]{1,9}", message = "must be an HPR number (1-9 digits)") String hpr,
                                       @Size(max = 40) String department) {
    }

    /** A staff member by login subject and name. */
    public record StaffRef(@Size(max = 255) String subject, @Size(max = 200) String name) {
    }

    /** The stored registration in this form, the base a merge patch is applied to. */
    static PatientRequest of(PatientDetails d, long version) {
        return new PatientRequest(d.nationalId(), d.birthDate(), d.givenName(), d.familyName(), d.municipality(),
                d.phone(), new Clinician(d.gpName(), d.gpHpr()),
                new ResponsiblePhysician(d.responsiblePhysicianName(), d.responsiblePhysicianHpr(),
                        d.responsibleDepartment()),
                new StaffRef(d.coordinatorSubject(), d.coordinatorName()), version);
    }

    /** This registration with another GP and responsible physician. */
    PatientRequest withPhysicians(Clinician newGp, ResponsiblePhysician newResponsible) {
        return new PatientRequest(nationalId, birthDate, givenName, familyName, municipality, phone, newGp,
                newResponsible, coordinator, version);
    }

    PatientDetails details() {
        return new PatientDetails(nationalId, birthDate, givenName, familyName, municipality, phone,
                gp == null ? null : gp.name(), gp == null ? null : gp.hpr(),
                responsiblePhysician == null ? null : responsiblePhysician.name(),
                responsiblePhysician == null ? null : responsiblePhysician.hpr(),
                responsiblePhysician == null ? null : responsiblePhysician.department(),
                coordinator == null ? null : coordinator.subject(), coordinator == null ? null : coordinator.name());
    }
}
