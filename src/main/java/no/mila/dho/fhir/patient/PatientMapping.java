package no.mila.dho.fhir.patient;

import java.util.Date;
import no.mila.dho.fhir.server.ContainedPractitioner;
import no.mila.dho.fhir.server.FhirSystems;
import no.mila.dho.patient.application.PatientDetails;
import no.mila.dho.patient.application.PatientRecord;
import no.mila.dho.patient.domain.NationalIdentityNumber;
import org.hl7.fhir.r4.model.ContactPoint;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.PractitionerRole;
import org.hl7.fhir.r4.model.Reference;

/**
 * A patient's registration as a FHIR {@code Patient}: the fødselsnummer or D-number, name, birth date, phone; the GP
 * as a contained {@code Practitioner} with the HPR number ({@code generalPractitioner}); the responsible physician as
 * a contained {@code PractitionerRole} ("Ansvarlig lege") of their hospital department; the home municipality as a
 * contained {@code Organization} with its kommunenummer ({@code managingOrganization}: the municipality is
 * responsible for the patient's municipal follow-up).
 */
public final class PatientMapping {

    private PatientMapping() {
    }

    public static Patient toFhir(PatientRecord record, String municipalityName) {
        PatientDetails d = record.details();
        Patient patient = new Patient();
        patient.setId(record.id().toString());
        patient.getMeta().setLastUpdated(Date.from(record.updatedAt())).setVersionId(String.valueOf(record.version()));
        patient.addIdentifier(identifier(d.nationalId()));
        patient.addName().setUse(HumanName.NameUse.OFFICIAL).setFamily(d.familyName()).addGiven(d.givenName());
        patient.setBirthDate(java.sql.Date.valueOf(d.birthDate()));
        patient.setActive(true);
        if (d.phone() != null) {
            patient.addTelecom().setSystem(ContactPoint.ContactPointSystem.PHONE).setValue(d.phone());
        }
        if (d.gpHpr() != null || d.gpName() != null) {
            Practitioner gp = practitioner("gp", d.gpName(), d.gpHpr());
            patient.addContained(gp);
            patient.addGeneralPractitioner(new Reference("#gp").setDisplay(d.gpName()));
        }
        if (d.responsiblePhysicianHpr() != null || d.responsiblePhysicianName() != null) {
            Practitioner physician = practitioner("responsible-physician", d.responsiblePhysicianName(),
                    d.responsiblePhysicianHpr());
            PractitionerRole role = new PractitionerRole();
            role.setId("responsible");
            role.setPractitioner(new Reference("#responsible-physician").setDisplay(d.responsiblePhysicianName()));
            role.addCode().setText("Ansvarlig lege");
            patient.addContained(physician);
            if (d.responsibleDepartment() != null) {
                Organization department = new Organization();
                department.setId("department");
                department.setName(d.responsibleDepartment());
                department.addIdentifier().setSystem(FhirSystems.HOSPITAL_DEPARTMENT)
                        .setValue(d.responsibleDepartment());
                patient.addContained(department);
                role.setOrganization(new Reference("#department"));
            }
            patient.addContained(role);
            patient.addGeneralPractitioner(new Reference("#responsible").setDisplay(d.responsiblePhysicianName()));
        }
        Organization municipality = new Organization();
        municipality.setId("municipality");
        municipality.addIdentifier().setSystem(FhirSystems.KOMMUNENUMMER).setValue(d.municipality());
        municipality.setName(municipalityName != null ? municipalityName : d.municipality());
        municipality.addType().setText("Kommune");
        patient.addContained(municipality);
        patient.setManagingOrganization(new Reference("#municipality").setDisplay(municipality.getName()));
        return patient;
    }

    /**
     * The identifier of a national identity number: the fødselsnummer or D-number system by its first digit (a
     * D-number adds 4 to the first digit of the birth day). The stored number is not checked again here: a number
     * stored before a rule changed must still be shown, never turned into an error.
     */
    public static Identifier identifier(String nationalId) {
        boolean dNumber = NationalIdentityNumber.isDNumber(nationalId);
        return new Identifier().setUse(Identifier.IdentifierUse.OFFICIAL)
                .setSystem(dNumber ? FhirSystems.D_NUMMER : FhirSystems.FODSELSNUMMER).setValue(nationalId);
    }

    private static Practitioner practitioner(String id, String name, String hpr) {
        return ContainedPractitioner.of(id, name, hpr);
    }
}
