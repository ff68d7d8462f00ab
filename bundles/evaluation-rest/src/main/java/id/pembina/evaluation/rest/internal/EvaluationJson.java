package id.pembina.evaluation.rest.internal;

import java.io.IOException;

import org.osgi.service.component.annotations.Component;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;

import id.pembina.evaluation.api.ParticipantJp;
import id.pembina.evaluation.api.ParticipantLearning;
import id.pembina.evaluation.api.ProfessionalismIndex;

/**
 * One participant identifier in every evaluation response: {@code nip}. The engine names participants
 * {@code participantId} (it knows no NIPs) and, where one person in two sessions counts twice, keys its learning
 * pairs {@code sessionId/nip}; in JSON these become {@code nip} and, for such a pair, {@code sessionId}.
 */
@Component(immediate = true, service = Module.class)
public class EvaluationJson extends SimpleModule {
    private static final long serialVersionUID = 1L;

    public EvaluationJson() {
        super("pembina-evaluation");
        setMixInAnnotation(ParticipantJp.class, NipMixIn.class);
        setMixInAnnotation(ProfessionalismIndex.class, NipMixIn.class);
        addSerializer(ParticipantLearning.class, new LearningSerializer());
    }

    /** Renames the engine's {@code participantId} to {@code nip}. */
    abstract static class NipMixIn {
        @JsonProperty("nip")
        abstract String participantId();
    }

    /** {@code sessionId} (null unless the key names a session), {@code nip}, then the figures. */
    static final class LearningSerializer extends JsonSerializer<ParticipantLearning> {
        @Override
        public void serialize(ParticipantLearning p, JsonGenerator gen, SerializerProvider serializers)
                throws IOException {
            String id = p.participantId();
            int slash = id.indexOf('/');
            gen.writeStartObject();
            if (slash > 0) {
                gen.writeNumberField("sessionId", Long.parseLong(id.substring(0, slash)));
            } else {
                gen.writeNullField("sessionId");
            }
            gen.writeStringField("nip", id.substring(slash + 1));
            gen.writeNumberField("prePercent", p.prePercent());
            gen.writeNumberField("postPercent", p.postPercent());
            if (p.gain() == null) {
                gen.writeNullField("gain");
            } else {
                gen.writeNumberField("gain", p.gain());
            }
            if (p.gainUndefined() == null) {
                gen.writeNullField("gainUndefined");
            } else {
                gen.writeStringField("gainUndefined", p.gainUndefined().name());
            }
            gen.writeEndObject();
        }
    }
}
