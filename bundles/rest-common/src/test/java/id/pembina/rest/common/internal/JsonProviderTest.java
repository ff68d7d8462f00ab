package id.pembina.rest.common.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import javax.ws.rs.core.MediaType;

import org.junit.Test;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;

import id.pembina.platform.api.BundleMessages;
import id.pembina.platform.api.Languages;
import id.pembina.platform.api.Messages;
import id.pembina.rest.api.Problem;
import id.pembina.rest.api.ProblemException;

public class JsonProviderTest {

    enum Level { LOW, HIGH }

    record Sample(String name, LocalDate date, Level level, Boolean active) {
    }

    private static final Messages TEXTS = Messages.of(List.of(BundleMessages.PLATFORM,
            new BundleMessages("id.pembina.rest.common.internal.texts", JsonProviderTest.class.getClassLoader())));

    private final JsonProvider provider = new JsonProvider();

    @SuppressWarnings({ "unchecked", "rawtypes" })
    private Object read(Class type, String json) throws Exception {
        return provider.readFrom(type, type, null, MediaType.APPLICATION_JSON_TYPE, null,
                new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    private String write(Object value) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        provider.writeTo(value, value.getClass(), value.getClass(), null, MediaType.APPLICATION_JSON_TYPE, null, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    public void roundTripWithIsoDates() throws Exception {
        Sample s = new Sample("Budi", LocalDate.of(1986, 9, 26), Level.HIGH, true);
        String json = write(s);
        assertEquals("{\"name\":\"Budi\",\"date\":\"1986-09-26\",\"level\":\"HIGH\",\"active\":true}", json);
        assertEquals(s, read(Sample.class, json));
    }

    @Test
    public void aDomainModuleJoinsAndLeavesTheMapper() throws Exception {
        SimpleModule lower = new SimpleModule("lower-levels");
        lower.addSerializer(Level.class, new JsonSerializer<Level>() {
            @Override
            public void serialize(Level value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
                gen.writeString(value.name().toLowerCase(Locale.ROOT));
            }
        });
        Sample s = new Sample("Budi", null, Level.LOW, false);
        provider.addModule(lower);
        assertEquals("{\"name\":\"Budi\",\"date\":null,\"level\":\"low\",\"active\":false}", write(s));
        provider.removeModule(lower);
        assertEquals("{\"name\":\"Budi\",\"date\":null,\"level\":\"LOW\",\"active\":false}", write(s));
    }

    @Test
    public void unknownFieldIsAFieldError() {
        ProblemException e = assertThrows(ProblemException.class,
                () -> read(Sample.class, "{\"name\":\"1\",\"colour\":\"red\"}"));
        Problem.Body body = e.problem().body(TEXTS, Locale.ENGLISH);
        assertEquals(400, body.status());
        assertEquals("colour", body.errors().get(0).field());
        assertEquals("Unknown field: colour", body.errors().get(0).message());
    }

    @Test
    public void badEnumIsAFieldErrorInIndonesianByDefault() {
        ProblemException e = assertThrows(ProblemException.class, () -> read(Sample.class, "{\"level\":\"MEDIUM\"}"));
        Problem.Body body = e.problem().body(TEXTS, Languages.INDONESIAN);
        assertEquals("level", body.errors().get(0).field());
        assertEquals("Nilai tidak valid: MEDIUM", body.errors().get(0).message());
        assertEquals("Data tidak valid", body.title());
    }

    @Test
    public void scalarsAreNotCoerced() {
        ProblemException number = assertThrows(ProblemException.class, () -> read(Sample.class, "{\"name\":123}"));
        assertEquals("name", number.problem().body(TEXTS, Locale.ENGLISH).errors().get(0).field());
        ProblemException flag = assertThrows(ProblemException.class, () -> read(Sample.class, "{\"active\":0}"));
        assertEquals("active", flag.problem().body(TEXTS, Locale.ENGLISH).errors().get(0).field());
    }

    @Test
    public void malformedJsonIsABadRequest() {
        ProblemException e = assertThrows(ProblemException.class, () -> read(Sample.class, "{\"name\": "));
        assertEquals("The request body is not valid JSON", e.problem().body(TEXTS, Locale.ENGLISH).detail());
    }

    @Test
    public void aBodyOverTheLimitIs413WhetherItsLengthIsDeclaredOrNot() throws Exception {
        provider.configure(limit(64));
        // {"name":"<54 x a>"} = 9 + 54 + 2 = 65 bytes: one over the limit, read as a stream
        String big = "{\"name\":\"" + "a".repeat(54) + "\"}";
        assertEquals(65, big.length());
        ProblemException streamed = assertThrows(ProblemException.class, () -> read(Sample.class, big));
        Problem.Body body = streamed.problem().body(TEXTS, Locale.ENGLISH);
        assertEquals(413, body.status());
        // 64 bytes is under 1 KB: the text says at least 1
        assertEquals("The request body is larger than 1 KB", body.detail());
        // one byte less (53 x a) is read
        assertEquals(new Sample("a".repeat(53), null, null, null), read(Sample.class, "{\"name\":\"" + "a".repeat(53) + "\"}"));

        javax.ws.rs.core.MultivaluedMap<String, String> headers = new javax.ws.rs.core.MultivaluedHashMap<>();
        headers.putSingle("Content-Length", "65");
        // a declared length over the limit is refused before the body is read (the body here is tiny)
        ProblemException declared = assertThrows(ProblemException.class, () -> provider.readFrom((Class) Sample.class,
                Sample.class, null, MediaType.APPLICATION_JSON_TYPE, headers,
                new ByteArrayInputStream("{}".getBytes(StandardCharsets.UTF_8))));
        assertEquals(413, declared.problem().status());
    }

    private static JsonProvider.Config limit(long bytes) {
        return new JsonProvider.Config() {
            @Override
            public Class<? extends java.lang.annotation.Annotation> annotationType() {
                return JsonProvider.Config.class;
            }

            @Override
            public long max_body_bytes() {
                return bytes;
            }
        };
    }
}
