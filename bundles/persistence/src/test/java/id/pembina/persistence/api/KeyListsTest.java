package id.pembina.persistence.api;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import java.util.ArrayList;
import java.util.List;

import org.junit.Test;

public class KeyListsTest {

    @Test
    public void distinctKeysInSlicesOf500() {
        List<Long> keys = new ArrayList<>();
        for (long i = 1; i <= 1201; i++) {
            keys.add(i);
        }
        keys.add(7L); // a repeat is asked once
        List<List<Long>> chunks = KeyLists.chunks(keys);
        // 1,201 distinct keys: 500 + 500 + 201
        assertEquals(List.of(500, 500, 201), chunks.stream().map(List::size).toList());
        assertEquals(Long.valueOf(1), chunks.get(0).get(0));
        assertEquals(Long.valueOf(1201), chunks.get(2).get(200));
        assertEquals(List.of(), KeyLists.chunks(List.of()));
    }

    @Test
    public void numbersAndPlainCodesBecomeLiteralsAndNothingElse() {
        assertEquals("1,22,'198609262015051001','KEL-01.A_b'",
                KeyLists.literals(List.of(1, 22L, "198609262015051001", "KEL-01.A_b")));
        assertThrows(IllegalArgumentException.class, () -> KeyLists.literals(List.of("x' OR '1'='1")));
        assertThrows(IllegalArgumentException.class, () -> KeyLists.literals(List.of("")));
        assertThrows(IllegalArgumentException.class, () -> KeyLists.literals(List.of(1.5)));
    }
}
