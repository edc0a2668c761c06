package no.mila.dho.shared.web;

/**
 * A request refused with 401 before it reached a resource ({@link AuthenticationFirst}), fired as a CDI event so
 * that the access log can record an attempt on a patient's data without the web edge knowing the audit feature.
 */
public record UnauthenticatedRequest(String method, String path, String requestId) {
}
