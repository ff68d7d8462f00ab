package id.pembina.evaluation.api;

/** A behaviour indicator the supervisor rates. */
public record BehaviourIndicator(String code, String wording) {
    public BehaviourIndicator {
        Checks.text(code, "code");
        Checks.text(wording, "wording");
    }
}
