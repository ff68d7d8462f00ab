package id.pembina.evaluation.data.internal;

import java.math.BigDecimal;
import java.util.Map;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

import id.pembina.participant.api.Rank;

/**
 * The cost of an hour of a participant's working time by rank group (golongan I-IV), for the time away from duty
 * (fully loaded costs). Configured in {@code etc/id.pembina.evaluation.costs.cfg}; the defaults are an estimate an
 * agency replaces with its own payroll: the middle of each golongan's basic-pay range (PP 15/2019), doubled for
 * the allowances paid besides it, divided by 162.5 working hours a month (37.5 hours a week; see
 * {@code docs/evaluation.md}).
 */
@Component(immediate = true, service = TimeCostRates.class, configurationPid = TimeCostRates.PID)
@Designate(ocd = TimeCostRates.Config.class)
public final class TimeCostRates {

    static final String PID = "id.pembina.evaluation.costs";

    @ObjectClassDefinition(name = "Pembina evaluation: cost of working time",
            description = "Rupiah per hour of a participant's working time by golongan, for fully loaded costs")
    public @interface Config {
        @AttributeDefinition(name = "Golongan I (Rp/jam)")
        String golonganI() default "26000";

        @AttributeDefinition(name = "Golongan II (Rp/jam)")
        String golonganII() default "36000";

        @AttributeDefinition(name = "Golongan III (Rp/jam)")
        String golonganIII() default "45000";

        @AttributeDefinition(name = "Golongan IV (Rp/jam)")
        String golonganIV() default "55000";
    }

    /** The shipped defaults (see the class comment for their basis). */
    static final Map<String, BigDecimal> DEFAULTS = Map.of("I", new BigDecimal("26000"), "II",
            new BigDecimal("36000"), "III", new BigDecimal("45000"), "IV", new BigDecimal("55000"));

    private volatile Map<String, BigDecimal> rates = DEFAULTS;

    public TimeCostRates() {
    }

    /** For tests and embedding: fixed rates per golongan I..IV. */
    TimeCostRates(Map<String, BigDecimal> rates) {
        this.rates = Map.copyOf(rates);
    }

    @Activate
    @Modified
    void configure(Config c) {
        rates = Map.of("I", amount(c.golonganI(), "I"), "II", amount(c.golonganII(), "II"), "III",
                amount(c.golonganIII(), "III"), "IV", amount(c.golonganIV(), "IV"));
    }

    /** A configured amount; not a number or negative falls back to the default (a typo must not zero the cost). */
    private static BigDecimal amount(String value, String golongan) {
        try {
            BigDecimal d = new BigDecimal(value.strip());
            return d.signum() < 0 ? DEFAULTS.get(golongan) : d;
        } catch (RuntimeException e) {
            return DEFAULTS.get(golongan);
        }
    }

    /** @return rupiah per hour of the rank's golongan; null without a rank */
    BigDecimal perHour(Rank rank) {
        return rank == null ? null : rates.get(golongan(rank));
    }

    /** @return I, II, III or IV */
    static String golongan(Rank rank) {
        String name = rank.name();
        return name.substring(0, name.indexOf('_'));
    }
}
