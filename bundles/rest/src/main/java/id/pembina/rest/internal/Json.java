package id.pembina.rest.internal;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import id.pembina.participant.api.Rank;

/** The one ObjectMapper set-up of the API: ISO dates, ranks as {@code III/a}, unknown fields refused. */
final class Json {

    private Json() {
    }

    static ObjectMapper mapper() {
        SimpleModule pembina = new SimpleModule("pembina");
        pembina.addSerializer(Rank.class, new JsonSerializer<Rank>() {
            @Override
            public void serialize(Rank value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
                gen.writeString(value.code());
            }
        });
        pembina.addDeserializer(Rank.class, new JsonDeserializer<Rank>() {
            @Override
            public Rank deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                String text = p.getValueAsString();
                try {
                    return Rank.fromCode(text);
                } catch (IllegalArgumentException e) {
                    throw InvalidFormatException.from(p, "Unknown rank", text, Rank.class);
                }
            }
        });
        ObjectMapper mapper = new ObjectMapper();
        // No silent conversions: 123 is not a name and 0 is not false.
        mapper.coercionConfigFor(LogicalType.Textual).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Boolean).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
        return mapper
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .registerModule(new JavaTimeModule())
                .registerModule(pembina)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    }
}
