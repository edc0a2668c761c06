package no.mila.dho.shared.problem;

/** Plain details for the HTTP-level rejections of the REST layer (never the framework's own text). */
public final class HttpDetails {

    private HttpDetails() {
    }

    public static String detailFor(int status) {
        return switch (status) {
            case 400 -> "The request could not be understood";
            case 401 -> "A valid bearer access token from the dho realm is required";
            case 403 -> "Your role may not use this endpoint";
            case 404 -> "No resource at this path";
            case 405 -> "This method is not allowed on this resource; see the Allow header";
            case 406 -> "The resource cannot answer in a media type you accept";
            case 415 -> "The request body must be JSON, sent with Content-Type: application/json";
            default -> "The request could not be carried out (HTTP " + status + ")";
        };
    }
}
