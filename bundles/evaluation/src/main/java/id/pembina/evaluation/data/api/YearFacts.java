package id.pembina.evaluation.data.api;

import id.pembina.evaluation.api.DisciplineSanction;
import id.pembina.evaluation.api.PerformanceRating;

/** A participant's performance rating and heaviest discipline sanction of a calendar year (IP ASN). */
public record YearFacts(String nip, int year, PerformanceRating performance, DisciplineSanction discipline) {
}
