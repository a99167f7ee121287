/**
 * Induction: the desk's programme templates and each board's tailored copy, starters placed in them with
 * their facilities, mentor pairings (suggested, explained, never over capacity) and the guidance log, whose
 * contents only mentor and starter read.
 */
@OwnsTables(tables = {"induction_programme", "induction_milestone", "induction_board_setting",
        "induction_placement", "induction_facility", "induction_milestone_done", "mentor_profile", "mentor_pairing",
        "guidance_entry", "guidance_meeting"})
package nl.onderwijsloket.portal.induction;

import nl.onderwijsloket.portal.common.OwnsTables;
