package id.pembina.forms.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.Test;

public class QrSvgTest {

    @Test
    public void aShortTextIsAVersion1CodeWithItsQuietZone() {
        String svg = QrSvg.of("HELLO");
        // version 1: 21 x 21 modules, plus 4 on each side = 29
        assertTrue(svg, svg.startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 29 29\""));
        // the top-left finder pattern: its 7 x 7 outer ring starts at (4,4); (5,5) is white, (6,6) black
        assertTrue(svg.contains("M4,4h1v1h-1z"));
        assertTrue(!svg.contains("M5,5h1v1h-1z"));
        assertTrue(svg.contains("M6,6h1v1h-1z"));
    }

    @Test
    public void aFormUrlNeedsAVersion5Code() {
        String url = "http://localhost:8181/pembina/forms/s/42.oYaT9uPVaLKMKR1C0N858g";
        // 63 bytes in byte mode; level M holds 62 bytes at version 4 and 84 at version 5: 4 x 5 + 17 = 37 modules
        Matcher m = Pattern.compile("viewBox=\"0 0 (\\d+) \\1\"").matcher(QrSvg.of(url));
        assertTrue(m.find());
        assertEquals(37 + 8, Integer.parseInt(m.group(1)));
    }
}
