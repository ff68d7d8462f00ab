package id.pembina.evaluation.api;

/**
 * L3 transfer of a group of units: the unweighted mean of the share applying over the {@code unitsWithTransfer}
 * units that have one (null when none has).
 */
public record GroupTransfer(int units, int unitsWithTransfer, Double meanShareApplying) {
}
