package no.mila.dho.shared.web;

import io.micrometer.core.instrument.Tags;
import io.quarkus.micrometer.runtime.HttpServerMetricsTagsContributor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.util.Optional;

/**
 * Keeps the {@code uri} label of {@code http_server_requests_seconds} bounded: the REST layer's route template where
 * it matched one; the template another feature names ({@link PathTemplates}, e.g. the FHIR server's); otherwise
 * {@code NOT_FOUND} for a 404 and {@code UNMATCHED} for anything else, never the raw path. Without this every
 * unauthenticated request to a new path made a series of its own: {@link AuthenticationFirst} answers 401 before the
 * REST layer matches a route, so no template is known.
 */
@ApplicationScoped
public class HttpUriTags implements HttpServerMetricsTagsContributor {

    public static final String UNMATCHED = "UNMATCHED";
    public static final String NOT_FOUND = "NOT_FOUND";
    /** Where the REST layer leaves the template it matched (the request's context local data). */
    private static final String REST_TEMPLATE = "UrlPathTemplate";

    private final Instance<PathTemplates> templates;

    public HttpUriTags(Instance<PathTemplates> templates) {
        this.templates = templates;
    }

    @Override
    public Tags contribute(Context context) {
        String path = context.request().path();
        Object rest = context.requestContextLocalData(REST_TEMPLATE);
        return Tags.of("uri", uri(path, rest instanceof String s ? Optional.of(s) : Optional.empty(),
                context.response() == null ? 0 : context.response().statusCode()));
    }

    private String uri(String path, Optional<String> restTemplate, int status) {
        for (PathTemplates known : templates) {
            Optional<String> template = known.templateOf(path);
            if (template.isPresent()) {
                return template.get();
            }
        }
        return restTemplate.filter(t -> !t.isBlank()).orElse(status == 404 ? NOT_FOUND : UNMATCHED);
    }
}
