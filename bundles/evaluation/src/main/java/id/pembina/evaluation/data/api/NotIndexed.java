package id.pembina.evaluation.data.api;

/**
 * A participant the professionalism index could not be computed for.
 *
 * @param reason a message code of the bundle's messages ({@code id.pembina.platform.api.Messages}), e.g. {@code evaluation.factsMissing}
 */
public record NotIndexed(String nip, String reason) {
}
