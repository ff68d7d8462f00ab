package id.pembina.evaluation.shell.internal;

import static org.junit.Assert.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.Test;

import id.pembina.evaluation.api.Category;
import id.pembina.evaluation.api.CompetencyPoints;
import id.pembina.evaluation.api.ProfessionalismIndex;
import id.pembina.evaluation.api.TrainingSource;
import id.pembina.evaluation.api.TrainingType;
import id.pembina.evaluation.data.api.Transcript;
import id.pembina.evaluation.data.api.TranscriptEntry;
import id.pembina.participant.api.Education;
import id.pembina.participant.api.Participant;
import id.pembina.participant.api.PositionType;
import id.pembina.participant.api.Rank;
import id.pembina.platform.api.BundleMessages;
import id.pembina.platform.api.Messages;

public class TranscriptCommandTest {

    private static final Messages MESSAGES = Messages.of(List.of(
            new BundleMessages("id.pembina.evaluation.shell.internal.texts", TranscriptCommand.class.getClassLoader()),
            new BundleMessages("id.pembina.evaluation.data.internal.messages", TranscriptCommand.class.getClassLoader())));

    private static final Participant BUDI = new Participant("198609262015051001", "Budi Santoso", null, null, "KEC-A",
            "Analis", PositionType.FUNGSIONAL, Rank.III_A, Education.S1, null, true);

    private static final List<TranscriptEntry> TRAININGS = List.of(
            new TranscriptEntry(TrainingSource.PEMBINA, 1234L, null, "KOM-PELAYANAN", "Pelayanan Prima",
                    TrainingType.TECHNICAL, new BigDecimal("8"), LocalDate.of(2025, 4, 7), null),
            new TranscriptEntry(TrainingSource.EXTERNAL, null, 5L, null, "Bimtek SAKIP", TrainingType.SEMINAR,
                    new BigDecimal("24.5"), LocalDate.of(2025, 5, 20), "SERT-1"));

    @Test
    public void trainingsJpAndIndexInBothLanguages() {
        // A half-point table: qualification 17.5 + competency 15 + performance 27 + discipline 5 = 64.5
        ProfessionalismIndex index = new ProfessionalismIndex(BUDI.nip(), "KEC-A", 2025, new BigDecimal("17.5"),
                new CompetencyPoints(BigDecimal.ZERO, BigDecimal.TEN, new BigDecimal("5"), new BigDecimal("8"),
                        new BigDecimal("15")), new BigDecimal("27"), new BigDecimal("5"), new BigDecimal("64.5"),
                Category.RENDAH, "2024", null);
        Transcript t = new Transcript(BUDI, 2025, TRAININGS, new BigDecimal("32.5"), new BigDecimal("20"), true, index,
                null, "2024", LocalDate.of(2024, 1, 1));
        assertEquals(List.of(
                "198609262015051001 Budi Santoso, tahun 2025 / 198609262015051001 Budi Santoso, year 2025",
                "  2025-04-07  KOM-PELAYANAN Pelayanan Prima  TECHNICAL  8 JP",
                "  2025-05-20  Bimtek SAKIP  SEMINAR  24.5 JP  SERT-1",
                "32.5 JP dalam setahun, minimal 20: terpenuhi / 32.5 JP in the year, minimum 20: met",
                "IP ASN 64,5 (Rendah): kualifikasi 17,5, kompetensi 15, kinerja 27, disiplin 5; aturan 2024 / "
                        + "IP ASN 64.5 (Rendah): qualification 17.5, competency 15, performance 27, discipline 5; "
                        + "rule set 2024"),
                TranscriptCommand.lines(t, MESSAGES));
    }

    @Test
    public void withoutFactsTheReasonInsteadOfTheIndex() {
        Transcript t = new Transcript(BUDI, 2026, List.of(), BigDecimal.ZERO, new BigDecimal("20"), false, null,
                "evaluation.factsMissing", "2024", LocalDate.of(2024, 1, 1));
        assertEquals(List.of(
                "198609262015051001 Budi Santoso, tahun 2026 / 198609262015051001 Budi Santoso, year 2026",
                "0 JP dalam setahun, minimal 20: belum terpenuhi / 0 JP in the year, minimum 20: not met",
                "IP ASN: Belum ada predikat kinerja dan catatan disiplin untuk tahun tersebut / "
                        + "No performance rating and discipline record for the year"),
                TranscriptCommand.lines(t, MESSAGES));
    }
}
