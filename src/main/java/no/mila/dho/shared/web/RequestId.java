package no.mila.dho.shared.web;

import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The id of one HTTP request: taken from the caller's {@code X-Request-Id} when it is a sensible token,
 * generated otherwise. It is echoed in every response, written in every log line and in problem bodies; it is not the
 * trace id, which OpenTelemetry gives while tracing is on (ADR 0010).
 */
public final class RequestId {

    public static final String HEADER = "X-Request-Id";
    public static final String MDC_KEY = "requestId";
    /** The attribute of the request's server span that holds the id, while tracing is on (ADR 0010). */
    public static final String SPAN_ATTRIBUTE = "dho.request_id";
    private static final Pattern ACCEPTED = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

    private RequestId() {
    }

    /** The caller's id when it is 1-128 characters of letters, digits and {@code . _ : -}; a new UUID otherwise. */
    public static String acceptOrGenerate(String fromCaller) {
        if (fromCaller != null && ACCEPTED.matcher(fromCaller).matches()) {
            return fromCaller;
        }
        return UUID.randomUUID().toString();
    }
}
