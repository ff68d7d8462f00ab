package id.pembina.web.internal;

/**
 * A marker service of the planning page, registered only while the planning services are there; the
 * navigation offers the page when it is present. Keeps every other class free of the optional planning package.
 */
interface PlanningPage {
}
