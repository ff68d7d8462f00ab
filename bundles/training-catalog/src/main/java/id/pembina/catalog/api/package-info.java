/**
 * Training catalog API: programmes (from training modules), sessions with costs and meetings,
 * enrollment with capacity and waitlist, attendance and JP credit. Depends on the JDK, the
 * training-module SPI and the participant registry API. Since 2.3 a session has a delivery mode (classroom,
 * blended, e-learning) and roles (facilitator, mentor, coach by NIP).
 * Since 2.6 seat holders and JP credited are read for many sessions without their full enrollments and attendance;
 * since 2.7 together with the sessions of many participants ({@code sessionsAttended}).
 */
@Export
@Version("2.7.0")
package id.pembina.catalog.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
