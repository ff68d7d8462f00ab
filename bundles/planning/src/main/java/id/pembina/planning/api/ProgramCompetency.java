package id.pembina.planning.api;

/**
 * A competency a programme develops: declared by its training module, or recorded by staff.
 *
 * @param programCode the programme (catalog code)
 * @param competency  the competency's code
 * @param declared    true when the module declares it, false when staff recorded it
 */
public record ProgramCompetency(String programCode, String competency, boolean declared) {
}
