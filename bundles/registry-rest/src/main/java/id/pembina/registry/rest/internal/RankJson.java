package id.pembina.registry.rest.internal;

import java.io.IOException;

import org.osgi.service.component.annotations.Component;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;

import id.pembina.participant.api.Rank;

/** Ranks in JSON as the civil service writes them ({@code III/a}), for the common JSON provider. */
@Component(immediate = true, service = Module.class)
public class RankJson extends SimpleModule {
    private static final long serialVersionUID = 1L;

    public RankJson() {
        super("pembina-rank");
        addSerializer(Rank.class, new JsonSerializer<Rank>() {
            @Override
            public void serialize(Rank value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
                gen.writeString(value.code());
            }
        });
        addDeserializer(Rank.class, new JsonDeserializer<Rank>() {
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
    }
}
