package nl.onderwijsloket.portal.induction;

import java.util.List;
import nl.onderwijsloket.portal.induction.data.ProgrammeSql;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The milestones of a programme, for the induction feature's own services (a starter's progress through
 * their board's programme). It checks nobody's access: it is not a service, and a screen or another
 * feature must never call it; they go through {@link ProgrammeService}, or through the induction service
 * that uses this and checks its callers itself.
 */
@Component
@Transactional(readOnly = true)
public class ProgrammeMilestones {

    private final ProgrammeSql sql;

    ProgrammeMilestones(ProgrammeSql sql) {
        this.sql = sql;
    }

    /** The programme's milestones in year and position order (a template's removed ones left out). */
    public List<MilestoneRow> milestonesOf(long programmeId) {
        return sql.milestones(programmeId);
    }
}
