package id.pembina.web.internal;

/**
 * A marker service of the scheduling page, registered only while the scheduler is there; the navigation
 * offers the page when it is present. Keeps every other class free of the optional scheduling package.
 */
interface SchedulesPage {
}
