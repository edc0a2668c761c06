package no.mila.dho.fhir.server;

import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Pointcut;
import jakarta.inject.Singleton;
import java.util.Date;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hl7.fhir.instance.model.api.IBaseConformance;
import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Enumerations;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.UriType;

/**
 * Completes the CapabilityStatement that HAPI generates from the resource providers (so it lists exactly what is
 * served): name, publisher, date, the implementation, and the security: SMART on FHIR with Keycloak's token and
 * authorization endpoints (the {@code oauth-uris} extension), the same the SMART configuration names.
 */
@Singleton
public class FhirCapabilities {

    /** When the service started: the statement describes this running instance. */
    private final Date started = new Date();
    private final SmartConfiguration smart;

    public FhirCapabilities(SmartConfiguration smart) {
        this.smart = smart;
    }

    @Hook(Pointcut.SERVER_CAPABILITY_STATEMENT_GENERATED)
    public void complete(IBaseConformance generated) {
        CapabilityStatement statement = (CapabilityStatement) generated;
        statement.setName("MilaDhoFhirServer").setTitle("MILA digital home follow-up (DHO): FHIR R4")
                .setStatus(Enumerations.PublicationStatus.ACTIVE).setPublisher("MILA DHO")
                .setDate(started).setKind(CapabilityStatement.CapabilityStatementKind.INSTANCE)
                .setFhirVersion(Enumerations.FHIRVersion._4_0_1);
        statement.getSoftware().setName("MILA DHO backend");
        statement.getImplementation().setDescription("MILA digital home follow-up: home measurements, alerts, "
                + "self-management plans and tasks of the follow-up service");
        for (CapabilityStatement.CapabilityStatementRestComponent rest : statement.getRest()) {
            rest.setSecurity(security());
        }
    }

    private CapabilityStatement.CapabilityStatementRestSecurityComponent security() {
        CapabilityStatement.CapabilityStatementRestSecurityComponent security =
                new CapabilityStatement.CapabilityStatementRestSecurityComponent();
        security.setCors(false).addService(new CodeableConcept(new Coding(
                "http://terminology.hl7.org/CodeSystem/restful-security-service", "SMART-on-FHIR", "SMART-on-FHIR")));
        security.setDescription("OAuth 2.0 bearer tokens from Keycloak realm dho; SMART scopes (system/, user/, "
                + "patient/ with .rs, .c) on top of the roles; see /fhir/r4/.well-known/smart-configuration");
        Extension uris = security.addExtension()
                .setUrl("http://fhir-registry.smarthealthit.org/StructureDefinition/oauth-uris");
        uris.addExtension("token", new UriType(smart.tokenEndpoint()));
        uris.addExtension("authorize", new UriType(smart.authorizationEndpoint()));
        return security;
    }
}
