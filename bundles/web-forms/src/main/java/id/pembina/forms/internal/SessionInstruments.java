package id.pembina.forms.internal;

import id.pembina.catalog.api.CatalogService;
import id.pembina.catalog.api.InstrumentKind;
import id.pembina.catalog.api.ProgramDetail;
import id.pembina.catalog.api.TrainingSession;

/**
 * The programme as a session's forms show it: with the instrument versions the session answers (those of its
 * scheduling, kept through module upgrades; the evaluation service refuses any other), not the newest ones.
 */
final class SessionInstruments {

    private SessionInstruments() {
    }

    /** @return the programme with the session's instrument versions, or null when the programme is unknown */
    static ProgramDetail of(CatalogService catalog, TrainingSession session, ProgramDetail program) {
        if (program == null) {
            return null;
        }
        String code = program.program().code();
        long id = session.id();
        return new ProgramDetail(program.program(),
                catalog.instrumentVersion(id, InstrumentKind.REACTION).flatMap(v -> catalog.reaction(code, v))
                        .orElse(program.reaction()),
                catalog.instrumentVersion(id, InstrumentKind.KNOWLEDGE_TEST).flatMap(v -> catalog.knowledgeTest(code, v))
                        .orElse(program.knowledgeTest()),
                catalog.instrumentVersion(id, InstrumentKind.BEHAVIOUR).flatMap(v -> catalog.behaviour(code, v))
                        .orElse(program.behaviour()),
                program.results(), program.instrumentVersions());
    }
}
