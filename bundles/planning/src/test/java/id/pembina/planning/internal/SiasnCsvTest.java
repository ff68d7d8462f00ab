package id.pembina.planning.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;

import org.junit.Test;

/** The SIASN CSV keeps spreadsheet formulas out; the kinds read as SIASN operators write them. */
public class SiasnCsvTest {

    @Test
    public void formulaLikeTextIsQuoted() {
        assertEquals("'=HYPERLINK(\"x\")", Siasn.safe("=HYPERLINK(\"x\")"));
        assertEquals("'+62", Siasn.safe("+62"));
        assertEquals("'@SUM", Siasn.safe("@SUM"));
        assertEquals("Pelatihan Komunikasi", Siasn.safe("Pelatihan Komunikasi"));
        assertNull(Siasn.safe(null));
        assertEquals("", Siasn.safe(""));
    }

    @Test
    public void kindsInWords() {
        assertEquals("E Learning", Siasn.words("E_LEARNING"));
        assertEquals("Pelatihan", Siasn.words("PELATIHAN"));
        assertEquals("Diklat Teknis", Siasn.kind(id.pembina.evaluation.api.TrainingType.TECHNICAL));
        assertNull(Siasn.kind(null));
    }
}
