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
        return FhirContext.forR4();
    }
}
