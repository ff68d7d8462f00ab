package id.pembina.catalog.shell.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import java.util.List;

import org.junit.Test;

import id.pembina.catalog.api.AbsenceReason;
import id.pembina.catalog.api.AttendanceMark;
import id.pembina.platform.api.ValidationException;

public class AttendanceCommandTest {

    private static final String NIP = "198609262015051001";

    @Test
    public void marksReadInBothLanguages() {
        assertEquals(List.of(new AttendanceMark(NIP, 1, true, null, null),
                new AttendanceMark(NIP, 2, false, AbsenceReason.WORKLOAD, null),
                new AttendanceMark(NIP, 3, false, null, null)),
                AttendanceCommand.parse(List.of(NIP + ":1:present", NIP + ":2:absen:workload", NIP + ":3:ABSENT")));
    }

    @Test
    public void everyUnreadableMarkIsNamedByPosition() {
        ValidationException e = assertThrows(ValidationException.class, () -> AttendanceCommand.parse(
                List.of(NIP + ":1:present", NIP + ":x:present", NIP + ":2:maybe", NIP + ":2:absent:BORED", NIP)));
        assertEquals(List.of("mark[1]", "mark[2]", "mark[3]", "mark[4]"),
                e.errors().stream().map(f -> f.field()).toList());
        assertEquals(List.of(NIP + ":x:present"), e.errors().get(0).args());
        assertEquals("catalog.console.badMark", e.errors().get(0).code());
    }
}
