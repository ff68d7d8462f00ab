package id.pembina.platform.api;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;

import org.junit.Test;

public class LogMaskTest {

    @Test
    public void aNipKeepsItsFirstFourAndLastTwoDigits() {
        // 18 digits: 4 shown + 12 stars + 2 shown.
        assertEquals("1980************01", LogMask.nips("198001012005011001"));
    }

    @Test
    public void everyNipInARequestLineIsMasked() {
        assertEquals("GET /api/v1/participants/1986************01/history?supervisor=1990************02 200",
                LogMask.nips("GET /api/v1/participants/198609262015051001/history?supervisor=199003152019032002 200"));
    }

    @Test
    public void aNipTypedWithSpacesOrTheirUrlFormsIsMaskedToo() {
        assertEquals("/participants/1986************01", LogMask.nips("/participants/19860926%20201505%201%20001"));
        assertEquals("nip=1986************01&x=1", LogMask.nips("nip=19860926+201505+1+001&x=1"));
        assertEquals("NIP 1986************01 tidak ada", LogMask.nips("NIP 19860926 201505 1 001 tidak ada"));
    }

    @Test
    public void otherNumbersStayAsTheyAre() {
        // 17 and 19 digits are not NIPs; nor are session ids, dates or sums of rupiah.
        assertEquals("19860926201505100", LogMask.nips("19860926201505100"));
        assertEquals("1986092620150510011", LogMask.nips("1986092620150510011"));
        assertEquals("session 42 on 2026-11-27 cost 1500000", LogMask.nips("session 42 on 2026-11-27 cost 1500000"));
        assertNull(LogMask.nips(null));
    }
}
