package id.pembina.evaluation.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.Test;

import id.pembina.evaluation.api.EvaluationEngine;
import id.pembina.evaluation.api.Evaluations;
import id.pembina.evaluation.api.IkmGrade;
import id.pembina.evaluation.api.IkmResponse;
import id.pembina.evaluation.api.IkmResult;

public class IkmTest {

    private final EvaluationEngine engine = Evaluations.engine();

    private static IkmResponse all(String id, int rating) {
        return new IkmResponse(id, Collections.nCopies(9, rating));
    }

    @Test
    public void elementMeansIndexAndGrade() {
        // R1 all 4, R2 all 3, R3 alternating 4,3,4,3,4,3,4,3,4.
        // Element sums: U1, U3, U5, U7, U9 = 4+3+4 = 11; U2, U4, U6, U8 = 4+3+3 = 10; total 5*11 + 4*10 = 95.
        // IKM x 25 = 25 * 95 / (9 * 3) = 2375/27 = 87.962962... -> 87.96: B (Baik, 76.61 .. 88.30).
        IkmResult r = engine.ikm(List.of(all("R1", 4), all("R2", 3),
                new IkmResponse("R3", List.of(4, 3, 4, 3, 4, 3, 4, 3, 4))));
        assertEquals(3, r.n());
        assertEquals(new BigDecimal("3.6667"), r.elementMeans().get(0)); // 11/3
        assertEquals(new BigDecimal("3.3333"), r.elementMeans().get(1)); // 10/3
        assertEquals(new BigDecimal("87.96"), r.index());
        assertEquals(IkmGrade.B, r.grade());
    }

    @Test
    public void gradeBoundariesAreInclusiveAtTheirMinimum() {
        // Four respondents all 3 (27 each) and one all 1 (9): total 117, n 5: 25 * 117 / 45 = 65.00 exactly: C.
        List<IkmResponse> c = new ArrayList<>();
        for (int i = 1; i <= 4; i++) {
            c.add(all("R" + i, 3));
        }
        c.add(all("R5", 1));
        assertEquals(new BigDecimal("65.00"), engine.ikm(c).index());
        assertEquals(IkmGrade.C, engine.ikm(c).grade());
        // One respondent with eight 4s and one 1: total 33: 25 * 33 / 9 = 91.666... -> 91.67: A.
        // Total 32 (seven 4s, two 2s): 88.888... -> 88.89: A; total 31 (seven 4s, a 2 and a 1): 86.11: B.
        assertEquals(IkmGrade.A, engine.ikm(List.of(new IkmResponse("X", List.of(4, 4, 4, 4, 4, 4, 4, 4, 1))))
                .grade());
        IkmResult a = engine.ikm(List.of(new IkmResponse("X", List.of(4, 4, 4, 4, 4, 4, 4, 2, 2))));
        assertEquals(new BigDecimal("88.89"), a.index());
        assertEquals(IkmGrade.A, a.grade());
        IkmResult b = engine.ikm(List.of(new IkmResponse("X", List.of(4, 4, 4, 4, 4, 4, 4, 2, 1))));
        assertEquals(new BigDecimal("86.11"), b.index());
        assertEquals(IkmGrade.B, b.grade());
        // The extremes: all 4 -> 100.00 A; all 1 -> 25.00 D.
        assertEquals(new BigDecimal("100.00"), engine.ikm(List.of(all("X", 4))).index());
        assertEquals(IkmGrade.D, engine.ikm(List.of(all("X", 1))).grade());
        // The published bounds themselves: 88.30 is B, 88.31 A, 76.60 C, 76.61 B, 64.99 D.
        assertEquals(IkmGrade.B, IkmGrade.of(new BigDecimal("88.30")));
        assertEquals(IkmGrade.A, IkmGrade.of(new BigDecimal("88.31")));
        assertEquals(IkmGrade.C, IkmGrade.of(new BigDecimal("76.60")));
        assertEquals(IkmGrade.B, IkmGrade.of(new BigDecimal("76.61")));
        assertEquals(IkmGrade.D, IkmGrade.of(new BigDecimal("64.99")));
    }

    @Test
    public void noResponsesAndBadResponses() {
        IkmResult none = engine.ikm(List.of());
        assertEquals(0, none.n());
        assertNull(none.index());
        assertNull(none.grade());
        assertThrows(IllegalArgumentException.class, () -> new IkmResponse("X", List.of(4, 4, 4)));
        assertThrows(IllegalArgumentException.class, () -> new IkmResponse("X", Collections.nCopies(9, 5)));
        assertThrows(IllegalArgumentException.class, () -> engine.ikm(List.of(all("X", 4), all("X", 3))));
    }
}
