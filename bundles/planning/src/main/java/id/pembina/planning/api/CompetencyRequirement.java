package id.pembina.planning.api;

/**
 * A competency a position requires (standar kompetensi jabatan). A requirement names a position title, or
 * (title null) a position type as the fallback for titles without requirements of their own.
 *
 * @param positionTitle the position title as the registry holds it, or null for the type's fallback
 * @param positionType  the registry's position type (JPT, ADMINISTRATOR, PENGAWAS, FUNGSIONAL, PELAKSANA), or
 *                      null when a title is given
 * @param competency    the competency's code
 * @param name          its name, for people
 * @param level         the level required, 1-5
 */
public record CompetencyRequirement(String positionTitle, String positionType, String competency, String name,
        int level) {
}
