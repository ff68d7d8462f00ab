package id.pembina.planning.api;

/**
 * An ASN's needs with the facts the analysis also shows.
 *
 * @param needs       gaps and the 20 JP shortfall
 * @param name        the ASN's name
 * @param position    the position title
 * @param jpLastYear  JP credited in the year before
 * @param performance the performance rating of the year before (the evaluation's year facts), or null
 */
public record AsnNeeds(ParticipantNeeds needs, String name, String position, int jpLastYear, String performance) {
}
