/**
 * Evaluation data API: captures what training evaluation needs (reaction answers, pre/post tests,
 * supervisors' behaviour follow-ups, unit results indicators, yearly facts, external training,
 * monetised benefits) and computes evaluations per session, programme, unit and participant by
 * feeding the evaluation engine ({@code id.pembina.evaluation.api}). Refusals are the participant
 * registry's exceptions ({@code ValidationException} with field errors, {@code ConflictException},
 * {@code NotFoundException}); a refused call changes nothing. Reactions, tests and follow-ups can also be
 * imported from CSV, all or nothing, with every refused row reported by line (1.1.0). Texts:
 * the bundle's messages ({@code id.pembina.platform.api.Messages}). Since 2.3: participants' self-assessment at
 * level 3, time away from duty and fully loaded ROI, the delivery-mode comparison, IKM surveys
 * ({@link id.pembina.evaluation.data.api.IkmSurveys}) and recommendations with follow-through actions
 * ({@link id.pembina.evaluation.data.api.FollowThrough}). Since 2.4: past training results per ASN for many
 * participants at once ({@link id.pembina.evaluation.data.api.TrainingResults}).
 */
@Export
@Version("2.4.0")
package id.pembina.evaluation.data.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
