package id.pembina.evaluation.data.internal;

import static org.junit.Assert.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.Test;

import id.pembina.evaluation.data.api.TimeAwayCost;
import id.pembina.participant.api.Rank;

/** {@link TimeAway#of}: seats summed per golongan (I..IV, then the unranked), each line's amount rounded once. */
public class TimeAwayTest {

    @Test
    public void seatsOfSeveralRanksAreSummedPerGolonganInOrderWithTheUnrankedLast() {
        // Ranks of one golongan (III/a, III/c) share its line; a NIP without a rank counts as unranked, twice here.
        Map<String, Rank> ranks = Map.of("A", Rank.III_A, "B", Rank.III_C, "C", Rank.I_B, "D", Rank.IV_A);
        List<TimeAway.Seat> seats = List.of(new TimeAway.Seat("A", 90), new TimeAway.Seat("B", 100),
                new TimeAway.Seat("C", 45), new TimeAway.Seat("X", 30), new TimeAway.Seat("D", 20),
                new TimeAway.Seat("A", 50), new TimeAway.Seat("Y", 15));
        TimeAwayCost t = TimeAway.of(seats, ranks::get, new TimeCostRates(TimeCostRates.DEFAULTS));
        // I: 45 min -> 0.75 h, 45 x 26,000 / 60 = 19,500.00
        // III: 90 + 100 + 50 = 240 min -> 4.00 h, 240 x 45,000 / 60 = 180,000.00
        // IV: 20 min -> 0.33 h, 20 x 55,000 / 60 = 18,333.333... -> 18,333.33
        // unranked: 30 + 15 = 45 min -> 0.75 h at 0
        assertEquals(List.of(
                new TimeAwayCost.Line("I", 1, new BigDecimal("0.75"), new BigDecimal("26000"),
                        new BigDecimal("19500.00")),
                new TimeAwayCost.Line("III", 3, new BigDecimal("4.00"), new BigDecimal("45000"),
                        new BigDecimal("180000.00")),
                new TimeAwayCost.Line("IV", 1, new BigDecimal("0.33"), new BigDecimal("55000"),
                        new BigDecimal("18333.33")),
                new TimeAwayCost.Line(TimeAway.UNRANKED, 2, new BigDecimal("0.75"), BigDecimal.ZERO,
                        new BigDecimal("0.00"))), t.lines());
        assertEquals(7, t.seats());
        assertEquals(2, t.unranked());
        // 45 + 240 + 20 + 45 = 350 min -> 5.83 h; 19,500.00 + 180,000.00 + 18,333.33 = 217,833.33
        assertEquals(new BigDecimal("5.83"), t.hours());
        assertEquals(new BigDecimal("217833.33"), t.amount());
    }
}
