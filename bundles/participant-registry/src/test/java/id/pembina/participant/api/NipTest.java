package id.pembina.participant.api;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

import org.junit.Test;

/** The NIP value type, ranks and the message bundles. */
public class NipTest {

    /** "Today" for every parse in this test: the NIP rules must not depend on the real date. */
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

    private static InvalidNipException.Reason refusal(String text) {
        InvalidNipException e = assertThrows(InvalidNipException.class, () -> Nip.parse(text, TODAY));
        return e.reason();
    }

    // ---- valid NIPs -------------------------------------------------------------------------

    @Test
    public void validNipYieldsItsParts() {
        Nip nip = Nip.parse("198609262015051001", TODAY);
        assertEquals("198609262015051001", nip.value());
        assertEquals(LocalDate.of(1986, 9, 26), nip.birthDate());
        assertEquals(YearMonth.of(2015, 5), nip.tmtCpns());
        assertEquals(Gender.MALE, nip.gender());
        assertEquals(1, nip.sequence());
        assertEquals("198609262015051001", nip.toString());
    }

    @Test
    public void femaleNipWithHigherSequence() {
        Nip nip = Nip.parse("199003152019032012", TODAY);
        assertEquals(LocalDate.of(1990, 3, 15), nip.birthDate());
        assertEquals(YearMonth.of(2019, 3), nip.tmtCpns());
        assertEquals(Gender.FEMALE, nip.gender());
        assertEquals(12, nip.sequence());
    }

    @Test
    public void spacesAreAccepted() {
        Nip nip = Nip.parse("19860926 201505 1 001", TODAY);
        assertEquals("198609262015051001", nip.value());
        assertEquals(Nip.parse("198609262015051001", TODAY), nip);
        assertEquals(Nip.parse(" 1986 0926 2015 0510 01 ", TODAY), nip);
    }

    @Test
    public void formattedPrintsTheUsualGroups() {
        assertEquals("19860926 201505 1 001", Nip.parse("198609262015051001", TODAY).formatted());
        assertEquals("19900315 201903 2 012", Nip.parse("199003152019032012", TODAY).formatted());
    }

    @Test
    public void leapDayBirthDateIsAccepted() {
        Nip nip = Nip.parse("199202292014011001", TODAY);
        assertEquals(LocalDate.of(1992, 2, 29), nip.birthDate());
    }

    @Test
    public void equalityHashCodeAndOrderFollowTheDigits() {
        Nip a = Nip.parse("198609262015051001", TODAY);
        Nip b = Nip.parse("19860926 201505 1 001", TODAY);
        Nip c = Nip.parse("198609262015051002", TODAY);
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        assertNotEquals(a, c);
        assertNotEquals(a, "198609262015051001");
        assertTrue(a.compareTo(c) < 0);
        assertTrue(c.compareTo(a) > 0);
        assertEquals(0, a.compareTo(b));
    }

    // ---- each rule, broken by a hand-made example -------------------------------------------

    @Test
    public void wrongLengthIsRefused() {
        assertEquals(InvalidNipException.Reason.FORMAT, refusal("19860926201505100"));   // 17 digits
        assertEquals(InvalidNipException.Reason.FORMAT, refusal("1986092620150510011")); // 19 digits
        assertEquals(InvalidNipException.Reason.FORMAT, refusal(""));
        assertEquals(InvalidNipException.Reason.FORMAT, refusal(null));
    }

    @Test
    public void lettersAreRefused() {
        assertEquals(InvalidNipException.Reason.FORMAT, refusal("19860926201505100A"));
        assertEquals(InvalidNipException.Reason.FORMAT, refusal("1986-09-26-2015-05"));
        // Digits of another script are not NIP digits.
        assertEquals(InvalidNipException.Reason.FORMAT, refusal("١٩٨٦٠٩٢٦٢٠١٥٠٥١٠٠١"));
    }

    @Test
    public void formatMessageNamesTheText() {
        InvalidNipException e = assertThrows(InvalidNipException.class, () -> Nip.parse("12345", TODAY));
        assertEquals("NIP must be exactly 18 digits: 12345", e.getMessage());
        assertEquals("nip.format", e.code());
    }

    @Test
    public void impossibleBirthDateIsRefused() {
        assertEquals(InvalidNipException.Reason.BIRTH_DATE, refusal("198602312015051001")); // 31 February
        assertEquals(InvalidNipException.Reason.BIRTH_DATE, refusal("199102292014011001")); // 29 Feb, no leap year
        assertEquals(InvalidNipException.Reason.BIRTH_DATE, refusal("198613012015051001")); // month 13
        assertEquals(InvalidNipException.Reason.BIRTH_DATE, refusal("198609002015051001")); // day 0
    }

    @Test
    public void birthYearBefore1900IsRefused() {
        // Real calendar dates, but typing errors as birth dates; TMT and the rest are fine.
        assertEquals(InvalidNipException.Reason.BIRTH_DATE, refusal("000101012015051001")); // year 1
        assertEquals(InvalidNipException.Reason.BIRTH_DATE, refusal("000001012015051001")); // year 0
        assertEquals(InvalidNipException.Reason.BIRTH_DATE, refusal("189912312015051001"));
        InvalidNipException e = assertThrows(InvalidNipException.class, () -> Nip.parse("000101012015051001", TODAY));
        assertEquals("nip.birthDate", e.code());
        assertEquals("Digits 1-8 of the NIP are a birth date before 1900: 00010101", e.getMessage());
        e = assertThrows(InvalidNipException.class,
                () -> Nip.of(LocalDate.of(1, 1, 1), YearMonth.of(2015, 5), Gender.MALE, 1, TODAY));
        assertEquals(InvalidNipException.Reason.BIRTH_DATE, e.reason());
    }

    @Test
    public void birthYear1900IsAccepted() {
        assertEquals(LocalDate.of(1900, 1, 1), Nip.parse("190001012015051001", TODAY).birthDate());
    }

    @Test
    public void normaliseRemovesSpacesOnly() {
        assertEquals("198609262015051001", Nip.normalise("19860926 201505 1 001"));
        assertEquals("198609262015051001", Nip.normalise(" 198609262015051001 "));
        assertEquals("", Nip.normalise(null));
        assertEquals("", Nip.normalise("   "));
        // Not a validation: anything else stays as it is.
        assertEquals("abc\t1", Nip.normalise("a b c\t1"));
        assertEquals(Nip.parse("19860926 201505 1 001", TODAY).value(), Nip.normalise("19860926 201505 1 001"));
    }

    @Test
    public void impossibleTmtMonthIsRefused() {
        assertEquals(InvalidNipException.Reason.TMT_CPNS, refusal("198609262015131001")); // month 13
        assertEquals(InvalidNipException.Reason.TMT_CPNS, refusal("198609262015001001")); // month 00
    }

    @Test
    public void tmtBeforeTheMonthOfThe18thBirthdayIsRefused() {
        // Born 1986-09-26: 18 on 2004-09-26.
        assertEquals(InvalidNipException.Reason.TMT_BEFORE_ADULTHOOD, refusal("198609262004081001"));
        assertEquals(InvalidNipException.Reason.TMT_BEFORE_ADULTHOOD, refusal("198609261999011001"));
    }

    @Test
    public void tmtInTheMonthOfThe18thBirthdayIsAccepted() {
        Nip nip = Nip.parse("198609262004091001", TODAY);
        assertEquals(YearMonth.of(2004, 9), nip.tmtCpns());
    }

    @Test
    public void tmtInTheFutureIsRefused() {
        assertEquals(InvalidNipException.Reason.TMT_IN_FUTURE, refusal("198609262026121001"));
        assertEquals(InvalidNipException.Reason.TMT_IN_FUTURE, refusal("198609262030011001"));
    }

    @Test
    public void tmtInTheCurrentMonthIsAccepted() {
        assertEquals(YearMonth.of(2026, 11), Nip.parse("198609262026111001", TODAY).tmtCpns());
        // The first day of the month already counts as that month.
        assertEquals(YearMonth.of(2026, 11), Nip.parse("198609262026111001", LocalDate.of(2026, 11, 1)).tmtCpns());
        InvalidNipException e = assertThrows(InvalidNipException.class,
                () -> Nip.parse("198609262026111001", LocalDate.of(2026, 10, 31)));
        assertEquals(InvalidNipException.Reason.TMT_IN_FUTURE, e.reason());
    }

    @Test
    public void genderDigitOtherThanOneOrTwoIsRefused() {
        assertEquals(InvalidNipException.Reason.GENDER, refusal("198609262015053001"));
        assertEquals(InvalidNipException.Reason.GENDER, refusal("198609262015050001"));
    }

    @Test
    public void sequenceZeroIsRefused() {
        assertEquals(InvalidNipException.Reason.SEQUENCE, refusal("198609262015051000"));
    }

    @Test
    public void eachReasonHasItsMessageCode() {
        assertEquals("nip.format", new InvalidNipException(InvalidNipException.Reason.FORMAT, "").code());
        assertEquals("nip.birthDate", new InvalidNipException(InvalidNipException.Reason.BIRTH_DATE, "").code());
        assertEquals("nip.tmt", new InvalidNipException(InvalidNipException.Reason.TMT_CPNS, "").code());
        assertEquals("nip.tmtBeforeAdulthood",
                new InvalidNipException(InvalidNipException.Reason.TMT_BEFORE_ADULTHOOD, "").code());
        assertEquals("nip.tmtInFuture", new InvalidNipException(InvalidNipException.Reason.TMT_IN_FUTURE, "").code());
        assertEquals("nip.gender", new InvalidNipException(InvalidNipException.Reason.GENDER, "").code());
        assertEquals("nip.sequence", new InvalidNipException(InvalidNipException.Reason.SEQUENCE, "").code());
    }

    @Test
    public void isValidJudgesAgainstTheRealDate() {
        assertTrue(Nip.isValid("198609262015051001"));
        assertTrue(Nip.isValid("19860926 201505 1 001"));
        assertFalse(Nip.isValid("198609262015051000"));
        assertFalse(Nip.isValid("not a nip"));
        assertFalse(Nip.isValid(null));
        // Far beyond any real date of a test run.
        assertFalse(Nip.isValid("198609269999121001"));
    }

    // ---- building a NIP from its parts --------------------------------------------------------

    @Test
    public void ofRoundTrips() {
        Nip built = Nip.of(LocalDate.of(1986, 9, 26), YearMonth.of(2015, 5), Gender.MALE, 1, TODAY);
        assertEquals("198609262015051001", built.value());
        Nip parsed = Nip.parse(built.value(), TODAY);
        assertEquals(built, parsed);
        assertEquals(LocalDate.of(1986, 9, 26), parsed.birthDate());
        assertEquals(YearMonth.of(2015, 5), parsed.tmtCpns());
        assertEquals(Gender.MALE, parsed.gender());
        assertEquals(1, parsed.sequence());

        Nip female = Nip.of(LocalDate.of(1990, 3, 15), YearMonth.of(2019, 3), Gender.FEMALE, 123, TODAY);
        assertEquals("199003152019032123", female.value());
        assertEquals(Gender.FEMALE, Nip.parse(female.value(), TODAY).gender());
        assertEquals(123, female.sequence());
    }

    @Test
    public void ofAppliesTheRules() {
        InvalidNipException e = assertThrows(InvalidNipException.class,
                () -> Nip.of(LocalDate.of(1986, 9, 26), YearMonth.of(2004, 8), Gender.MALE, 1, TODAY));
        assertEquals(InvalidNipException.Reason.TMT_BEFORE_ADULTHOOD, e.reason());
        e = assertThrows(InvalidNipException.class,
                () -> Nip.of(LocalDate.of(1986, 9, 26), YearMonth.of(2015, 5), Gender.MALE, 0, TODAY));
        assertEquals(InvalidNipException.Reason.SEQUENCE, e.reason());
    }

    @Test
    public void ofDoesNotDependOnTheDefaultLocale() {
        Locale previous = Locale.getDefault();
        Locale previousFormat = Locale.getDefault(Locale.Category.FORMAT);
        try {
            // A locale whose numbers are written in Thai digits.
            Locale.setDefault(Locale.forLanguageTag("th-TH-u-nu-thai"));
            Nip built = Nip.of(LocalDate.of(1986, 9, 26), YearMonth.of(2015, 5), Gender.MALE, 1, TODAY);
            assertEquals("198609262015051001", built.value());
        } finally {
            Locale.setDefault(previous);
            Locale.setDefault(Locale.Category.FORMAT, previousFormat);
        }
    }

    @Test
    public void genderNipDigits() {
        assertEquals('1', Gender.MALE.nipDigit());
        assertEquals('2', Gender.FEMALE.nipDigit());
    }

    // ---- ranks ----------------------------------------------------------------------------------

    @Test
    public void rankFromCode() {
        assertSame(Rank.III_A, Rank.fromCode("III/a"));
        assertEquals("III/a", Rank.III_A.code());
        assertEquals("Penata Muda", Rank.III_A.title());
        assertSame(Rank.I_A, Rank.fromCode("I/a"));
        assertSame(Rank.IV_E, Rank.fromCode("IV/e"));
        assertEquals("Pembina Utama", Rank.IV_E.title());
    }

    @Test
    public void rankFromCodeIgnoresCaseAndSurroundingSpace() {
        assertSame(Rank.III_A, Rank.fromCode("III/A"));
        assertSame(Rank.III_A, Rank.fromCode("iii/a"));
        assertSame(Rank.II_C, Rank.fromCode(" ii/C "));
    }

    @Test
    public void unknownRankCodeIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Rank.fromCode("V/a"));
        assertEquals("Unknown rank: V/a", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Rank.fromCode("III-a"));
        assertThrows(IllegalArgumentException.class, () -> Rank.fromCode(""));
        assertThrows(IllegalArgumentException.class, () -> Rank.fromCode(null));
    }

    @Test
    public void seventeenRanksLowestFirst() {
        Rank[] ranks = Rank.values();
        assertEquals(17, ranks.length);
        assertSame(Rank.I_A, ranks[0]);
        assertSame(Rank.IV_E, ranks[16]);
        for (Rank r : ranks) {
            assertSame(r, Rank.fromCode(r.code()));
        }
    }
}
