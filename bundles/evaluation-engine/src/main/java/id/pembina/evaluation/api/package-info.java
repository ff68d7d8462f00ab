/**
 * Evaluation engine API: pure computation of training evaluation and of the IP ASN professionalism index.
 * <p>
 * Depends on the JDK only: use {@link id.pembina.evaluation.api.Evaluations#engine()} from plain Java, or the
 * {@link id.pembina.evaluation.api.EvaluationEngine} OSGi service.
 * <p>
 * Conventions for every result:
 * <ul>
 * <li>{@code n} is the number of observations the figure rests on;</li>
 * <li>a figure that cannot be computed is {@code null}, never NaN or infinite; where the reason is not plain from
 * {@code n}, an {@link id.pembina.evaluation.api.UndefinedReason} says why;</li>
 * <li>shares and rates are fractions 0..1; "percent" figures are 0..100;</li>
 * <li>money is exact {@link java.math.BigDecimal} rupiah;</li>
 * <li>results that apply regulation rules name the {@link id.pembina.evaluation.api.RuleSet} used.</li>
 * </ul>
 * Invalid input (out-of-range values, unknown codes, duplicates) is refused with
 * {@link java.lang.IllegalArgumentException}.
 */
@Export
@Version("2.1.0")
package id.pembina.evaluation.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
