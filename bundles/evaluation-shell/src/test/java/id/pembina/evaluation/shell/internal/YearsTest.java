package id.pembina.evaluation.shell.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import java.time.LocalDate;
import java.util.List;

import org.junit.Test;

import id.pembina.participant.api.Nip;
import id.pembina.platform.api.FieldError;
import id.pembina.platform.api.ValidationException;

public class YearsTest {

    @Test
    public void aYearOrThisYear() {
        assertEquals(2025, Years.year("year", " 2025 "));
        assertEquals(LocalDate.now(Nip.WIB).getYear(), Years.year("year", null));
    }

    @Test
    public void aBadYearNamesItsField() {
        for (String bad : List.of("20x5", "1899", "10000", "2025.5")) {
            ValidationException e = assertThrows(ValidationException.class, () -> Years.year("year", bad));
            assertEquals(List.of(FieldError.of("year", "evaluation.console.invalid", bad)), e.errors());
        }
    }

    @Test
    public void aTrendIsFiveYearsUpToThisYearByDefault() {
        int now = LocalDate.now(Nip.WIB).getYear();
        assertEquals(List.of(now - 4, now - 3, now - 2, now - 1, now), Years.range(null, null));
        assertEquals(List.of(2020, 2021, 2022), Years.range(null, "2024").subList(0, 3));
        assertEquals(List.of(2023, 2024), Years.range("2023", "2024"));
    }

    @Test
    public void aTrendRunsForwardsForAtMostTwentyYears() {
        assertEquals(20, Years.range("2005", "2024").size());
        assertEquals(List.of(FieldError.of("from", "evaluation.console.invalid", "2004")),
                assertThrows(ValidationException.class, () -> Years.range("2004", "2024")).errors());
        assertEquals(List.of(FieldError.of("from", "evaluation.console.invalid", "2025")),
                assertThrows(ValidationException.class, () -> Years.range("2025", "2024")).errors());
        assertEquals(List.of(FieldError.of("to", "evaluation.console.invalid", "soon")),
                assertThrows(ValidationException.class, () -> Years.range("2025", "soon")).errors());
    }
}
