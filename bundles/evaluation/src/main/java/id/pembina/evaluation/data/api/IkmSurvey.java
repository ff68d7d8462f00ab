package id.pembina.evaluation.data.api;

import id.pembina.evaluation.api.IkmResult;

/**
 * The IKM of a unit in a period (YYYY-MM) over every answer stored for them, computed by the evaluation engine.
 */
public record IkmSurvey(String unitCode, String period, IkmResult result) {
}
