/**
 * MILA digital home follow-up (digital hjemmeoppfølging, DHO) backend.
 *
 * <p>Packages are organised by feature ({@code municipality}, {@code identity}, {@code fhir}, ...); inside
 * a feature, {@code domain} holds pure Java rules (no Quarkus, JPA, Jackson or HAPI), {@code api} the REST
 * resources and DTOs, {@code persistence} the Panache entities and {@code application} the transactions.
 */
package no.mila.dho;
