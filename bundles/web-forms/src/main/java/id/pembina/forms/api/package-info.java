/**
 * Links to the forms on phones, for the pages and reports that hand them out: the per-session link (also as a
 * QR code) where participants answer the reaction questionnaire and the pre- and post-test, and a supervisor's
 * link to the follow-up form listing their own staff.
 */
@Export
@Version("1.0.0")
package id.pembina.forms.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
