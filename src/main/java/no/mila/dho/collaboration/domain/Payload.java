package no.mila.dho.collaboration.domain;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** A message's structured payload, in the order its keys are put; a null value is left out (not sent as null). */
final class Payload {

    private final Map<String, Object> map = new LinkedHashMap<>();

    static Payload of(MessagePatient patient) {
        return new Payload().put("patient", patient.payload());
    }

    Payload put(String key, Object value) {
        if (value != null) {
            map.put(key, value instanceof Map<?, ?> || value instanceof Iterable<?> || value instanceof Number
                    || value instanceof Boolean || value instanceof String ? value : value.toString());
        }
        return this;
    }

    Map<String, Object> map() {
        return Collections.unmodifiableMap(map);
    }
}
