/**
 * Planning: what each ASN needs ({@link id.pembina.planning.api.NeedsAnalysis}), what the agency
 * may spend ({@link id.pembina.planning.api.Budgets}) and what it intends to run
 * ({@link id.pembina.planning.api.Plans}, versioned drafts). The duty-aware scheduler proposes plans
 * and saves them here as drafts. Since 1.1 the needs weigh the results of past training (the evaluation's
 * {@code TrainingResults}): "trained, not yet mastered" gaps, competencies covered by recent good training, and
 * each programme's past effectiveness per unit. Every call acts for the caller bound by
 * {@link id.pembina.security.api.CallerContext}; lists are limited to the caller's unit subtree.
 */
@Export
@Version("1.1.0")
package id.pembina.planning.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
