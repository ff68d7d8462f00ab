package id.pembina.evaluation.api;

/** The heaviest disciplinary sanction (hukuman disiplin) on record for the year. */
public enum DisciplineSanction {
    NONE, LIGHT, MEDIUM, HEAVY
}
