package nl.onderwijsloket.portal.induction;

import java.util.List;

/** A programme with its milestones, in year and position order. */
public record ProgrammeDetails(ProgrammeSummary programme, List<MilestoneRow> milestones) {

    public ProgrammeDetails {
        milestones = List.copyOf(milestones);
    }

    /** The milestones of one year of the programme, in position order. */
    public List<MilestoneRow> inYear(int year) {
        return milestones.stream().filter(m -> m.year() == year).toList();
    }
}
