package nl.onderwijsloket.portal.induction;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.onderwijsloket.portal.induction.data.PlacementSql;
import org.springframework.stereotype.Component;

/**
 * Progress and signals for a page of starters, from four queries whatever the page's size: the rows, their
 * programmes' milestones, what they recorded, and what the portal saw per year (meetings logged, courses
 * completed).
 */
@Component
class Progress {

    private final PlacementSql placements;
    private final Clock clock;

    Progress(PlacementSql placements, Clock clock) {
        this.placements = placements;
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    Instant now() {
        return clock.instant();
    }

    java.time.ZoneId clockZone() {
        return clock.getZone();
    }

    /** The overview rows with their progress and signals. */
    List<StarterRow> rows(List<PlacementSql.Row> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        LocalDate today = today();
        var ids = rows.stream().map(PlacementSql.Row::placementId).toList();
        var milestones = placements.milestones(rows.stream().map(PlacementSql.Row::programmeId).distinct().toList());
        var done = placements.done(ids);
        var evidence = placements.evidencePerYear(ids);
        var thresholds = placements.thresholds();
        return rows.stream().map(row -> {
            var progress = ProgressRules.progress(row.startedOn(), today,
                    milestones.getOrDefault(row.programmeId(), List.of()),
                    done.getOrDefault(row.placementId(), Map.of()),
                    evidence.getOrDefault(row.placementId(), Map.of()));
            int overdue = ProgressRules.overdueMilestones(progress);
            var signals = signals(row, overdue, thresholds.getOrDefault(row.boardId(),
                    PlacementSql.Thresholds.DEFAULT), today);
            boolean live = row.status() != null && row.status().live();
            return new StarterRow(row.placementId(), row.employeeId(), row.boardId(), row.name(), row.schoolName(),
                    row.programmeName(), row.startedOn(), ProgressRules.yearOf(row.startedOn(), today),
                    row.pairingId(), row.status(), live ? row.mentorName() : null, live ? row.meetings() : 0,
                    live ? row.lastMeeting() : null, overdue, signals);
        }).toList();
    }

    /** The milestones of one placement with their progress. */
    List<MilestoneProgress> of(PlacementSql.Placement placement) {
        var milestones = placements.milestones(List.of(placement.programmeId()))
                .getOrDefault(placement.programmeId(), List.of());
        return ProgressRules.progress(placement.startedOn(), today(), milestones,
                placements.done(List.of(placement.id())).getOrDefault(placement.id(), Map.of()),
                placements.evidencePerYear(List.of(placement.id())).getOrDefault(placement.id(), Map.of()));
    }

    /** A placement as counting overdue milestones needs it. */
    record Started(long id, long programmeId, LocalDate startedOn) {
    }

    /** Per placement, the number of milestones overdue today; three queries whatever the number of placements. */
    Map<Long, Integer> overdue(List<Started> list) {
        if (list.isEmpty()) {
            return Map.of();
        }
        LocalDate today = today();
        var ids = list.stream().map(Started::id).toList();
        var milestones = placements.milestones(list.stream().map(Started::programmeId).distinct().toList());
        var done = placements.done(ids);
        var evidence = placements.evidencePerYear(ids);
        Map<Long, Integer> result = new java.util.HashMap<>();
        for (var p : list) {
            result.put(p.id(), ProgressRules.overdueMilestones(ProgressRules.progress(p.startedOn(), today,
                    milestones.getOrDefault(p.programmeId(), List.of()), done.getOrDefault(p.id(), Map.of()),
                    evidence.getOrDefault(p.id(), Map.of()))));
        }
        return result;
    }

    Set<Signal> signals(PlacementSql.Row row, int overdue, PlacementSql.Thresholds thresholds, LocalDate today) {
        Set<Signal> signals = EnumSet.noneOf(Signal.class);
        if (row.status() != PairingStatus.ACTIVE) {
            LocalDate since = row.startedOn();
            if (row.endedAt() != null) {
                LocalDate ended = LocalDate.ofInstant(row.endedAt(), clock.getZone());
                since = ended.isAfter(since) ? ended : since;
            }
            if (ChronoUnit.DAYS.between(since, today) >= thresholds.unpairedDays()) {
                signals.add(Signal.NO_MENTOR);
            }
        } else {
            LocalDate last = row.lastMeeting() != null ? row.lastMeeting()
                    : row.acceptedAt() == null ? row.startedOn() : LocalDate.ofInstant(row.acceptedAt(), clock.getZone());
            if (ChronoUnit.DAYS.between(last, today) >= 7L * thresholds.quietWeeks()) {
                signals.add(Signal.NO_RECENT_MEETING);
            }
        }
        if (row.status() != null && row.status().live() && row.poorFit()) {
            signals.add(Signal.POOR_FIT);
        }
        if (overdue > 0) {
            signals.add(Signal.OVERDUE_MILESTONES);
        }
        if (row.facilityGranted() != null && ProgressRules.facilityUnused(row.startedOn(), today,
                row.facilityGranted(), row.facilityUsed() == null ? 0 : row.facilityUsed())) {
            signals.add(Signal.FACILITY_UNUSED);
        }
        return signals;
    }
}
