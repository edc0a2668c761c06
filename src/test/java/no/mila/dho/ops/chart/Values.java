package no.mila.dho.ops.chart;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** Values files merged as Helm merges them: maps key by key, anything else replaced, a null removes the key. */
final class Values {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private Values() {
    }

    static String merged(Path defaults, Path overrides) {
        try {
            return YAML.writeValueAsString(merge(read(defaults), read(overrides)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Map<String, Object> read(Path file) throws IOException {
        Map<String, Object> values = YAML.readValue(file.toFile(), new TypeReference<>() { });
        return values == null ? new LinkedHashMap<>() : values;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> merge(Map<String, Object> base, Map<String, Object> over) {
        Map<String, Object> out = new LinkedHashMap<>(base);
        over.forEach((key, value) -> {
            if (value == null) {
                out.remove(key);
            } else if (value instanceof Map<?, ?> map && out.get(key) instanceof Map<?, ?> existing) {
                out.put(key, merge((Map<String, Object>) existing, (Map<String, Object>) map));
            } else {
                out.put(key, value);
            }
        });
        return out;
    }
}
