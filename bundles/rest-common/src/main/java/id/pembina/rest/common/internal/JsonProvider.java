package id.pembina.rest.common.internal;

import id.pembina.rest.api.RestApplication;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.ws.rs.Consumes;
import javax.ws.rs.Produces;
import javax.ws.rs.WebApplicationException;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.MultivaluedMap;
import javax.ws.rs.ext.MessageBodyReader;
import javax.ws.rs.ext.MessageBodyWriter;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import id.pembina.platform.api.FieldError;
import id.pembina.rest.api.Problem;
import id.pembina.rest.api.ProblemException;

/**
 * JSON for the Pembina application, with Jackson; unreadable JSON becomes a 400 problem, a body larger
 * than the configured limit a 413 problem.
 */
@Component(immediate = true, service = { MessageBodyReader.class, MessageBodyWriter.class }, configurationPid = "id.pembina.rest.json",
        configurationPolicy = ConfigurationPolicy.OPTIONAL)
@Designate(ocd = JsonProvider.Config.class)
@JaxrsExtension
@JaxrsName("pembina.json")
@JaxrsApplicationSelect(RestApplication.SELECT)
@Consumes({ MediaType.APPLICATION_JSON, "application/*+json" })
@Produces({ MediaType.APPLICATION_JSON, "application/problem+json", "application/*+json" })
public class JsonProvider implements MessageBodyReader<Object>, MessageBodyWriter<Object> {

    @ObjectClassDefinition(name = "Pembina REST JSON", description = "JSON bodies of the /api/v1 endpoints")
    public @interface Config {
        @AttributeDefinition(description = "Largest JSON request body accepted, in bytes; larger ones are answered 413")
        long max_body_bytes() default 1024 * 1024;
    }

    private volatile long maxBytes = 1024 * 1024;

    @Activate
    @Modified
    void configure(Config config) {
        maxBytes = Math.max(1, config.max_body_bytes());
    }

    private final List<Module> modules = new CopyOnWriteArrayList<>();
    private volatile ObjectMapper mapper = Json.mapper(List.of());

    /** Jackson modules of the domains' REST bundles (e.g. the registry's rank codes); the mapper is rebuilt. */
    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addModule(Module module) {
        modules.add(module);
        mapper = Json.mapper(modules);
    }

    void removeModule(Module module) {
        modules.remove(module);
        mapper = Json.mapper(modules);
    }

    private static boolean json(MediaType m) {
        return m != null && (m.getSubtype().equals("json") || m.getSubtype().endsWith("+json"));
    }

    /** Raw bodies (bytes, text, streams) pass through untouched. */
    private static boolean mapped(Class<?> type) {
        return type != byte[].class && type != String.class && !InputStream.class.isAssignableFrom(type)
                && !javax.ws.rs.core.StreamingOutput.class.isAssignableFrom(type);
    }

    @Override
    public boolean isReadable(Class<?> type, Type generic, Annotation[] annotations, MediaType mediaType) {
        return json(mediaType) && mapped(type);
    }

    @Override
    public Object readFrom(Class<Object> type, Type generic, Annotation[] annotations, MediaType mediaType,
            MultivaluedMap<String, String> headers, InputStream in) throws IOException {
        long limit = maxBytes;
        String length = headers == null ? null : headers.getFirst("Content-Length");
        if (length != null && length.strip().length() > 0 && length.strip().chars().allMatch(Character::isDigit)
                && (length.strip().length() > 18 || Long.parseLong(length.strip()) > limit)) {
            throw LimitedInput.tooLarge(limit); // refused before reading a byte
        }
        try {
            ObjectMapper mapper = this.mapper;
            Object value = mapper.readValue(new LimitedInput(in, limit), mapper.constructType(generic));
            if (value == null) {
                throw new ProblemException(Problem.badRequest("body.empty"));
            }
            return value;
        } catch (UnrecognizedPropertyException e) {
            throw new ProblemException(Problem.validation(List.of(FieldError.of(path(e), "field.unknown",
                    e.getPropertyName()))));
        } catch (InvalidFormatException e) {
            throw new ProblemException(Problem.validation(List.of(FieldError.of(path(e), "field.invalid",
                    String.valueOf(e.getValue())))));
        } catch (JsonMappingException e) {
            String path = path(e);
            throw new ProblemException(path.isEmpty() ? Problem.badRequest("body.malformed")
                    : Problem.validation(List.of(FieldError.of(path, "field.invalid", ""))));
        } catch (JsonProcessingException e) {
            throw new ProblemException(Problem.badRequest("body.malformed"));
        }
    }

    private static String path(JsonMappingException e) {
        StringBuilder b = new StringBuilder();
        for (JsonMappingException.Reference r : e.getPath()) {
            if (r.getFieldName() != null) {
                b.append(b.length() == 0 ? "" : ".").append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                b.append('[').append(r.getIndex()).append(']');
            }
        }
        return b.toString();
    }

    @Override
    public boolean isWriteable(Class<?> type, Type generic, Annotation[] annotations, MediaType mediaType) {
        return json(mediaType) && mapped(type);
    }

    @Override
    public void writeTo(Object value, Class<?> type, Type generic, Annotation[] annotations, MediaType mediaType,
            MultivaluedMap<String, Object> headers, OutputStream out) throws IOException, WebApplicationException {
        mapper.writeValue(out, value);
    }
}
