/**
 * The clinical web console (issue 17, docs/console.md): server-rendered pages (Qute) on the service itself under
 * {@code /console}, signed in through Keycloak (OIDC tenant {@code web-app}: authorization code flow with PKCE).
 * A leaf feature like {@code fhir}: its pages call the same application services as the JSON API (so the same
 * roles, the same {@code PatientAccess}, the same {@code @Audited} access log), never another feature's
 * persistence or tables. One resource class per URL root ({@code /console/worklist}, {@code /console/patients},
 * ...), each in its own sub-package with its templates under {@code templates/console/<page>/}.
 */
package no.mila.dho.console;
