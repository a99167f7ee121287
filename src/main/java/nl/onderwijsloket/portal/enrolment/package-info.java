/** Enrolment: booking, waitlists, approval, attendance, completion and each person's learning record. */
@OwnsTables(tables = {"enrolment", "enrolment_event", "attendance", "enrolment_notice", "meeting_notice"},
        views = "enrolment_completion")
package nl.onderwijsloket.portal.enrolment;

import nl.onderwijsloket.portal.common.OwnsTables;
