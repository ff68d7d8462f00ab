package id.pembina.evaluation.shell.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.Test;

import id.pembina.evaluation.api.DisciplineSanction;
import id.pembina.evaluation.api.PerformanceRating;
import id.pembina.evaluation.api.TrainingType;
import id.pembina.evaluation.data.api.ExternalTraining;
import id.pembina.evaluation.data.api.IndicatorEntry;
import id.pembina.evaluation.data.api.IndicatorPhase;
import id.pembina.evaluation.data.api.YearFacts;
import id.pembina.platform.api.FieldError;
import id.pembina.platform.api.ValidationException;

/** What the capture commands read from their arguments, before the service sees it. */
public class CaptureCommandsTest {

    private static final String NIP = "198609262015051001";

    @Test
    public void factsInAnyCase() {
        FactsSetCommand c = new FactsSetCommand();
        c.nip = NIP;
        c.year = "2025";
        c.performance = "very_good";
        c.discipline = "None";
        assertEquals(new YearFacts(NIP, 2025, PerformanceRating.VERY_GOOD, DisciplineSanction.NONE), c.facts());
    }

    @Test
    public void anUnknownRatingNamesTheAcceptedOnes() {
        FactsSetCommand c = new FactsSetCommand();
        c.nip = NIP;
        c.year = "2025";
        c.performance = "EXCELLENT";
        c.discipline = "NONE";
        assertEquals(List.of(FieldError.of("performance", "invalidValue", "EXCELLENT",
                "VERY_GOOD, GOOD, NEEDS_IMPROVEMENT, POOR, VERY_POOR")),
                assertThrows(ValidationException.class, c::facts).errors());
        c.year = "tahun lalu";
        assertEquals("year", assertThrows(ValidationException.class, c::facts).errors().get(0).field());
    }

    @Test
    public void externalTraining() {
        ExternalTrainingAddCommand c = new ExternalTrainingAddCommand();
        c.nip = NIP;
        c.title = "Bimtek SAKIP";
        c.type = "technical";
        c.jp = "24.5";
        c.date = "2025-05-20";
        c.certificate = "SERT-1";
        assertEquals(new ExternalTraining(null, NIP, "Bimtek SAKIP", TrainingType.TECHNICAL, new BigDecimal("24.5"),
                LocalDate.of(2025, 5, 20), "SERT-1"), c.training());
        c.jp = "24,5";
        assertEquals(List.of(FieldError.of("jp", "evaluation.console.invalid", "24,5")),
                assertThrows(ValidationException.class, c::training).errors());
        c.date = "20-05-2025";
        assertEquals(List.of(FieldError.of("date", "invalidDate", "20-05-2025")),
                assertThrows(ValidationException.class, c::training).errors());
    }

    @Test
    public void indicatorEntry() {
        IndicatorAddCommand c = new IndicatorAddCommand();
        c.unit = "KEC-A";
        c.program = "KOM-PELAYANAN";
        c.indicator = "pengaduan";
        c.period = "2026-03";
        c.phase = "after";
        c.comparison = true;
        c.value = "12";
        assertEquals(new IndicatorEntry("KEC-A", "KOM-PELAYANAN", "pengaduan", "2026-03", new BigDecimal("12"),
                IndicatorPhase.AFTER, true), c.entry());
        c.value = "1e3";
        assertEquals(List.of(FieldError.of("value", "evaluation.console.invalid", "1e3")),
                assertThrows(ValidationException.class, c::entry).errors());
        c.value = "3";
        c.phase = "DURING";
        assertEquals(List.of(FieldError.of("phase", "invalidValue", "DURING", "BEFORE, AFTER")),
                assertThrows(ValidationException.class, c::entry).errors());
    }
}
