package id.pembina.evaluation.data.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

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
     *
     * @param rankOf the rank of a seat's holder by NIP, null when unknown
     */
    static TimeAwayCost of(List<Seat> seats, Function<String, Rank> rankOf, TimeCostRates rates) {
        // Summed per rank first (by its ordinal), then per golongan: a city's year has 90,000 seats and 17 ranks.
        Rank[] all = Rank.values();
        long[] rankMinutes = new long[all.length];
        int[] rankSeats = new int[all.length];
        long total = 0;
        long unrankedMinutes = 0;
        int unranked = 0;
        for (Seat s : seats) {
            Rank rank = rankOf.apply(s.nip());
            if (rank == null) {
                unranked++;
                unrankedMinutes += s.minutes();
            } else {
                rankMinutes[rank.ordinal()] += s.minutes();
                rankSeats[rank.ordinal()]++;
            }
            total += s.minutes();
        }
        Map<String, Long> minutes = new TreeMap<>(TimeAway::order);
        Map<String, Integer> counts = new TreeMap<>(TimeAway::order);
        for (Rank rank : all) {
            if (rankSeats[rank.ordinal()] > 0) {
                String group = TimeCostRates.golongan(rank);
                minutes.merge(group, rankMinutes[rank.ordinal()], Long::sum);
                counts.merge(group, rankSeats[rank.ordinal()], Integer::sum);
            }
        }
        if (unranked > 0) {
            minutes.merge(UNRANKED, unrankedMinutes, Long::sum);
            counts.merge(UNRANKED, unranked, Integer::sum);
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
