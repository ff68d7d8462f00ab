package id.pembina.planning.api;

/**
 * The past effectiveness of a programme that addresses a unit's gap, among the unit's own participants (the ASN
 * analysed) in the plan year and the two before.
 *
 * @param programCode  the programme
 * @param completions  sessions completed (JP credited), one per participant and session
 * @param withResult   completions with a level 2 result (pre- and post-test)
 * @param reachedGoal  of those, completions that reached the learning goal
 * @param share        reachedGoal / withResult, null when no result is recorded
 */
public record ProgramEffect(String programCode, int completions, int withResult, int reachedGoal, Double share) {
}
