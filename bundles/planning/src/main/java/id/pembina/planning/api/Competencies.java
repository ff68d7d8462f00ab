package id.pembina.planning.api;

import java.io.Reader;
import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

import id.pembina.platform.api.ImportResult;

/**
 * The inputs of the needs analysis: what positions require, what ASN reached, which programmes develop
 * which competency. Imports replace nothing: a row for an existing key updates it.
 */
@ProviderType
public interface Competencies {

    /**
     * Imports requirements from CSV with the columns {@code positionTitle,positionType,competency,name,level}
     * (one of the first two per row). All rows or none.
     *
     * @throws id.pembina.platform.api.ImportRefusedException with the errors per line
     */
    ImportResult importRequirements(Reader csv);

    /**
     * Imports levels reached from CSV with the columns {@code nip,competency,level,source,assessedOn}
     * (source SELF, SUPERVISOR or ASSESSMENT; date yyyy-MM-dd). All rows or none.
     *
     * @throws id.pembina.platform.api.ImportRefusedException with the errors per line
     */
    ImportResult importLevels(Reader csv);

    /**
     * Imports which programmes develop which competency from CSV with the columns {@code programCode,competency}.
     *
     * @throws id.pembina.platform.api.ImportRefusedException with the errors per line
     */
    ImportResult importProgramCompetencies(Reader csv);

    /** @return every requirement, by title (fallbacks last), then competency */
    List<CompetencyRequirement> requirements();

    /**
     * @return the levels recorded for the ASN, every source, newest first
     * @throws id.pembina.platform.api.NotFoundException for an unknown ASN
     */
    List<CompetencyLevel> levels(String nip);

    /** @return which programmes develop which competency (declared by modules and recorded), by programme */
    List<ProgramCompetency> programCompetencies();
}
