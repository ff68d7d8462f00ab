package id.pembina.evaluation.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Dictionary;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.osgi.service.cm.ConfigurationException;
import org.osgi.service.cm.ManagedServiceFactory;
import org.osgi.service.component.annotations.Component;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import id.pembina.evaluation.api.RuleSet;
import id.pembina.evaluation.api.RuleSetSource;
import id.pembina.evaluation.api.RuleSets;

/**
 * Collects the IP ASN rule sets of ConfigAdmin's factory configurations
 * {@code id.pembina.evaluation.ipasn}: a rule set that cannot be read is refused (and logged) and
 * the others stay in force; with none configured the shipped defaults apply.
 */
@Component(service = { RuleSetSource.class, ManagedServiceFactory.class },
        property = "service.pid=" + ConfiguredRuleSets.FACTORY_PID)
public class ConfiguredRuleSets implements RuleSetSource, ManagedServiceFactory {

    static final String FACTORY_PID = "id.pembina.evaluation.ipasn";
    private static final Logger LOG = LoggerFactory.getLogger(ConfiguredRuleSets.class);

    private final Map<String, RuleSet> configured = new ConcurrentHashMap<>();

    @Override
    public String getName() {
        return "Pembina IP ASN rule sets";
    }

    @Override
    public void updated(String pid, Dictionary<String, ?> properties) throws ConfigurationException {
        Map<String, Object> map = new HashMap<>();
        for (Enumeration<String> keys = properties.keys(); keys.hasMoreElements();) {
            String key = keys.nextElement();
            map.put(key, properties.get(key));
        }
        try {
            RuleSet ruleSet = RuleSet.fromProperties(map);
            configured.put(pid, ruleSet);
            LOG.info("IP ASN rule set '{}' valid from {} in force", ruleSet.name(), ruleSet.validFrom());
        } catch (IllegalArgumentException e) {
            configured.remove(pid);
            LOG.error("IP ASN rule set of configuration {} refused: {}", pid, e.getMessage());
            throw new ConfigurationException(null, e.getMessage(), e);
        }
    }

    @Override
    public void deleted(String pid) {
        configured.remove(pid);
    }

    @Override
    public RuleSets ruleSets() {
        List<RuleSet> all = new ArrayList<>(configured.values());
        return all.isEmpty() ? RuleSets.of(RuleSet.defaults()) : RuleSets.of(Collections.unmodifiableList(all));
    }
}
