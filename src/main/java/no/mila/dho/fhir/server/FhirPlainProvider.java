package no.mila.dho.fhir.server;

/**
 * A HAPI plain provider (system-level operations such as the report {@code transaction}) that the
 * {@link FhirServlet} registers. Implement it on a {@code @Singleton} bean: HAPI reads the provider's annotations
 * from its class, which a CDI client proxy would hide.
 */
public interface FhirPlainProvider {
}
