package id.pembina.planning.schedule.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Weights of the soft constraints and the solver's default time limit (configuration id.pembina.planning.schedule). */
@ObjectClassDefinition(name = "Pembina schedule", description = "Weights of the scheduler's soft constraints")
public @interface ScheduleConfig {

    String PID = "id.pembina.planning.schedule";

    @AttributeDefinition(description = "Reward per JP towards a person's 20 JP (doubled once reached)")
    long reach20Jp() default 10;

    @AttributeDefinition(description = "Reward per seat, times the size of the person's need (largest needs first)")
    long largestNeeds() default 1;

    @AttributeDefinition(description = "Reward per leader attending with one of their own staff")
    long leadersWithStaff() default 5;

    @AttributeDefinition(description = "Penalty per person with a heavy duty load in a classroom session")
    long onlineForHeavyDuty() default 20;

    @AttributeDefinition(description = "Penalty per person of a remote unit travelling to a session elsewhere")
    long fewerTrips() default 20;

    @AttributeDefinition(description = "Penalty per million rupiah of session cost")
    long costPerMillion() default 1;

    @AttributeDefinition(description = "Duty days in the year from which a duty load is heavy")
    int heavyDutyDays() default 40;

    @AttributeDefinition(description = "Seconds the solver searches when a request gives no limit")
    int timeLimitSeconds() default 30;

    @AttributeDefinition(description = "Also let the solver try two people exchanging sessions (off: at 10,000 ASN "
            + "and 55 s change moves alone scored better)")
    boolean seatSwaps() default false;

    @AttributeDefinition(description = "Units far from the venues (their trips to classroom sessions elsewhere count)")
    String[] remoteUnits() default {};
}
