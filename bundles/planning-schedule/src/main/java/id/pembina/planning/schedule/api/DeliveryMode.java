package id.pembina.planning.schedule.api;

/** How a candidate session is delivered; the catalog's names. */
public enum DeliveryMode {
    CLASSROOM, ONLINE, BLENDED
}
