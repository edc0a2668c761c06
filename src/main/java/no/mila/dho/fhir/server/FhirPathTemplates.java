package no.mila.dho.fhir.server;

import ca.uhn.fhir.rest.server.IResourceProvider;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import no.mila.dho.shared.web.HttpUriTags;
import no.mila.dho.shared.web.PathTemplates;

/**
 * The route templates of the FHIR server's paths for the HTTP metrics' {@code uri} label ({@link HttpUriTags}): the
 * resource type where the server has a provider for it, ids as {@code {id}} and {@code {vid}}, operations as
 * {@code {operation}}; any other path below {@code /fhir/r4} is {@code /fhir/r4/UNMATCHED}. So a million patients'
 * reads are one series, and unknown types or deep paths add none.
 */
@ApplicationScoped
public class FhirPathTemplates implements PathTemplates {

    static final String BASE = "/fhir/r4";
    private static final Set<String> SERVER_PATHS = Set.of("metadata", ".well-known/smart-configuration");

    private final Set<String> types;

    @Inject
    public FhirPathTemplates(Instance<IResourceProvider> providers) {
        this(providers.stream().map(p -> p.getResourceType().getSimpleName()).collect(Collectors.toSet()));
    }

    FhirPathTemplates(Set<String> types) {
        this.types = Set.copyOf(types);
    }

    @Override
    public Optional<String> templateOf(String path) {
        if (path == null || !(path.equals(BASE) || path.startsWith(BASE + "/"))) {
            return Optional.empty();
        }
        String rest = path.substring(BASE.length()).replaceAll("^/+|/+$", "");
        if (rest.isEmpty()) {
            return Optional.of(BASE);
        }
        if (SERVER_PATHS.contains(rest)) {
            return Optional.of(BASE + "/" + rest);
        }
        return Optional.of(BASE + "/" + template(List.of(rest.split("/+"))));
    }

    private String template(List<String> segments) {
        String type = segments.get(0);
        if (segments.size() == 1 && type.startsWith("$")) {
            return "{operation}";
        }
        if (!types.contains(type) || segments.size() > 4) {
            return HttpUriTags.UNMATCHED;
        }
        return switch (segments.size()) {
            case 1 -> type;
            case 2 -> type + "/" + (segments.get(1).equals("_search") || segments.get(1).equals("_history")
                    ? segments.get(1) : segments.get(1).startsWith("$") ? "{operation}" : "{id}");
            case 3 -> type + "/{id}/" + (segments.get(2).equals("_history") ? "_history"
                    : segments.get(2).startsWith("$") ? "{operation}" : HttpUriTags.UNMATCHED);
            default -> segments.get(2).equals("_history") ? type + "/{id}/_history/{vid}" : HttpUriTags.UNMATCHED;
        };
    }
}
