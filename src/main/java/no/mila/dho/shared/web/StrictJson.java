package no.mila.dho.shared.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.KeyDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.util.List;

/**
 * Request bodies are read strictly, so that what is stored is exactly what the caller meant: a key given twice,
 * anything after the JSON document, a number sent as a string (or text, a date, a boolean or an enum sent as a number)
 * and text with control characters ({@link TextInput}) are refused instead of guessed at. Unknown fields are
 * refused by {@code quarkus.jackson.fail-on-unknown-properties}. The refusals become 400 problems naming the field.
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.getFactory().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS, DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS);
        for (LogicalType type : List.of(LogicalType.Integer, LogicalType.Float, LogicalType.Boolean)) {
            mapper.coercionConfigFor(type).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
        }
        mapper.coercionConfigFor(LogicalType.Integer).setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        // a date is text: a number would be read as days since 1970 (2147483648 -> year 5881580, a 500 from the
        // database) instead of refused
        for (Class<?> date : List.of(java.time.LocalDate.class, java.time.LocalDateTime.class,
                java.time.OffsetDateTime.class, java.time.Instant.class)) {
            mapper.configOverride(date).setFormat(com.fasterxml.jackson.annotation.JsonFormat.Value.forLeniency(false));
        }
        mapper.registerModule(new SimpleModule("text-input")
                .addDeserializer(String.class, new TextDeserializer())
                .addKeyDeserializer(String.class, new TextKeyDeserializer()));
    }

    /** A JSON string value, refused when it holds a control character. */
    static final class TextDeserializer extends StdScalarDeserializer<String> {

        TextDeserializer() {
            super(String.class);
        }

        @Override
        public LogicalType logicalType() {
            return LogicalType.Textual;
        }

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            String text = StringDeserializer.instance.deserialize(p, ctxt);
            if (text != null && TextInput.hasControlCharacter(text)) {
                throw ctxt.weirdStringException(text, String.class, TextInput.REFUSED);
            }
            return text;
        }
    }

    /** A JSON object key read into a {@code Map<String, ?>}, refused when it holds a control character. */
    static final class TextKeyDeserializer extends KeyDeserializer {

        @Override
        public Object deserializeKey(String key, DeserializationContext ctxt) throws IOException {
            if (TextInput.hasControlCharacter(key)) {
                throw ctxt.weirdKeyException(String.class, key, TextInput.REFUSED);
            }
            return key;
        }
    }
}
