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
    public void slicesOfAGivenSize() {
        List<Long> keys = new ArrayList<>();
        for (long i = 1; i <= 12; i++) {
            keys.add(i);
        }
        keys.add(3L); // a repeat is asked once
        // 12 distinct keys in slices of 5: 5 + 5 + 2
        List<List<Long>> chunks = KeyLists.chunks(keys, 5);
        assertEquals(List.of(List.of(1L, 2L, 3L, 4L, 5L), List.of(6L, 7L, 8L, 9L, 10L), List.of(11L, 12L)), chunks);
        assertEquals(List.of(List.of(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L, 11L, 12L)),
                KeyLists.chunks(keys, KeyLists.LARGE_CHUNK));
        assertThrows(IllegalArgumentException.class, () -> KeyLists.chunks(keys, 0));
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
