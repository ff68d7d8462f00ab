package id.pembina.catalog.api;

import java.util.List;

import id.pembina.catalog.spi.BehaviourChecklist;
import id.pembina.catalog.spi.KnowledgeTest;
import id.pembina.catalog.spi.ReactionQuestionnaire;
import id.pembina.catalog.spi.ResultsIndicator;

/** A programme with its current evaluation instruments and the versions recorded before. */
public record ProgramDetail(Program program, ReactionQuestionnaire reaction, KnowledgeTest knowledgeTest,
        BehaviourChecklist behaviour, List<ResultsIndicator> results, List<InstrumentVersion> instrumentVersions) {

    /** One stored version of an instrument. */
    public record InstrumentVersion(InstrumentKind kind, String version, String moduleVersion) {
    }
}
