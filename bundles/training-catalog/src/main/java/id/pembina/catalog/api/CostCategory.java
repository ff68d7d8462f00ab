package id.pembina.catalog.api;

/** Kinds of session cost. */
public enum CostCategory {
    HONORARIA, VENUE, CONSUMPTION, MATERIALS, TRANSPORT, OTHER
}
