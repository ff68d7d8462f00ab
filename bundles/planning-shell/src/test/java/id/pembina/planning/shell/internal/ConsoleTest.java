package id.pembina.planning.shell.internal;

import static org.junit.Assert.assertEquals;

import java.math.BigDecimal;

import org.junit.Test;

/** Rupiah as Indonesians write it: dots between thousands, a comma before the decimals. */
public class ConsoleTest {

    @Test
    public void rupiah() {
        assertEquals("Rp 1.234.567,5", Console.rupiah(new BigDecimal("1234567.50")));
        assertEquals("Rp 0", Console.rupiah(BigDecimal.ZERO));
        assertEquals("-", Console.rupiah(null));
        assertEquals(2031, Console.year(2031));
    }
}
