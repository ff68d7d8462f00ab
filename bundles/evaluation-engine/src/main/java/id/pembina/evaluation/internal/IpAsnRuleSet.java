package id.pembina.evaluation.internal;

import java.util.Map;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import id.pembina.evaluation.api.RuleSet;

/**
 * One IP ASN rule set: a DS factory component, one instance per factory configuration
 * {@code id.pembina.evaluation.ipasn} (e.g. {@code etc/id.pembina.evaluation.ipasn-default.cfg}).
 * A configuration that cannot be read is refused and logged; the component stays up without a
 * rule set, so that one typo neither takes the others out of force nor the server's health down.
 */
@Component(immediate = true, service = IpAsnRuleSet.class, configurationPid = IpAsnRuleSet.FACTORY_PID,
        configurationPolicy = ConfigurationPolicy.REQUIRE)
@Designate(ocd = IpAsnRuleSetConfig.class, factory = true)
public class IpAsnRuleSet {

    static final String FACTORY_PID = "id.pembina.evaluation.ipasn";
    private static final Logger LOG = LoggerFactory.getLogger(IpAsnRuleSet.class);

    private final RuleSet ruleSet;
    private final String problem;

    @Activate
    public IpAsnRuleSet(Map<String, Object> properties) {
        RuleSet r = null;
        String p = null;
        try {
            r = RuleSet.fromProperties(properties);
            LOG.info("IP ASN rule set '{}' valid from {} in force", r.name(), r.validFrom());
        } catch (IllegalArgumentException e) {
            p = e.getMessage();
            LOG.error("IP ASN rule set of configuration {} refused: {}", properties.get("service.pid"), p);
        }
        this.ruleSet = r;
        this.problem = p;
    }

    /** @return the rule set, or null when the configuration was refused */
    RuleSet ruleSet() {
        return ruleSet;
    }

    /** @return why the configuration was refused, or null */
    String problem() {
        return problem;
    }
}
