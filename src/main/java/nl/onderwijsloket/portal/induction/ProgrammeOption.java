package nl.onderwijsloket.portal.induction;

/** A programme of the board that HR can place a starter in. */
public record ProgrammeOption(long id, String name) {
}
