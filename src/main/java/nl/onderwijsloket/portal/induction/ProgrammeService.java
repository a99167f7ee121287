package nl.onderwijsloket.portal.induction;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.onderwijsloket.portal.common.RuleViolation;
import nl.onderwijsloket.portal.induction.TemplateChange.Field;
import nl.onderwijsloket.portal.induction.data.ProgrammeSql;
import nl.onderwijsloket.portal.induction.data.ProgrammeSql.StoredMilestone;
import nl.onderwijsloket.portal.security.CurrentUser;
import nl.onderwijsloket.portal.security.PortalUser;
import nl.onderwijsloket.portal.security.Role;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Induction programmes: the desk's regional templates (one per {@link ProgrammeKind}, kept by the
 * coordinator) and each board's adopted copy, which its HR tailors. HR reads the templates and its own
 * board's copies and edits only those copies; the coordinator reads everything and edits only templates.
 *
 * <p>Every change the coordinator makes to a template that a board would notice raises the template's
 * revision. A board's copy is never changed by it: the board sees what changed since it last reviewed
 * ({@link #templateChanges}), takes over what it wants ({@link #takeOver}) and marks the rest reviewed
 * ({@link #markReviewed}). Its own tailoring never shows as a template change: each copied milestone keeps
 * the template values it last took over, and only where the template differs from those did the desk
 * change something.
 *
 * <p>Every refusal is a {@link RuleViolation} with a translation key and leaves everything as it was; so is
 * an edit of a milestone somebody changed meanwhile ({@code induction.programme.changed-meanwhile}).
 */
@Service
@Transactional(readOnly = true)
public class ProgrammeService {

    static final String CHANGED_MEANWHILE = "induction.programme.changed-meanwhile";

    private final ProgrammeSql sql;
    private final CurrentUser currentUser;
    private final Clock clock;

    ProgrammeService(ProgrammeSql sql, CurrentUser currentUser, Clock clock) {
        this.sql = sql;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The desk's regional templates, in the order of {@link ProgrammeKind}. */
    @PreAuthorize("hasAnyRole('HR', 'COORDINATOR')")
    public List<ProgrammeSummary> templates() {
        return byKind(sql.templates());
    }

    /** The HR user's own board's copies, in the order of {@link ProgrammeKind}. */
    @PreAuthorize("hasRole('HR')")
    public List<ProgrammeSummary> boardProgrammes() {
        return byKind(sql.copiesOf(currentUser.requireBoard()));
    }

    /**
     * A programme with its milestones; empty when there is none with this id.
     *
     * @throws AccessDeniedException when HR asks for another board's copy
     */
    @PreAuthorize("hasAnyRole('HR', 'COORDINATOR')")
    public Optional<ProgrammeDetails> programme(long id) {
        return sql.programme(id).map(p -> {
            requireReadable(p);
            return new ProgrammeDetails(p, sql.milestones(id));
        });
    }

    /**
     * HR adopts the regional template of the kind for its board: a copy with the template's milestones,
     * each linked to the one it came from, reviewed up to the template's current revision.
     *
     * @return the copy's id
     */
    @PreAuthorize("hasRole('HR')")
    @Transactional
    public long adopt(ProgrammeKind kind) {
        requireRole(Role.HR);
        long board = currentUser.requireBoard();
        ProgrammeSummary template = sql.template(Objects.requireNonNull(kind))
                .orElseThrow(() -> new RuleViolation("induction.programme.no-template"));
        if (sql.copiesOf(board).stream().anyMatch(p -> p.kind() == kind)) {
            throw new RuleViolation("induction.programme.already-adopted");
        }
        LocalDateTime now = now();
        long copy;
        try {
            copy = sql.insertCopy(board, template, now);
        } catch (DuplicateKeyException e) {
            // Somebody else of the board adopted it at the same moment: the unique key said no.
            throw new RuleViolation("induction.programme.already-adopted");
        }
        sql.copyMilestones(template.id(), copy, now);
        return copy;
    }

    /** Adds a milestone at the end of its year. A template's revision goes up. */
    @PreAuthorize("hasAnyRole('HR', 'COORDINATOR')")
    @Transactional
    public long addMilestone(long programmeId, MilestoneDraft draft) {
        ProgrammeSummary programme = editable(programmeId);
        validate(programme, draft);
        LocalDateTime now = now();
        int revision = programme.template() ? sql.raiseRevision(programme.id(), now) : 1;
        long id = sql.insertMilestone(programme.id(), null, sql.nextPosition(programme.id(), draft.year()),
                clean(draft), null, revision, now);
        sql.touch(programme.id(), now);
        return id;
    }

    /**
     * Changes what a milestone asks. Moved to another year, it goes to the end of that year. A template's
     * revision goes up when anything changed.
     */
    @PreAuthorize("hasAnyRole('HR', 'COORDINATOR')")
    @Transactional
    public void updateMilestone(long milestoneId, long version, MilestoneDraft draft) {
        StoredMilestone milestone = milestone(milestoneId);
        ProgrammeSummary programme = editable(milestone.row().programmeId());
        validate(programme, draft);
        MilestoneDraft clean = clean(draft);
        MilestoneRow row = milestone.row();
        if (row.version() != version) {
            throw new RuleViolation(CHANGED_MEANWHILE);
        }
        if (clean.equals(row.draft())) {
            return;
        }
        LocalDateTime now = now();
        int position = clean.year() == row.year() ? row.position() : sql.nextPosition(programme.id(), clean.year());
        if (sql.updateMilestone(milestoneId, version, clean, position, now) == 0) {
            throw new RuleViolation(CHANGED_MEANWHILE);
        }
        if (programme.template()) {
            sql.raiseRevision(programme.id(), now);
        }
        sql.touch(programme.id(), now);
    }

    /**
     * Removes a milestone. A template's milestone that boards copied stays behind as removed, so their
     * copies can be told; the template's revision goes up.
     */
    @PreAuthorize("hasAnyRole('HR', 'COORDINATOR')")
    @Transactional
    public void removeMilestone(long milestoneId, long version) {
        StoredMilestone milestone = milestone(milestoneId);
        ProgrammeSummary programme = editable(milestone.row().programmeId());
        LocalDateTime now = now();
        int changed;
        if (programme.template()) {
            int revision = sql.raiseRevision(programme.id(), now);
            changed = sql.copied(milestoneId) ? sql.markRemoved(milestoneId, version, revision, now)
                    : sql.deleteMilestone(milestoneId, version);
        } else {
            changed = sql.deleteMilestone(milestoneId, version);
        }
        if (changed == 0) {
            throw new RuleViolation(CHANGED_MEANWHILE);
        }
        sql.touch(programme.id(), now);
    }

    /**
     * Moves a milestone to a place in a year: {@code position} 1 is first; a position past the end puts it
     * last. The other milestones of that year move up or down. A template's revision goes up when the
     * milestone moves to another year (boards see that; its place within a year they keep their own).
     */
    @PreAuthorize("hasAnyRole('HR', 'COORDINATOR')")
    @Transactional
    public void moveMilestone(long milestoneId, long version, int year, int position) {
        StoredMilestone milestone = milestone(milestoneId);
        ProgrammeSummary programme = editable(milestone.row().programmeId());
        requireYear(programme, year);
        LocalDateTime now = now();
        List<MilestoneRow> order = new ArrayList<>(sql.milestones(programme.id()).stream()
                .filter(m -> m.year() == year && m.id() != milestoneId).toList());
        int index = Math.clamp(position - 1L, 0, order.size());
        order.add(index, milestone.row());
        if (sql.place(milestoneId, version, year, index + 1, now) == 0) {
            throw new RuleViolation(CHANGED_MEANWHILE);
        }
        for (int i = 0; i < order.size(); i++) {
            MilestoneRow other = order.get(i);
            if (other.id() != milestoneId && other.position() != i + 1) {
                sql.renumber(other.id(), i + 1);
            }
        }
        if (programme.template() && year != milestone.row().year()) {
            sql.raiseRevision(programme.id(), now);
        }
        sql.touch(programme.id(), now);
    }

    /**
     * What the desk changed in the template since the board last reviewed its copy: milestones added,
     * removed and changed (what of them), in the template's order. Empty for a template.
     */
    @PreAuthorize("hasAnyRole('HR', 'COORDINATOR')")
    public List<TemplateChange> templateChanges(long copyId) {
        ProgrammeSummary copy = sql.programme(copyId)
                .orElseThrow(() -> new RuleViolation("induction.programme.not-found"));
        requireReadable(copy);
        return copy.template() ? List.of() : changes(copy);
    }

    /**
     * Takes one template change over into the board's copy: an added milestone is added at the end of its
     * year, a removed one removed, a changed one gets what the desk changed (and keeps what the board
     * tailored otherwise).
     */
    @PreAuthorize("hasRole('HR')")
    @Transactional
    public void takeOver(long copyId, TemplateChange change) {
        ProgrammeSummary copy = editableCopy(copyId);
        TemplateChange current = changes(copy).stream()
                .filter(c -> c.type() == change.type() && c.originId() == change.originId())
                .findFirst().orElseThrow(() -> new RuleViolation("induction.template-change.gone"));
        LocalDateTime now = now();
        switch (current.type()) {
            case ADDED -> sql.insertMilestone(copy.id(), current.originId(),
                    sql.nextPosition(copy.id(), current.template().year()), current.template(), current.template(),
                    1, now);
            case REMOVED -> {
                StoredMilestone mine = milestone(Objects.requireNonNull(current.milestoneId()));
                if (sql.deleteMilestone(mine.row().id(), mine.row().version()) == 0) {
                    throw new RuleViolation(CHANGED_MEANWHILE);
                }
            }
            case CHANGED -> {
                StoredMilestone mine = milestone(Objects.requireNonNull(current.milestoneId()));
                MilestoneDraft merged = merged(mine.row().draft(), current.template(), current.fields());
                int position = merged.year() == mine.row().year() ? mine.row().position()
                        : sql.nextPosition(copy.id(), merged.year());
                if (sql.updateMilestone(mine.row().id(), mine.row().version(), merged, position, now) == 0) {
                    throw new RuleViolation(CHANGED_MEANWHILE);
                }
                sql.updateBase(mine.row().id(), current.template());
            }
        }
        sql.touch(copy.id(), now);
    }

    /**
     * The board has reviewed the template up to {@code revision} (the one it was shown): what it did not
     * take over stays as the board has it and is no longer shown as a change.
     *
     * @param version the copy's version as the board saw it
     */
    @PreAuthorize("hasRole('HR')")
    @Transactional
    public void markReviewed(long copyId, long version, int revision) {
        ProgrammeSummary copy = editableCopy(copyId);
        if (sql.markReviewed(copy.id(), version, revision, now()) == 0) {
            throw new RuleViolation(CHANGED_MEANWHILE);
        }
        sql.updateAllBases(copy.id());
    }

    private List<TemplateChange> changes(ProgrammeSummary copy) {
        int reviewed = copy.reviewedRevision() == null ? 0 : copy.reviewedRevision();
        Map<Long, StoredMilestone> mine = sql.stored(copy.id()).stream()
                .filter(m -> m.row().originId() != null)
                .collect(Collectors.toMap(m -> m.row().originId(), Function.identity(), (a, b) -> a));
        List<TemplateChange> changes = new ArrayList<>();
        for (StoredMilestone theirs : sql.stored(Objects.requireNonNull(copy.templateId()))) {
            StoredMilestone copied = mine.get(theirs.row().id());
            MilestoneDraft template = theirs.row().draft();
            if (theirs.removed()) {
                if (copied != null && theirs.removedInRevision() > reviewed) {
                    changes.add(new TemplateChange(TemplateChange.Type.REMOVED, theirs.row().id(),
                            copied.row().id(), template, copied.row().draft(), Set.of()));
                }
            } else if (copied == null) {
                if (theirs.addedInRevision() > reviewed) {
                    changes.add(new TemplateChange(TemplateChange.Type.ADDED, theirs.row().id(), null, template,
                            null, Set.of()));
                }
            } else if (copied.base() != null) {
                Set<Field> fields = changedFields(copied.base(), template, copied.row().draft());
                if (!fields.isEmpty()) {
                    changes.add(new TemplateChange(TemplateChange.Type.CHANGED, theirs.row().id(),
                            copied.row().id(), template, copied.row().draft(), fields));
                }
            }
        }
        return changes;
    }

    /** What the template changed since {@code base}, leaving out what the copy already has the same. */
    private static Set<Field> changedFields(MilestoneDraft base, MilestoneDraft template, MilestoneDraft copy) {
        Set<Field> fields = EnumSet.noneOf(Field.class);
        if (base.year() != template.year() && copy.year() != template.year()) {
            fields.add(Field.YEAR);
        }
        if (base.kind() != template.kind() && copy.kind() != template.kind()) {
            fields.add(Field.KIND);
        }
        if (!Objects.equals(base.title(), template.title()) && !Objects.equals(copy.title(), template.title())) {
            fields.add(Field.TITLE);
        }
        if (base.requiredCount() != template.requiredCount() && copy.requiredCount() != template.requiredCount()) {
            fields.add(Field.COUNT);
        }
        if (base.helper() != template.helper() && copy.helper() != template.helper()) {
            fields.add(Field.HELPER);
        }
        return fields;
    }

    private static MilestoneDraft merged(MilestoneDraft copy, MilestoneDraft template, Set<Field> fields) {
        return new MilestoneDraft(fields.contains(Field.YEAR) ? template.year() : copy.year(),
                fields.contains(Field.KIND) ? template.kind() : copy.kind(),
                fields.contains(Field.TITLE) ? template.title() : copy.title(),
                fields.contains(Field.COUNT) ? template.requiredCount() : copy.requiredCount(),
                fields.contains(Field.HELPER) ? template.helper() : copy.helper());
    }

    private static void validate(ProgrammeSummary programme, MilestoneDraft draft) {
        if (draft == null) {
            throw new RuleViolation("induction.milestone.title-required");
        }
        requireYear(programme, draft.year());
        if (draft.kind() == null) {
            throw new RuleViolation("induction.milestone.kind-required");
        }
        if (draft.helper() == null) {
            throw new RuleViolation("induction.milestone.helper-required");
        }
        if (draft.title() == null || draft.title().isBlank()) {
            throw new RuleViolation("induction.milestone.title-required");
        }
        if (draft.title().strip().length() > MilestoneDraft.MAX_TITLE) {
            throw new RuleViolation("induction.milestone.title-too-long", MilestoneDraft.MAX_TITLE);
        }
        if (draft.requiredCount() < MilestoneDraft.MIN_COUNT || draft.requiredCount() > MilestoneDraft.MAX_COUNT) {
            throw new RuleViolation("induction.milestone.count-range", MilestoneDraft.MIN_COUNT,
                    MilestoneDraft.MAX_COUNT);
        }
    }

    private static void requireYear(ProgrammeSummary programme, int year) {
        if (year < 1 || year > programme.years()) {
            throw new RuleViolation("induction.milestone.year-range", programme.years());
        }
    }

    private static MilestoneDraft clean(MilestoneDraft draft) {
        return new MilestoneDraft(draft.year(), draft.kind(), Objects.requireNonNull(draft.title()).strip(),
                draft.requiredCount(), draft.helper());
    }

    private StoredMilestone milestone(long id) {
        return sql.milestone(id).filter(m -> !m.removed())
                .orElseThrow(() -> new RuleViolation("induction.milestone.not-found"));
    }

    private ProgrammeSummary editable(long programmeId) {
        ProgrammeSummary programme = sql.programme(programmeId)
                .orElseThrow(() -> new RuleViolation("induction.programme.not-found"));
        PortalUser user = currentUser.require();
        if (programme.template()) {
            if (!user.has(Role.COORDINATOR)) {
                throw new AccessDeniedException("Only the desk edits the regional templates");
            }
        } else if (!user.has(Role.HR) || currentUser.requireBoard() != programme.boardId()) {
            throw new AccessDeniedException("Programme " + programmeId + " is not a copy of the user's board");
        }
        return programme;
    }

    private ProgrammeSummary editableCopy(long copyId) {
        ProgrammeSummary copy = editable(copyId);
        if (copy.template()) {
            throw new RuleViolation("induction.programme.not-a-copy");
        }
        return copy;
    }

    /** The coordinator reads every programme; HR the templates and its own board's copies. */
    private void requireReadable(ProgrammeSummary programme) {
        PortalUser user = currentUser.require();
        if (user.has(Role.COORDINATOR) || programme.template()) {
            return;
        }
        if (!user.has(Role.HR) || currentUser.requireBoard() != programme.boardId()) {
            throw new AccessDeniedException("Programme " + programme.id() + " is not a copy of the user's board");
        }
    }

    private void requireRole(Role role) {
        if (!currentUser.require().has(role)) {
            throw new AccessDeniedException("Needs role " + role);
        }
    }

    private static List<ProgrammeSummary> byKind(List<ProgrammeSummary> programmes) {
        return programmes.stream().sorted(Comparator.comparing(ProgrammeSummary::kind)).toList();
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
    }
}
