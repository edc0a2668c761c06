package no.mila.dho.shared.web;

import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import no.mila.dho.shared.problem.ProblemException;

/**
 * Reads every {@code OffsetDateTime} parameter (e.g. {@code from}, {@code to}): ISO-8601 with an offset, between
 * {@link #EARLIEST} (inclusive) and {@link #END} (exclusive). Times outside that range mean nothing here and lie
 * partly outside what PostgreSQL can store; they are refused as a 400 naming the parameter.
 */
@Provider
public class TimeParameters implements ParamConverterProvider {

    public static final Instant EARLIEST = Instant.parse("1900-01-01T00:00:00Z");
    public static final Instant END = Instant.parse("+10000-01-01T00:00:00Z");

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        if (rawType != OffsetDateTime.class) {
            return null;
        }
        return (ParamConverter<T>) new Checked(nameOf(annotations));
    }

    private static String nameOf(Annotation[] annotations) {
        for (Annotation annotation : annotations) {
            if (annotation instanceof QueryParam query) {
                return query.value();
            }
            if (annotation instanceof PathParam path) {
                return path.value();
            }
            if (annotation instanceof HeaderParam header) {
                return header.value();
            }
        }
        return "parameter";
    }

    private record Checked(String name) implements ParamConverter<OffsetDateTime> {

        @Override
        public OffsetDateTime fromString(String value) {
            if (value == null) {
                return null;
            }
            OffsetDateTime time;
            try {
                time = OffsetDateTime.parse(value);
            } catch (DateTimeParseException e) {
                throw ProblemException.invalid(name, "must be an ISO-8601 time with offset, e.g. 2026-03-01T08:00:00+01:00");
            }
            Instant instant = time.toInstant();
            if (instant.isBefore(EARLIEST) || !instant.isBefore(END)) {
                throw ProblemException.invalid(name, "must be from year 1900 to year 9999");
            }
            return time;
        }

        @Override
        public String toString(OffsetDateTime value) {
            return value == null ? null : value.toString();
        }
    }
}
