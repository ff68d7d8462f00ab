package id.pembina.catalog.api;

/**
 * How one session of a programme is run (the programme's {@code DeliveryMethod} says what kind of development it
 * is; this says how a run of it reaches the participants): in a classroom, blended (classroom meetings with
 * online learning between them), or as e-learning only. Sessions stored before 2.3 are CLASSROOM.
 *
 * @since 2.3
 */
public enum DeliveryMode {
    CLASSROOM, BLENDED, E_LEARNING
}
