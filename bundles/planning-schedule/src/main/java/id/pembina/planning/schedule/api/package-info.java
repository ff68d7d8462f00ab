/**
 * Duty-aware scheduling within budget (issue 10): each unit's minimum staffing and each ASN's duty blocks
 * ({@link id.pembina.planning.schedule.api.DutyRoster}), and a {@link id.pembina.planning.schedule.api.Scheduler}
 * that proposes session dates and attendees in the background, explains its proposal constraint by
 * constraint, and reports a first-come-first-served baseline beside it. Every call acts for the caller bound
 * by {@link id.pembina.security.api.CallerContext}: staff (admin, operator) enter data and run jobs, a pimpinan
 * reads the jobs of their own unit subtree, a peserta nothing. Jobs (input, progress, proposals) are stored in
 * the database: they outlive a restart and are read by every node sharing it.
 */
@Export
@Version("1.1.0")
package id.pembina.planning.schedule.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
