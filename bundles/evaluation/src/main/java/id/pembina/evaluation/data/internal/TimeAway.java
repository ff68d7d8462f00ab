package id.pembina.evaluation.data.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import id.pembina.evaluation.data.api.TimeAwayCost;
import id.pembina.participant.api.Rank;

/** Participants' time away from duty valued by rank group: the cost line of fully loaded costs. */
final class TimeAway {

    /** A seat and the minutes its session's meetings kept the holder away from duty. */
    record Seat(String nip, long minutes) {
    }

    /** The line of seats without a rank. */
    static final String UNRANKED = "-";

    private TimeAway() {
    }

    private static final BigDecimal SIXTY = BigDecimal.valueOf(60);

    /**
     * Per golongan: minutes summed exactly; amount = minutes &times; rate / 60 rounded once to 2 decimals half up;
     * hours shown = minutes / 60 rounded to 2 decimals half up. Seats whose holder has no rank are listed with
     * rate and amount 0.
     */
    static TimeAwayCost of(List<Seat> seats, Map<String, Rank> ranks, TimeCostRates rates) {
        Map<String, Long> minutes = new TreeMap<>(TimeAway::order);
        Map<String, Integer> counts = new TreeMap<>(TimeAway::order);
        long total = 0;
        int unranked = 0;
        for (Seat s : seats) {
            Rank rank = ranks.get(s.nip());
            String group = rank == null ? UNRANKED : TimeCostRates.golongan(rank);
            unranked += rank == null ? 1 : 0;
            minutes.merge(group, s.minutes(), Long::sum);
            counts.merge(group, 1, Integer::sum);
            total += s.minutes();
        }
        List<TimeAwayCost.Line> lines = new ArrayList<>();
        BigDecimal amount = BigDecimal.ZERO.setScale(2);
        for (Map.Entry<String, Long> e : minutes.entrySet()) {
            BigDecimal rate = e.getKey().equals(UNRANKED) ? BigDecimal.ZERO
                    : rates.perHour(Rank.valueOf(e.getKey() + "_A"));
            BigDecimal lineAmount = BigDecimal.valueOf(e.getValue()).multiply(rate).divide(SIXTY, 2,
                    RoundingMode.HALF_UP);
            lines.add(new TimeAwayCost.Line(e.getKey(), counts.get(e.getKey()), hours(e.getValue()), rate,
                    lineAmount));
            amount = amount.add(lineAmount);
        }
        return new TimeAwayCost(seats.size(), unranked, hours(total), amount, lines);
    }

    private static BigDecimal hours(long minutes) {
        return BigDecimal.valueOf(minutes).divide(SIXTY, 2, RoundingMode.HALF_UP);
    }

    /** I, II, III, IV, then the unranked. */
    private static int order(String a, String b) {
        return Integer.compare(rank(a), rank(b));
    }

    private static int rank(String group) {
        return switch (group) {
            case "I" -> 1;
            case "II" -> 2;
            case "III" -> 3;
            case "IV" -> 4;
            default -> 5;
        };
    }
}
