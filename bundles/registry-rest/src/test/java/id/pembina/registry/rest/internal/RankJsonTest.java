package id.pembina.registry.rest.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import java.time.LocalDate;

import org.junit.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import id.pembina.participant.api.Education;
import id.pembina.participant.api.Gender;
import id.pembina.participant.api.Participant;
import id.pembina.participant.api.PositionType;
import id.pembina.participant.api.Rank;

public class RankJsonTest {

    private final ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule()).registerModule(new RankJson())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    @Test
    public void participantRoundTripUsesRankCodes() throws Exception {
        Participant p = new Participant("198609262015051001", "Budi Santoso", Gender.MALE, LocalDate.of(1986, 9, 26),
                "MARELAN", "Analis", PositionType.FUNGSIONAL, Rank.III_A, Education.S1, null, true);
        String json = mapper.writeValueAsString(p);
        assertEquals("{\"nip\":\"198609262015051001\",\"name\":\"Budi Santoso\",\"gender\":\"MALE\","
                + "\"birthDate\":\"1986-09-26\",\"unitCode\":\"MARELAN\",\"positionTitle\":\"Analis\","
                + "\"positionType\":\"FUNGSIONAL\",\"rank\":\"III/a\",\"education\":\"S1\",\"supervisorNip\":null,"
                + "\"active\":true}", json);
        assertEquals(p, mapper.readValue(json, Participant.class));
    }

    @Test
    public void anUnknownRankIsAFormatError() {
        InvalidFormatException e = assertThrows(InvalidFormatException.class,
                () -> mapper.readValue("{\"rank\":\"V/z\"}", Participant.class));
        assertEquals("V/z", e.getValue());
    }
}
