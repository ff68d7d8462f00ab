package id.pembina.evaluation.internal;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

import id.pembina.evaluation.api.RuleSet;
import id.pembina.evaluation.api.RuleSetSource;
import id.pembina.evaluation.api.RuleSets;

/**
 * The rule sets in force: every readable {@link IpAsnRuleSet} configured in ConfigAdmin; with none,
 * the shipped defaults.
 */
@Component(immediate = true, service = RuleSetSource.class)
public class ConfiguredRuleSets implements RuleSetSource {

    private final List<IpAsnRuleSet> configured = new CopyOnWriteArrayList<>();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addRuleSet(IpAsnRuleSet ruleSet) {
        configured.add(ruleSet);
    }

    void removeRuleSet(IpAsnRuleSet ruleSet) {
        configured.remove(ruleSet);
    }

    @Override
    public RuleSets ruleSets() {
        List<RuleSet> all = configured.stream().map(IpAsnRuleSet::ruleSet).filter(Objects::nonNull).toList();
        return all.isEmpty() ? RuleSets.of(RuleSet.defaults()) : RuleSets.of(all);
    }
}
