package id.pembina.participant.api;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Objects;

/**
 * A PNS civil servant's NIP (Perka BKN 22/2007 and 43/2007): 18 digits, where 1–8 are the birth
 * date (YYYYMMDD), 9–14 the TMT CPNS (YYYYMM), 15 the gender (1 male, 2 female) and 16–18 a
 * sequence from 001. Spaces, as in {@code 19860926 201505 1 001}, are ignored. The birth year must
 * be 1900 or later.
 * <p>
 * The TMT CPNS must not lie before the month of the 18th birthday nor after the current month in
 * WIB. PPPK numbers follow other rules and are not NIPs of this kind.
 */
public final class Nip implements Comparable<Nip> {

    /** Time zone in which "the future" is judged. */
    public static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

    /** The earliest birth year accepted; digits such as {@code 0001} are typing errors, not dates. */
    private static final int EARLIEST_BIRTH_YEAR = 1900;

    private final String value;
    private final LocalDate birthDate;
    private final YearMonth tmtCpns;
    private final Gender gender;
    private final int sequence;

    private Nip(String value, LocalDate birthDate, YearMonth tmtCpns, Gender gender, int sequence) {
        this.value = value;
        this.birthDate = birthDate;
        this.tmtCpns = tmtCpns;
        this.gender = gender;
        this.sequence = sequence;
    }

    /** Parses against today's date in WIB. */
    public static Nip parse(String text) {
        return parse(text, LocalDate.now(WIB));
    }

    /**
     * @param text  the NIP, spaces allowed
     * @param today the date against which a TMT CPNS in the future is refused
     * @throws InvalidNipException naming the first rule that the NIP breaks
     */
    public static Nip parse(String text, LocalDate today) {
        Objects.requireNonNull(today, "today");
        String digits = normalise(text);
        if (digits.length() != 18 || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new InvalidNipException(InvalidNipException.Reason.FORMAT,
                    "NIP must be exactly 18 digits: " + text);
        }
        LocalDate birth;
        try {
            birth = LocalDate.of(num(digits, 0, 4), num(digits, 4, 6), num(digits, 6, 8));
        } catch (DateTimeException e) {
            throw new InvalidNipException(InvalidNipException.Reason.BIRTH_DATE,
                    "Digits 1-8 of the NIP are not a real birth date: " + digits.substring(0, 8));
        }
        if (birth.getYear() < EARLIEST_BIRTH_YEAR) {
            throw new InvalidNipException(InvalidNipException.Reason.BIRTH_DATE,
                    "Digits 1-8 of the NIP are a birth date before " + EARLIEST_BIRTH_YEAR + ": "
                            + digits.substring(0, 8));
        }
        int tmtMonth = num(digits, 12, 14);
        if (tmtMonth < 1 || tmtMonth > 12) {
            throw new InvalidNipException(InvalidNipException.Reason.TMT_CPNS,
                    "Digits 9-14 of the NIP are not a real year and month: " + digits.substring(8, 14));
        }
        YearMonth tmt = YearMonth.of(num(digits, 8, 12), tmtMonth);
        if (tmt.isBefore(YearMonth.from(birth.plusYears(18)))) {
            throw new InvalidNipException(InvalidNipException.Reason.TMT_BEFORE_ADULTHOOD,
                    "TMT CPNS " + tmt + " lies before the 18th birthday (" + birth.plusYears(18) + ")");
        }
        if (tmt.isAfter(YearMonth.from(today))) {
            throw new InvalidNipException(InvalidNipException.Reason.TMT_IN_FUTURE,
                    "TMT CPNS " + tmt + " lies in the future");
        }
        char g = digits.charAt(14);
        if (g != '1' && g != '2') {
            throw new InvalidNipException(InvalidNipException.Reason.GENDER,
                    "Digit 15 of the NIP must be 1 (male) or 2 (female), not " + g);
        }
        int sequence = num(digits, 15, 18);
        if (sequence < 1) {
            throw new InvalidNipException(InvalidNipException.Reason.SEQUENCE,
                    "Digits 16-18 of the NIP are a sequence from 001");
        }
        return new Nip(digits, birth, tmt, g == '1' ? Gender.MALE : Gender.FEMALE, sequence);
    }

    /**
     * The form in which NIPs are compared and stored, whether or not the text is a valid NIP.
     *
     * @param text a NIP as typed, e.g. {@code 19860926 201505 1 001}, or null
     * @return the text without its spaces; the empty string for null
     * @since 1.1
     */
    public static String normalise(String text) {
        return text == null ? "" : text.replace(" ", "");
    }

    /**
     * The NIP as shown to roles below operator (issue 9): the first four and the last two digits, the birth
     * date, TMT and sequence hidden, e.g. {@code 1980************01}. Anything that is not 18 digits after
     * {@link #normalise} is hidden whole.
     *
     * @since 2.2
     */
    public static String mask(String text) {
        String n = text == null ? "" : normalise(text);
        return n.matches("[0-9]{18}") ? n.substring(0, 4) + "*".repeat(12) + n.substring(16) : "*".repeat(18);
    }

    /** @return true when {@link #parse(String)} would accept the text */
    public static boolean isValid(String text) {
        try {
            parse(text);
            return true;
        } catch (InvalidNipException e) {
            return false;
        }
    }

    /** Builds the NIP for the given parts; for generators and tests. */
    public static Nip of(LocalDate birthDate, YearMonth tmtCpns, Gender gender, int sequence, LocalDate today) {
        // Locale.ROOT: the default locale could write the numbers in other digits (e.g. Thai).
        String text = String.format(Locale.ROOT, "%04d%02d%02d%04d%02d%c%03d", birthDate.getYear(), birthDate.getMonthValue(),
                birthDate.getDayOfMonth(), tmtCpns.getYear(), tmtCpns.getMonthValue(), gender.nipDigit(), sequence);
        return parse(text, today);
    }

    private static int num(String s, int from, int to) {
        return Integer.parseInt(s.substring(from, to));
    }

    /** @return the 18 digits without spaces */
    public String value() {
        return value;
    }

    public LocalDate birthDate() {
        return birthDate;
    }

    /** @return the start of candidate service (TMT CPNS) */
    public YearMonth tmtCpns() {
        return tmtCpns;
    }

    public Gender gender() {
        return gender;
    }

    /** @return the sequence number, 1 or more */
    public int sequence() {
        return sequence;
    }

    /** @return the NIP in its usual printed groups, e.g. {@code 19860926 201505 1 001} */
    public String formatted() {
        return value.substring(0, 8) + ' ' + value.substring(8, 14) + ' ' + value.charAt(14) + ' ' + value.substring(15);
    }

    @Override
    public int compareTo(Nip o) {
        return value.compareTo(o.value);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Nip && ((Nip) o).value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return value;
    }
}
