package no.mila.dho.robustness;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

/**
 * The ways a generated body is broken: wrong types, extremes, control characters, invalid UTF-8, huge and
 * deeply nested bodies, duplicate keys, unknown fields, trailing garbage, no body, no Content-Type.
 * Each kind is applied to one field chosen at random (the seeded random of the run).
 */
final class Malformations {

    static final List<String> KINDS = List.of("schema-valid", "wrong-type", "extreme-number", "long-string",
            "control-character", "hostile-string", "invalid-utf8", "extreme-date", "null-field", "duplicate-key",
            "unknown-field", "trailing-garbage", "empty-body", "no-content-type", "wrong-content-type",
            "wrong-top-level", "deep-nesting", "huge-body");

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final String RAW = "@@RAW@@";
    private static final List<String> EXTREME_NUMBERS = List.of("1e309", "-1e309", "-0", "-0.0", "1e-400",
            "9223372036854775808", "-9223372036854775809", "2147483648", "-2147483649", "1" + "0".repeat(400),
            "0.0000000000000000000000000001", "-1", "1.5");
    private static final List<String> CONTROL = List.of("\u0000", "\u0001", "\u0008", "\u001b", "\u001f", "\u007f",
            "\u2028", "\ufeff", "\r\n", "\ud83d\ude00");
    private static final List<String> HOSTILE = List.of("' OR '1'='1", "\"; DROP TABLE patient; --", "${jndi:ldap://x/a}",
            "%s%n%x", "<script>alert(1)</script>", "../../../../etc/passwd", "\\", " ", "");
    private static final List<String> DATES = List.of("0001-01-01", "-999999999-01-01", "+999999999-12-31",
            "2026-02-30", "9999-12-31", "0001-01-01T00:00:00Z", "+294277-01-01T00:00:00Z", "2026-13-01T00:00:00+01:00",
            "2026-01-01T00:00:00", "2026-01-01T00:00:00+25:00");
    private static final List<byte[]> INVALID_UTF8 = List.of(new byte[] {(byte) 0xC3, 0x28}, new byte[] {(byte) 0xFF},
            new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, new byte[] {(byte) 0xC0, (byte) 0xAF},
            new byte[] {(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80});

    private final Random random;

    Malformations(Random random) {
        this.random = random;
    }

    FuzzInput apply(String kind, JsonNode generated) {
        JsonNode body = generated == null ? JSON.objectNode() : generated.deepCopy();
        List<JsonPointer> fields = JsonFields.of(body);
        JsonPointer field = fields.isEmpty() ? JsonPointer.compile("/extra") : fields.get(random.nextInt(fields.size()));
        return switch (kind) {
            case "schema-valid" -> FuzzInput.json(kind, "as generated", write(body));
            case "wrong-type" -> replace(kind, body, field, wrongType(body.at(field)));
            case "extreme-number" -> raw(kind, body, field, pick(EXTREME_NUMBERS));
            case "long-string" -> replace(kind, body, field, JSON.textNode("x".repeat(100_000)));
            case "control-character" -> replace(kind, body, stringField(body, fields, field),
                    JSON.textNode("Ola" + pick(CONTROL) + "Nordmann"));
            case "hostile-string" -> replace(kind, body, stringField(body, fields, field), JSON.textNode(pick(HOSTILE)));
            case "invalid-utf8" -> invalidUtf8(body, stringField(body, fields, field));
            case "extreme-date" -> replace(kind, body, stringField(body, fields, field), JSON.textNode(pick(DATES)));
            case "null-field" -> replace(kind, body, field, JSON.nullNode());
            case "duplicate-key" -> duplicateKey(body);
            case "unknown-field" -> replace(kind, body, JsonPointer.compile("/unknownField" + random.nextInt(9)),
                    JSON.numberNode(1));
            case "trailing-garbage" -> FuzzInput.json(kind, "text after the document",
                    write(body) + pick(List.of(" x", "}", "{}", ",", "\u0000", " // comment", "]")));
            case "empty-body" -> new FuzzInput(kind, "zero bytes", new byte[0], FuzzInput.JSON);
            case "no-content-type" -> new FuzzInput(kind, "no Content-Type header", bytes(write(body)), null);
            case "wrong-content-type" -> new FuzzInput(kind, "form content type", bytes(write(body)),
                    pick(List.of("text/plain", "application/xml", "application/x-www-form-urlencoded")));
            case "wrong-top-level" -> FuzzInput.json(kind, "not an object",
                    pick(List.of("[]", "null", "\"text\"", "42", "true", "[" + write(body) + "]")));
            case "deep-nesting" -> raw(kind, body, field, "[".repeat(10_000) + "]".repeat(10_000));
            case "huge-body" -> replace(kind, body, stringField(body, fields, field),
                    JSON.textNode("Å".repeat(1_500_000)));
            default -> throw new IllegalArgumentException(kind);
        };
    }

    private JsonNode wrongType(JsonNode current) {
        if (current.isNumber()) {
            return JSON.textNode(current.asText());
        }
        if (current.isTextual()) {
            return random.nextBoolean() ? JSON.numberNode(12345) : JSON.arrayNode().add(current);
        }
        if (current.isObject()) {
            return JSON.arrayNode().add(current);
        }
        if (current.isArray()) {
            return JSON.objectNode().set("items", current);
        }
        return current.isBoolean() ? JSON.textNode(current.asText()) : JSON.booleanNode(true);
    }

    private JsonPointer stringField(JsonNode body, List<JsonPointer> fields, JsonPointer fallback) {
        List<JsonPointer> strings = fields.stream().filter(f -> body.at(f).isTextual()).toList();
        return strings.isEmpty() ? fallback : strings.get(random.nextInt(strings.size()));
    }

    private FuzzInput replace(String kind, JsonNode body, JsonPointer field, JsonNode value) {
        JsonNode changed = JsonFields.set(body, field, value);
        String shown = value.isTextual() && value.asText().length() > 40
                ? "a string of " + value.asText().length() + " chars" : String.valueOf(value);
        return FuzzInput.json(kind, field + " = " + shown, write(changed));
    }

    private FuzzInput raw(String kind, JsonNode body, JsonPointer field, String token) {
        String text = write(JsonFields.set(body, field, JSON.textNode(RAW))).replace("\"" + RAW + "\"", token);
        return FuzzInput.json(kind, field + " = " + (token.length() > 40 ? token.length() + " chars" : token), text);
    }

    private FuzzInput invalidUtf8(JsonNode body, JsonPointer field) {
        byte[] bad = INVALID_UTF8.get(random.nextInt(INVALID_UTF8.size()));
        String[] parts = write(JsonFields.set(body, field, JSON.textNode(RAW))).split(RAW, 2);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(bytes(parts[0]));
        out.writeBytes(bad);
        out.writeBytes(bytes(parts[1]));
        return new FuzzInput("invalid-utf8", field + " holds bytes " + java.util.HexFormat.of().formatHex(bad),
                out.toByteArray(), FuzzInput.JSON);
    }

    /** The first top-level key again, in front, with another value: {"k": other, "k": value, ...}. */
    private FuzzInput duplicateKey(JsonNode body) {
        if (!body.isObject() || body.isEmpty()) {
            return FuzzInput.json("duplicate-key", "one key twice", "{\"reason\":\"a\",\"reason\":\"b\"}");
        }
        String key = body.fieldNames().next();
        JsonNode value = body.get(key);
        JsonNode other = value.isTextual() ? JSON.textNode(value.asText() + "2")
                : value.isNumber() ? JSON.numberNode(value.asLong() + 1) : JSON.nullNode();
        String text = "{" + write(JSON.textNode(key)) + ":" + write(other) + "," + write(body).substring(1);
        return FuzzInput.json("duplicate-key", "\"" + key + "\" twice", text);
    }

    private String pick(List<String> values) {
        return values.get(random.nextInt(values.size()));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static String write(JsonNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
