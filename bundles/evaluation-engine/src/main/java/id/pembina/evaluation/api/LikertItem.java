package id.pembina.evaluation.api;

/** A questionnaire item: its code and the wording shown to participants (reported in improvement points). */
public record LikertItem(String code, String wording) {
    public LikertItem {
        Checks.text(code, "code");
        Checks.text(wording, "wording");
    }
}
