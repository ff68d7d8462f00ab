package id.pembina.itests;

import org.junit.runner.RunWith;
import org.junit.runners.Suite;
import org.junit.runners.Suite.SuiteClasses;

/**
 * One booted distribution for the test classes that need the whole platform and do not disturb
 * each other (each uses its own units, NIPs and sessions): Pax Exam's {@code PerSuite} strategy
 * keeps the container of the first class for the others of this suite. Tests that change the
 * installation itself (modules coming and going, another feature set) boot their own.
 */
@RunWith(Suite.class)
@SuiteClasses({ PlatformChecks.class, CatalogChecks.class, EvaluationChecks.class, PlanningChecks.class, ReportingChecks.class,
        FormsChecks.class, EdgeChecks.class, FuzzChecks.class, AccessMatrixChecks.class, AuditChecks.class,
        SecurityChecks.class, ScheduleChecks.class })
public class SharedDistributionIT {
}
