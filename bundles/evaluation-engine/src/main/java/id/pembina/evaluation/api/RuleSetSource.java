package id.pembina.evaluation.api;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Where the IP ASN rule sets in force come from. In Karaf: one configuration per rule set, factory
 * PID {@code id.pembina.evaluation.ipasn} (files {@code etc/id.pembina.evaluation.ipasn-<name>.cfg}),
 * each in the format of {@link RuleSet#fromProperties(java.util.Map)}; the shipped defaults when
 * there is none.
 */
@ProviderType
public interface RuleSetSource {

    /** @return every valid rule set now configured, at least one */
    RuleSets ruleSets();
}
