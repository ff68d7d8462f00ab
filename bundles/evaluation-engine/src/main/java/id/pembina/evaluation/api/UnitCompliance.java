package id.pembina.evaluation.api;

/** JP compliance of a unit: rate = compliant / participants. */
public record UnitCompliance(String unitCode, int participants, int compliant, double rate) {
}
