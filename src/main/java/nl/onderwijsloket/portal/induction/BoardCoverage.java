package nl.onderwijsloket.portal.induction;

/**
 * Induction in one board, in counts only, for the desk's regional view.
 *
 * @param starters     starters placed in a programme
 * @param withMentor   of them, with an active pairing
 * @param onTrack      of them, with an active pairing and nothing overdue
 * @param overdue      of them, with at least one overdue milestone
 */
public record BoardCoverage(long boardId, String boardName, int starters, int withMentor, int onTrack, int overdue) {
}
