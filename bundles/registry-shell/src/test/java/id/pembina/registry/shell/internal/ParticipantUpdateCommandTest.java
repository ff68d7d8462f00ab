package id.pembina.registry.shell.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import java.time.LocalDate;

import org.junit.Test;

import id.pembina.participant.api.Education;
import id.pembina.participant.api.Gender;
import id.pembina.participant.api.Participant;
import id.pembina.participant.api.PositionType;
import id.pembina.participant.api.Rank;

public class ParticipantUpdateCommandTest {

    private static final Participant CURRENT = new Participant("198609262015051001", "Budi Santoso", Gender.MALE,
            LocalDate.of(1986, 9, 26), "KEC-A", "Analis", PositionType.FUNGSIONAL, Rank.III_A, Education.S1,
            "197805172003121002", true);

    @Test
    public void withoutOptionsNothingChanges() {
        assertEquals(CURRENT, new ParticipantUpdateCommand().changed(CURRENT));
    }

    @Test
    public void onlyTheGivenOptionsChange() {
        ParticipantUpdateCommand c = new ParticipantUpdateCommand();
        c.unit = "KEC-B";
        c.rank = "III/b";
        c.positionType = "pengawas";
        assertEquals(new Participant("198609262015051001", "Budi Santoso", Gender.MALE, LocalDate.of(1986, 9, 26),
                "KEC-B", "Analis", PositionType.PENGAWAS, Rank.III_B, Education.S1, "197805172003121002", true),
                c.changed(CURRENT));
    }

    @Test
    public void aDashRemovesTheSupervisor() {
        ParticipantUpdateCommand c = new ParticipantUpdateCommand();
        c.supervisor = "-";
        c.name = "Budi Santoso, S.E.";
        c.education = "s2";
        assertEquals(new Participant("198609262015051001", "Budi Santoso, S.E.", Gender.MALE, LocalDate.of(1986, 9, 26),
                "KEC-A", "Analis", PositionType.FUNGSIONAL, Rank.III_A, Education.S2, null, true), c.changed(CURRENT));
    }

    @Test
    public void anUnknownRankIsRefused() {
        ParticipantUpdateCommand c = new ParticipantUpdateCommand();
        c.rank = "V/z";
        assertThrows(IllegalArgumentException.class, () -> c.changed(CURRENT));
    }
}
