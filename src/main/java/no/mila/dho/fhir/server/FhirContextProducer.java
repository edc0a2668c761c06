package no.mila.dho.fhir.server;

import ca.uhn.fhir.context.FhirContext;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/**
 * The one {@link FhirContext} (R4) of the application. It is expensive to create and thread-safe, so it is
 * built once at start-up and shared (as in hapi-fhir-jpaserver-starter).
 */
public class FhirContextProducer {

    @Produces
    @Singleton
    @Startup
    FhirContext fhirContext() {
        FhirContext fhir = FhirContext.forR4();
        // every mapping contains its resources explicitly (addContained with a "#id" reference): HAPI need not walk
        // each resource it encodes looking for references to resources without an id (measured in bench/)
        fhir.getParserOptions().setAutoContainReferenceTargetsWithNoId(false);
        return fhir;
    }
}
