package no.mila.dho.shared.web;

import java.util.Optional;

/**
 * The route templates of paths that the REST layer does not serve (e.g. the FHIR server's, behind a servlet), for
 * the {@code uri} label of the HTTP metrics ({@link HttpUriTags}). A feature that serves such paths implements it.
 */
public interface PathTemplates {

    /** The template of {@code path} (e.g. {@code /fhir/r4/Patient/{id}}), empty if the path is not one of these. */
    Optional<String> templateOf(String path);
}
