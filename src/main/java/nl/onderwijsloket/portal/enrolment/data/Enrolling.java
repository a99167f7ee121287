package nl.onderwijsloket.portal.enrolment.data;

import java.util.List;

/** A locked edition and the people asking for a place in it (unknown ids are left out). */
public record Enrolling(EditionState edition, List<Applicant> applicants) {

    public Enrolling {
        applicants = List.copyOf(applicants);
    }
}
