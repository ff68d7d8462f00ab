package id.pembina.evaluation.api;

/** Whether a participant answered one test item correctly. */
public record ItemResponse(String participantId, String itemCode, boolean correct) {
    public ItemResponse {
        Checks.text(participantId, "participantId");
        Checks.text(itemCode, "itemCode");
    }
}
