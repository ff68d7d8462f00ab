package id.pembina.planning.schedule.internal.solver;

import java.time.DayOfWeek;
import java.time.LocalDate;

/** Sessions run on working days (Monday-Friday); days are epoch days throughout the solver. */
public final class WorkingDays {

    private WorkingDays() {
    }

    /** @return the epoch days of {@code length} working days from {@code start} (a weekend start moves to Monday) */
    public static int[] from(LocalDate start, int length) {
        int[] out = new int[length];
        LocalDate d = start;
        for (int i = 0; i < length; d = d.plusDays(1)) {
            if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
                out[i++] = (int) d.toEpochDay();
            }
        }
        return out;
    }

    /** @return true when the two sorted day lists share a day */
    public static boolean overlap(int[] a, int[] b) {
        return a.length > 0 && b.length > 0 && a[0] <= b[b.length - 1] && b[0] <= a[a.length - 1] && shared(a, b);
    }

    private static boolean shared(int[] a, int[] b) {
        int i = 0;
        int j = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                return true;
            }
            if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return false;
    }
}
