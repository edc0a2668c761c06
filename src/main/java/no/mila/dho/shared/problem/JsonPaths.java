package no.mila.dho.shared.problem;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import java.util.ArrayDeque;
import java.util.Deque;

/** Renders the location of a JSON error as a dotted path, e.g. {@code measurements[2].value}; {@code body} for the whole. */
final class JsonPaths {

    static final String BODY = "body";

    private JsonPaths() {
    }

    static String of(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                appendName(path, ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? BODY : path.toString();
    }

    /** Where the parser stood when it refused the document (for errors that carry no mapping path). */
    static String of(StreamReadException e) {
        JsonParser parser = e.getProcessor();
        if (parser == null || parser.getParsingContext() == null) {
            return BODY;
        }
        Deque<JsonStreamContext> levels = new ArrayDeque<>();
        for (JsonStreamContext c = parser.getParsingContext(); c != null && !c.inRoot(); c = c.getParent()) {
            levels.push(c);
        }
        StringBuilder path = new StringBuilder();
        for (JsonStreamContext level : levels) {
            if (level.inArray()) {
                path.append('[').append(Math.max(level.getCurrentIndex(), 0)).append(']');
            } else if (level.getCurrentName() != null) {
                appendName(path, level.getCurrentName());
            }
        }
        return path.isEmpty() ? BODY : path.toString();
    }

    private static void appendName(StringBuilder path, String name) {
        if (!path.isEmpty()) {
            path.append('.');
        }
        path.append(name);
    }
}
