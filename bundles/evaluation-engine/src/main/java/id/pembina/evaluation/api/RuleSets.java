package id.pembina.evaluation.api;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/** Several rule sets, each valid from its date until the next one's. */
public final class RuleSets {

    private final NavigableMap<LocalDate, RuleSet> byValidFrom = new TreeMap<>();

    private RuleSets(Collection<RuleSet> ruleSets) {
        for (RuleSet r : ruleSets) {
            RuleSet clash = byValidFrom.put(r.validFrom(), r);
            if (clash != null) {
                throw new IllegalArgumentException(clash + " and " + r + " are valid from the same date");
            }
        }
        if (byValidFrom.isEmpty()) {
            throw new IllegalArgumentException("at least one rule set is needed");
        }
    }

    public static RuleSets of(Collection<RuleSet> ruleSets) {
        return new RuleSets(ruleSets);
    }

    public static RuleSets of(RuleSet... ruleSets) {
        return new RuleSets(Arrays.asList(ruleSets));
    }

    /** The rule set with the latest validFrom on or before the date. */
    public RuleSet validOn(LocalDate date) {
        Map.Entry<LocalDate, RuleSet> e = byValidFrom.floorEntry(date);
        if (e == null) {
            throw new IllegalArgumentException("no rule set is valid on " + date);
        }
        return e.getValue();
    }

    /**
     * The rule set for an assessed year: the one valid on 31 December of that year, i.e. in force when the year
     * closes and its index is computed.
     */
    public RuleSet forYear(int year) {
        return validOn(LocalDate.of(year, 12, 31));
    }

    /** All rule sets, oldest first. */
    public List<RuleSet> all() {
        return List.copyOf(byValidFrom.values());
    }
}
