package no.mila.dho.shared.web;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.context.Context;
import io.opentelemetry.sdk.trace.ReadWriteSpan;
import io.opentelemetry.sdk.trace.ReadableSpan;
import io.opentelemetry.sdk.trace.SpanProcessor;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Arrays;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Keeps what callers search for out of the traces: the query string that OpenTelemetry records on a request's span
 * ({@code url.query}) keeps the names of its parameters, everything else becomes {@code REDACTED}. A patient search by name or
 * national identity number ({@code /api/patients?name=...&nationalId=...}) must not reach a trace collector
 * (ADR 0010). Used only while tracing is on.
 */
@ApplicationScoped
public class TraceQueryRedaction implements SpanProcessor {

    static final AttributeKey<String> URL_QUERY = AttributeKey.stringKey("url.query");
    static final String REDACTED = "REDACTED";
    private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_.-]{0,63}");

    @Override
    public void onStart(Context parent, ReadWriteSpan span) {
        String query = span.getAttribute(URL_QUERY);
        if (query != null && !query.isEmpty()) {
            span.setAttribute(URL_QUERY, redact(query));
        }
    }

    @Override
    public boolean isStartRequired() {
        return true;
    }

    @Override
    public void onEnd(ReadableSpan span) {
        // nothing to do when a span ends
    }

    @Override
    public boolean isEndRequired() {
        return false;
    }

    /**
     * {@code name=Ola&page=2} becomes {@code name=REDACTED&page=REDACTED}; a parameter without {@code =}, or whose
     * name is not a plain name, becomes {@code REDACTED} as a whole.
     */
    static String redact(String query) {
        return Arrays.stream(query.split("&", -1)).map(TraceQueryRedaction::redactParameter)
                .collect(Collectors.joining("&"));
    }

    private static String redactParameter(String parameter) {
        int equals = parameter.indexOf('=');
        if (equals < 0 || !NAME.matcher(parameter.substring(0, equals)).matches()) {
            return REDACTED;
        }
        return parameter.substring(0, equals + 1) + REDACTED;
    }
}
