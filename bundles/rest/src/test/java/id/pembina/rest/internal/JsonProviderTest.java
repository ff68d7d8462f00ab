package id.pembina.rest.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;

import javax.ws.rs.core.MediaType;

import org.junit.Test;

import id.pembina.participant.api.Education;
import id.pembina.participant.api.Gender;
import id.pembina.participant.api.Participant;
import id.pembina.participant.api.PositionType;
import id.pembina.participant.api.Rank;

public class JsonProviderTest {

    private final JsonProvider provider = new JsonProvider();

    @SuppressWarnings({ "unchecked", "rawtypes" })
    private Object read(Class type, String json) throws Exception {
        return provider.readFrom(type, type, null, MediaType.APPLICATION_JSON_TYPE, null,
                new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    public void participantRoundTripUsesRankCodesAndIsoDates() throws Exception {
        Participant p = new Participant("198609262015051001", "Budi Santoso", Gender.MALE, LocalDate.of(1986, 9, 26),
                "MARELAN", "Analis", PositionType.FUNGSIONAL, Rank.III_A, Education.S1, null, true);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        provider.writeTo(p, Participant.class, Participant.class, null, MediaType.APPLICATION_JSON_TYPE, null, out);
        String json = out.toString(StandardCharsets.UTF_8);
        assertEquals("{\"nip\":\"198609262015051001\",\"name\":\"Budi Santoso\",\"gender\":\"MALE\","
                + "\"birthDate\":\"1986-09-26\",\"unitCode\":\"MARELAN\",\"positionTitle\":\"Analis\","
                + "\"positionType\":\"FUNGSIONAL\",\"rank\":\"III/a\",\"education\":\"S1\",\"supervisorNip\":null,"
                + "\"active\":true}", json);
        assertEquals(p, read(Participant.class, json));
    }

    @Test
    public void unknownFieldIsAFieldError() {
        ProblemException e = assertThrows(ProblemException.class,
                () -> read(Participant.class, "{\"nip\":\"1\",\"colour\":\"red\"}"));
        Problem.Body body = e.problem.body(Locale.ENGLISH);
        assertEquals(400, body.status());
        assertEquals("colour", body.errors().get(0).field());
        assertEquals("Unknown field: colour", body.errors().get(0).message());
    }

    @Test
    public void badEnumAndRankAreFieldErrorsInIndonesianByDefault() {
        ProblemException e = assertThrows(ProblemException.class, () -> read(Participant.class, "{\"rank\":\"V/z\"}"));
        Problem.Body body = e.problem.body(Texts.requestLocale());
        assertEquals("rank", body.errors().get(0).field());
        assertEquals("Nilai tidak valid: V/z", body.errors().get(0).message());
        assertEquals("Data tidak valid", body.title());
    }

    @Test
    public void scalarsAreNotCoerced() {
        ProblemException number = assertThrows(ProblemException.class, () -> read(Participant.class, "{\"name\":123}"));
        assertEquals("name", number.problem.body(Locale.ENGLISH).errors().get(0).field());
        ProblemException flag = assertThrows(ProblemException.class, () -> read(Participant.class, "{\"active\":0}"));
        assertEquals("active", flag.problem.body(Locale.ENGLISH).errors().get(0).field());
    }

    @Test
    public void malformedJsonIsABadRequest() {
        ProblemException e = assertThrows(ProblemException.class, () -> read(Participant.class, "{\"nip\": "));
        assertEquals("The request body is not valid JSON", e.problem.body(Locale.ENGLISH).detail());
    }
}
