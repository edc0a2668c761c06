package no.mila.dho.patient.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Compares the members of a JSON body with the components of the request record it is read into (nested
 * records included), naming each member by its JSON path: which are missing, and which the record does not have.
 */
final class RecordMembers {

    private RecordMembers() {
    }

    /** The members of {@code type} that {@code body} leaves out (other than {@code exempt}), nested ones included. */
    static List<String> missing(JsonNode body, Class<?> type, Set<String> exempt) {
        return missing(body, type, "", exempt);
    }

    /** The members of {@code body} that {@code type} does not have, nested ones included. */
    static List<String> unknown(JsonNode body, Class<?> type) {
        return unknown(body, type, "");
    }

    private static List<String> missing(JsonNode body, Class<?> type, String prefix, Set<String> exempt) {
        List<String> missing = new ArrayList<>();
        for (RecordComponent component : type.getRecordComponents()) {
            String path = prefix + component.getName();
            JsonNode value = body.get(component.getName());
            if (value == null && !exempt.contains(path)) {
                missing.add(path);
            } else if (value != null && value.isObject() && component.getType().isRecord()) {
                missing.addAll(missing(value, component.getType(), path + ".", exempt));
            }
        }
        return missing;
    }

    private static List<String> unknown(JsonNode body, Class<?> type, String prefix) {
        var components = Arrays.stream(type.getRecordComponents())
                .collect(Collectors.toMap(RecordComponent::getName, RecordComponent::getType));
        List<String> unknown = new ArrayList<>();
        body.fieldNames().forEachRemaining(name -> {
            Class<?> memberType = components.get(name);
            if (memberType == null) {
                unknown.add(prefix + name);
            } else if (memberType.isRecord() && body.get(name).isObject()) {
                unknown.addAll(unknown(body.get(name), memberType, prefix + name + "."));
            }
        });
        return unknown;
    }
}
