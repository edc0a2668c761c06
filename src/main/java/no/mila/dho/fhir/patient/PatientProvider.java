package no.mila.dho.fhir.patient;

import ca.uhn.fhir.rest.annotation.Count;
import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.Offset;
import ca.uhn.fhir.rest.annotation.Read;
import ca.uhn.fhir.rest.annotation.RequiredParam;
import ca.uhn.fhir.rest.annotation.Search;
import ca.uhn.fhir.rest.api.server.IBundleProvider;
import ca.uhn.fhir.rest.param.TokenParam;
import ca.uhn.fhir.rest.server.IResourceProvider;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;
import no.mila.dho.fhir.server.FhirPage;
import no.mila.dho.fhir.server.FhirPatientGate;
import no.mila.dho.fhir.server.FhirSystems;
import no.mila.dho.municipality.application.MunicipalityService;
import no.mila.dho.patient.application.PatientOverview;
import no.mila.dho.patient.application.PatientQueries;
import no.mila.dho.patient.domain.NationalIdentityNumber;
import no.mila.dho.shared.problem.ProblemException;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Patient;

/** {@code Patient}: read by id, search by {@code identifier} (fødselsnummer or D-number), for those who may see them. */
@Singleton
public class PatientProvider implements IResourceProvider {

    private final PatientQueries patients;
    private final MunicipalityService municipalities;

    public PatientProvider(PatientQueries patients, MunicipalityService municipalities) {
        this.patients = patients;
        this.municipalities = municipalities;
    }

    @Override
    public Class<Patient> getResourceType() {
        return Patient.class;
    }

    @Read
    public Patient read(@IdParam IdType id) {
        try {
            return toFhir(patients.get(FhirPatientGate.requireUuid(id)));
        } catch (ProblemException hidden) {
            throw FhirPatientGate.notFound("Patient/" + id.getIdPart());
        }
    }

    /** {@code identifier=urn:oid:2.16.578.1.12.4.1.4.1|<11 digits>} (or the D-number system, or no system). */
    @Search
    public IBundleProvider byIdentifier(@RequiredParam(name = Patient.SP_IDENTIFIER) TokenParam identifier,
                                        @Offset Integer offset, @Count Integer count) {
        FhirPage page = FhirPage.of(offset, count);
        String system = identifier.getSystem();
        String value = identifier.getValue();
        if (system != null && !system.isEmpty() && !system.equals(FhirSystems.FODSELSNUMMER)
                && !system.equals(FhirSystems.D_NUMMER)) {
            throw new InvalidRequestException("identifier: the system must be " + FhirSystems.FODSELSNUMMER
                    + " (fødselsnummer) or " + FhirSystems.D_NUMMER + " (D-nummer)");
        }
        if (value == null || !NationalIdentityNumber.isValid(value)) {
            throw new InvalidRequestException("identifier: the value must be a valid national identity number");
        }
        boolean dNumber = new NationalIdentityNumber(value).isDNumber();
        if (system != null && !system.isEmpty() && system.equals(FhirSystems.D_NUMMER) != dNumber) {
            return page.empty();
        }
        Optional<PatientOverview> found = patients.byNationalId(value);
        List<Patient> all = found.map(this::toFhir).stream().toList();
        return page.bundle(page.offset() == 0 && page.count() > 0 ? all : List.of(), all.size());
    }

    private Patient toFhir(PatientOverview overview) {
        String municipality = overview.patient().details().municipality();
        String name;
        try {
            name = municipalities.get(municipality).name();
        } catch (ProblemException unknown) {
            name = null;
        }
        return PatientMapping.toFhir(overview.patient(), name);
    }
}
