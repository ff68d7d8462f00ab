package id.pembina.evaluation.data.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotSame;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.junit.Test;

import id.pembina.catalog.spi.IndexTrainingType;
import id.pembina.evaluation.api.TrainingRecord;
import id.pembina.evaluation.api.TrainingSource;
import id.pembina.participant.api.Participant;
import id.pembina.participant.api.PositionType;

/**
 * The unit index makes each attended session's record once per match of post and shares it among the participants
 * who attended it alike ({@code Professionalism.records} with a shared table).
 */
public class SharedRecordsTest {

    private static Participant holding(String nip, PositionType post) {
        return new Participant(nip, "P " + nip, null, null, "KOTA", null, post, null, null, null, true);
    }

    @Test
    public void aLeadershipSessionMatchesOnePostAndItsRecordIsSharedPerMatch() {
        // A PKA (administrators' leadership training) of 30 JP: it prepares an ADMINISTRATOR, not a PENGAWAS.
        TrainingHistory.Attended pka = new TrainingHistory.Attended(7, "PKA-1", "Pelatihan Kepemimpinan Administrator",
                IndexTrainingType.PKA, BigDecimal.valueOf(30), LocalDate.of(2026, 5, 8), LocalDate.of(2026, 5, 4));
        Map<TrainingHistory.Attended, TrainingRecord[]> shared = new IdentityHashMap<>();
        List<TrainingRecord> admin1 = Professionalism.records(holding("1", PositionType.ADMINISTRATOR), List.of(pka),
                List.of(), shared);
        List<TrainingRecord> admin2 = Professionalism.records(holding("2", PositionType.ADMINISTRATOR), List.of(pka),
                List.of(), shared);
        List<TrainingRecord> pengawas = Professionalism.records(holding("3", PositionType.PENGAWAS), List.of(pka),
                List.of(), shared);
        assertEquals(new TrainingRecord("Pelatihan Kepemimpinan Administrator",
                id.pembina.evaluation.api.TrainingType.LEADERSHIP, BigDecimal.valueOf(30), LocalDate.of(2026, 5, 8),
                true, TrainingSource.PEMBINA), admin1.get(0));
        assertTrue(admin1.get(0).matchesPosition());
        assertFalse(pengawas.get(0).matchesPosition());
        // One record per match: the two administrators share theirs, the pengawas has another.
        assertSame(admin1.get(0), admin2.get(0));
        assertNotSame(admin1.get(0), pengawas.get(0));
        assertEquals(List.of(admin1.get(0), pengawas.get(0)), List.of(shared.get(pka)[1], shared.get(pka)[0]));
        // Without a shared table each call makes its own.
        assertNotSame(admin1.get(0), Professionalism.records(holding("4", PositionType.ADMINISTRATOR), List.of(pka),
                List.of(), null).get(0));
    }

    @Test
    public void aSessionCreditingNoJpGivesNoRecord() {
        TrainingHistory.Attended none = new TrainingHistory.Attended(8, "TI-1", "Teknologi Informasi",
                IndexTrainingType.TEKNIS, BigDecimal.ZERO, LocalDate.of(2026, 6, 2), LocalDate.of(2026, 6, 1));
        assertEquals(List.of(), Professionalism.records(holding("1", PositionType.FUNGSIONAL), List.of(none),
                List.of(), new IdentityHashMap<>()));
    }
}
