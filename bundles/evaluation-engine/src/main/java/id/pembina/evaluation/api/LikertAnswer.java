package id.pembina.evaluation.api;

/** One answer to one item: 1 Sangat Tidak Setuju .. 5 Sangat Setuju. */
public record LikertAnswer(String itemCode, int value) {
    public LikertAnswer {
        Checks.text(itemCode, "itemCode");
        Checks.range(value, 1, 5, "Likert value");
    }
}
