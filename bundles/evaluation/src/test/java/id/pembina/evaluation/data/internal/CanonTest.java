package id.pembina.evaluation.data.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotSame;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertSame;

import java.util.Map;

import org.junit.Test;

import id.pembina.participant.api.Participant;

/** {@link Canon} keeps one instance of each text: the caller's own when it has one, else the first seen. */
public class CanonTest {

    private static final String BUDI = "198609262015051001";

    /** An equal text read again: a new instance, as a JDBC driver returns it for every row. */
    private static String copy(String text) {
        return new String(text.toCharArray());
    }

    @Test
    public void equalTextsGiveTheFirstInstanceSeen() {
        Canon canon = new Canon();
        String first = copy("1.0");
        String second = copy("1.0");
        assertNotSame(first, second);
        assertSame(first, canon.of(first));
        assertSame(first, canon.of(second));
        String other = copy("2.0");
        assertSame(other, canon.of(other));
        assertSame(first, canon.of(copy("1.0")));
        assertNull(canon.of(null));
    }

    @Test
    public void aNipIsTheCallersInstanceAndOthersAreKeptHere() {
        Participant budi = new Participant(BUDI, "Budi", null, null, "MARELAN", null, null, null, null, null, true);
        Canon canon = new Canon(Canon.nipsOf(Map.of(BUDI, budi)));
        String read = copy(BUDI);
        assertNotSame(budi.nip(), read);
        assertSame(budi.nip(), canon.nip(read));
        // A NIP the caller does not hold: the first one read is kept.
        String stranger = copy("199003152019032002");
        assertSame(stranger, canon.nip(stranger));
        assertSame(stranger, canon.nip(copy("199003152019032002")));
        assertEquals("199003152019032002", canon.nip(copy("199003152019032002")));
        assertNull(canon.nip(null));
        // own(): the caller's instance, else the text itself, nothing kept (a read naming each NIP once).
        assertSame(budi.nip(), canon.own(copy(BUDI)));
        String once = copy("200001012022011001");
        assertSame(once, canon.own(once));
        assertNotSame(once, canon.own(copy("200001012022011001")));
        assertNull(canon.own(null));
        // Versions and the like are never a caller's NIP: of() keeps its own.
        String asText = copy(BUDI);
        assertSame(asText, canon.of(asText));
    }
}
