package no.mila.dho.robustness;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import no.mila.dho.testsupport.SyntheticIds;

/**
 * Request bodies generated from an OpenAPI schema, plausible enough to pass the parser and often the
 * validation (field names hint at the domain: national ids with valid check digits, municipality numbers,
 * pathways, measurement types), so that a malformation applied to them reaches deep into the service.
 */
final class BodyGenerator {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final Arbitrary<String> TEXT = Arbitraries.strings().alpha().numeric().withChars("æøåÆØÅ -'.,")
            .ofMinLength(1).ofMaxLength(30);
    private static final Map<String, List<String>> WORDS = Map.of(
            "municipality", List.of("3209", "3228", "0301", "9999"),
            "number", List.of("3209", "3228", "9998"),
            "pathway", List.of("COPD", "HEART_FAILURE", "DIABETES"),
            "department", List.of("AHUS_LUNG", "AHUS_HEART", "NOWHERE"),
            "hpr", List.of("9200001", "9100001", "1"),
            "phone", List.of("+47 900 00 000", "90000000"),
            "unit", List.of("%", "/min", "mmHg", "kg", "Cel"));
    private static final Map<String, List<String>> KEYS = Map.of(
            "limits", List.of("SPO2", "PULSE", "SYSTOLIC", "DIASTOLIC", "BODY_TEMPERATURE", "WEIGHT"),
            "zones", List.of("GREEN", "YELLOW", "RED"),
            "answers", List.of("BANKID", "OWN_DEVICE_4G", "MOTIVATED", "PARTNER_RESIDENT", "LIVES_AT_HOME",
                    "ADULT_CAN_CONSENT", "COPD_GROUP_E", "COPD_GROUP_B_ANXIETY"),
            "symptoms", List.of("BREATHLESSNESS", "COUGH", "SPUTUM", "SWELLING"));

    private final ApiOperations document;
    private final Random random;

    BodyGenerator(ApiOperations document, Random random) {
        this.document = document;
        this.random = random;
    }

    JsonNode generate(JsonNode schema) {
        return value(schema, "", 0);
    }

    private JsonNode value(JsonNode raw, String name, int depth) {
        JsonNode schema = document.resolve(raw);
        if (schema.has("enum")) {
            JsonNode values = schema.get("enum");
            return values.get(random.nextInt(values.size()));
        }
        String type = schema.path("type").asText("object");
        return switch (type) {
            case "object" -> schema.has("additionalProperties") ? map(schema, name, depth) : object(schema, depth);
            case "array" -> array(schema, name, depth);
            case "integer" -> JSON.numberNode(integer(schema, name));
            case "number" -> JSON.numberNode(20 + random.nextInt(1600) / 10.0);
            case "boolean" -> JSON.booleanNode(random.nextInt(4) != 0);
            default -> JSON.textNode(text(schema, name));
        };
    }

    private ObjectNode object(JsonNode schema, int depth) {
        ObjectNode object = JSON.objectNode();
        schema.path("required").forEach(r -> object.set(r.asText(),
                value(schema.path("properties").path(r.asText()), r.asText(), depth + 1)));
        schema.path("properties").fields().forEachRemaining(p -> {
            if (!object.has(p.getKey()) && depth < 3 && random.nextBoolean()) {
                object.set(p.getKey(), value(p.getValue(), p.getKey(), depth + 1));
            }
        });
        return object;
    }

    /** Maps ({@code additionalProperties}) with keys the domain knows, filled in under their parent's name. */
    private ObjectNode map(JsonNode schema, String name, int depth) {
        ObjectNode map = JSON.objectNode();
        List<String> keys = KEYS.getOrDefault(name, List.of("X"));
        for (String key : keys) {
            if (random.nextInt(4) != 0) {
                map.set(key, value(schema.get("additionalProperties"), key, depth + 1));
            }
        }
        return map;
    }

    private ArrayNode array(JsonNode schema, String name, int depth) {
        ArrayNode array = JSON.arrayNode();
        int size = Math.max(schema.path("minItems").asInt(0), random.nextInt(3));
        for (int i = 0; i < size; i++) {
            array.add(value(schema.path("items"), name, depth + 1));
        }
        return array;
    }

    private long integer(JsonNode schema, String name) {
        if (name.equals("version")) {
            return random.nextInt(3);
        }
        long min = schema.path("minimum").asLong(0);
        long max = schema.path("maximum").asLong(min + 300);
        return min + (long) (random.nextDouble() * (max - min));
    }

    private String text(JsonNode schema, String name) {
        String format = schema.path("format").asText("");
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        return switch (format) {
            case "date" -> today.plusDays(random.nextInt(11) - 5).toString();
            case "date-time" -> OffsetDateTime.now(ZoneOffset.ofHours(1)).minusMinutes(random.nextInt(600))
                    .withNano(0).toString();
            case "uuid" -> UUID.randomUUID().toString();
            default -> name.equals("nationalId") ? SyntheticIds.next()
                    : WORDS.containsKey(name) ? pick(WORDS.get(name)) : sample(TEXT);
        };
    }

    private String pick(List<String> values) {
        return values.get(random.nextInt(values.size()));
    }

    /** One value of a jqwik arbitrary, drawn from this generator's seeded random (edge cases included). */
    <T> T sample(Arbitrary<T> arbitrary) {
        return arbitrary.generatorWithEmbeddedEdgeCases(100).next(random).value();
    }
}
