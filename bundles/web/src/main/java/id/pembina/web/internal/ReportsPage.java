package id.pembina.web.internal;

/**
 * A marker service of the reports page, registered only while the reporting service is there; the
 * navigation offers the page when it is present. Keeps every other class free of the optional
 * reporting package.
 */
interface ReportsPage {
}
