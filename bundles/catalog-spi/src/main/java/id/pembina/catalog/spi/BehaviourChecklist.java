package id.pembina.catalog.spi;

import java.util.List;

/**
 * Behaviour indicators the participant's direct supervisor rates 1 to 4 before and some weeks
 * after the training.
 *
 * @param version    version of this checklist
 * @param indicators the observable behaviours
 */
public record BehaviourChecklist(String version, List<BehaviourIndicator> indicators) {

    public BehaviourChecklist {
        indicators = indicators == null ? List.of() : List.copyOf(indicators);
    }

    /** An observable behaviour at work. */
    public record BehaviourIndicator(String id, String text) {
    }
}
