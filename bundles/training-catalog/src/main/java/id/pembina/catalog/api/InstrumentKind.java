package id.pembina.catalog.api;

/** The evaluation instruments a programme carries. */
public enum InstrumentKind {
    REACTION, KNOWLEDGE_TEST, BEHAVIOUR
}
