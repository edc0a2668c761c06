package no.mila.dho.robustness;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/** Pointers to every value below the root of a JSON document, and setting one of them in a copy. */
final class JsonFields {

    private JsonFields() {
    }

    static List<JsonPointer> of(JsonNode root) {
        List<JsonPointer> fields = new ArrayList<>();
        collect(root, JsonPointer.empty(), fields);
        return fields;
    }

    private static void collect(JsonNode node, JsonPointer at, List<JsonPointer> fields) {
        if (node.isObject()) {
            node.fields().forEachRemaining(f -> {
                JsonPointer child = at.appendProperty(f.getKey());
                fields.add(child);
                collect(f.getValue(), child, fields);
            });
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                fields.add(at.appendIndex(i));
                collect(node.get(i), at.appendIndex(i), fields);
            }
        }
    }

    static JsonNode set(JsonNode root, JsonPointer field, JsonNode value) {
        JsonNode copy = root.isContainerNode() ? root.deepCopy() : JsonNodeFactory.instance.objectNode();
        JsonNode parent = copy.at(field.head());
        if (parent instanceof ObjectNode object) {
            object.set(field.last().getMatchingProperty(), value);
        } else if (parent instanceof ArrayNode array) {
            array.set(field.last().getMatchingIndex(), value);
        }
        return copy;
    }
}
