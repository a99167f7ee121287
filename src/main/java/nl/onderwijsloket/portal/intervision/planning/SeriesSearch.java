package nl.onderwijsloket.portal.intervision.planning;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import nl.onderwijsloket.portal.availability.BusyInterval;

/**
 * Proposes series of intervision sessions in which every session is free for every member, best first; where
 * none exists, the series with the fewest blocked member-sessions, naming who is blocked when and why.
 *
 * <p><b>Candidates.</b> Every day of the period whose weekday is wanted, at the window's start and every 15
 * minutes after it while the session still ends within the window. A session is blocked for a member when one
 * of the member's busy intervals overlaps it (half-open, so back-to-back is free). Consecutive sessions are
 * 7 × {@code minWeeksBetween} to 7 × {@code maxWeeksBetween} days apart.
 *
 * <p><b>Score.</b> A series starts at 0 and loses points; higher is better:
 * <ol>
 * <li>100 for each session that starts at another time of day than the one before it;</li>
 * <li>60 for each session on another weekday than the one before it, and per session 10 for each place its
 * weekday stands down the list of preferred weekdays;</li>
 * <li>2 for each day a gap between two sessions is off the middle of [min, max] weeks;</li>
 * <li>per session 1 for each 15 minutes it starts after the window's start, and 1 for each whole week the first
 * session lies after the period's first day.</li>
 * </ol>
 * Equal scores go to the series whose first session is earliest, then whose next session is earliest, and so
 * on, so the results are stable.
 *
 * <p><b>Distinct proposals.</b> The first sessions of any two proposals do not overlap: each starts on another
 * day, or on the same day at a time that does not overlap the other's first session. For each first session
 * only its best series counts; proposals are taken best first, skipping one whose first session overlaps the
 * first session of a proposal already taken.
 *
 * <p><b>How.</b> A dynamic programme over the candidates in date order: for each candidate and each number of
 * sessions k, the best series of k sessions that starts there (fewest blocked members, then best score). Because
 * the score is a sum over sessions and pairs of consecutive sessions, the best continuation after a session does
 * not depend on what came before it. Per next day only two candidates can be best: the one at the same time,
 * or that day's best; so the work is candidates × days within reach × sessions.
 */
public final class SeriesSearch {

    private static final Duration STEP = Duration.ofMinutes(15);
    private static final int NONE = -1;
    /** In {@code bestBlocked}: no series of that many sessions starts at the slot. */
    private static final int NO_SERIES = Integer.MAX_VALUE;

    public SearchResult search(SeriesRequest request, Collection<Long> members, Collection<BusyInterval> busy,
            int limit) {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(members, "members");
        Objects.requireNonNull(busy, "busy");
        if (limit < 1) {
            throw new IllegalArgumentException("Ask for at least one series: " + limit);
        }
        return new Run(request, new BusyIndex(members, busy)).search(limit);
    }

    /** One search: the candidate grid (days × start times) and the programme over it. */
    private static final class Run {

        private final SeriesRequest request;
        private final BusyIndex index;
        private final List<LocalDate> days = new ArrayList<>();
        private final int times;
        private final int[] blocked;
        private final int[] sessionPoints;
        /** {@code next[k][slot]}: the second session of the best series of k sessions starting at slot. */
        private final int[][] next;
        /** Per slot, the blocked member-sessions and score of the best series of k sessions starting there. */
        private int[] bestBlocked;
        private int[] bestScore;
        /** Per first slot, the score of its best series of all sessions, the first session's points included. */
        private int[] total;

        Run(SeriesRequest request, BusyIndex index) {
            this.request = request;
            this.index = index;
            for (LocalDate day = request.firstDay(); !day.isAfter(request.lastDay()); day = day.plusDays(1)) {
                if (request.weekdays().contains(day.getDayOfWeek())) {
                    days.add(day);
                }
            }
            Duration slack = Duration.between(request.windowStart(), request.windowEnd()).minus(request.duration());
            this.times = (int) (slack.toMinutes() / STEP.toMinutes()) + 1;
            int slots = days.size() * times;
            this.blocked = new int[slots];
            this.sessionPoints = new int[slots];
            for (int slot = 0; slot < slots; slot++) {
                LocalDateTime start = start(slot);
                blocked[slot] = index.countBlocked(start, start.plus(request.duration()));
                sessionPoints[slot] = SeriesScore.session(request, start);
            }
            this.next = new int[request.sessions() + 1][];
        }

        SearchResult search(int limit) {
            programme();
            total = new int[bestScore.length];
            List<Integer> firsts = new ArrayList<>();
            for (int slot = 0; slot < bestBlocked.length; slot++) {
                if (bestBlocked[slot] != NO_SERIES) {
                    total[slot] = bestScore[slot] + SeriesScore.first(request, days.get(slot / times));
                    firsts.add(slot);
                }
            }
            if (firsts.isEmpty()) {
                return SearchResult.periodTooShort();
            }
            firsts.sort(Comparator.<Integer>comparingInt(slot -> bestBlocked[slot])
                    .thenComparingInt(slot -> -total[slot])
                    .thenComparingInt(slot -> slot));
            if (bestBlocked[firsts.getFirst()] > 0) {
                return SearchResult.onlyWithConflicts(series(firsts.getFirst()));
            }
            List<Series> proposals = new ArrayList<>();
            List<Integer> taken = new ArrayList<>();
            for (int slot : firsts) {
                if (proposals.size() == limit || bestBlocked[slot] > 0) {
                    break;
                }
                if (taken.stream().noneMatch(other -> overlap(slot, other))) {
                    taken.add(slot);
                    proposals.add(series(slot));
                }
            }
            return SearchResult.found(proposals);
        }

        /** Fills {@code bestBlocked}/{@code bestScore} for series of all sessions, and {@code next} on the way. */
        private void programme() {
            bestBlocked = blocked.clone();
            bestScore = sessionPoints.clone();
            int[] successor = successorDays();
            for (int k = 2; k <= request.sessions(); k++) {
                int[] dayBest = dayBest();
                int[] levelBlocked = new int[blocked.length];
                int[] levelScore = new int[blocked.length];
                next[k] = new int[blocked.length];
                for (int slot = 0; slot < blocked.length; slot++) {
                    int day = slot / times;
                    Best best = new Best();
                    for (int other = successor[day]; other < days.size() && inReach(day, other); other++) {
                        if (dayBest[other] != NONE) {
                            consider(best, slot, other * times + slot % times);
                            consider(best, slot, dayBest[other]);
                        }
                    }
                    next[k][slot] = best.slot;
                    levelBlocked[slot] = best.slot == NONE ? NO_SERIES : blocked[slot] + best.blocked;
                    levelScore[slot] = best.slot == NONE ? 0 : sessionPoints[slot] + best.score;
                }
                bestBlocked = levelBlocked;
                bestScore = levelScore;
            }
        }

        private void consider(Best best, int slot, int candidate) {
            if (bestBlocked[candidate] == NO_SERIES) {
                return;
            }
            LocalDate from = days.get(slot / times);
            LocalDate to = days.get(candidate / times);
            int score = bestScore[candidate] + SeriesScore.between(request, to.toEpochDay() - from.toEpochDay(),
                    slot % times == candidate % times, from.getDayOfWeek() == to.getDayOfWeek());
            int blockedHere = bestBlocked[candidate];
            boolean better = best.slot == NONE || blockedHere < best.blocked
                    || blockedHere == best.blocked
                            && (score > best.score || score == best.score && candidate < best.slot);
            if (better) {
                best.slot = candidate;
                best.blocked = blockedHere;
                best.score = score;
            }
        }

        /** Per day, its slot with the best series so far (fewest blocked, best score, earliest), or NONE. */
        private int[] dayBest() {
            int[] dayBest = new int[days.size()];
            for (int day = 0; day < days.size(); day++) {
                dayBest[day] = NONE;
                for (int slot = day * times; slot < (day + 1) * times; slot++) {
                    if (bestBlocked[slot] == NO_SERIES) {
                        continue;
                    }
                    int best = dayBest[day];
                    if (best == NONE || bestBlocked[slot] < bestBlocked[best]
                            || bestBlocked[slot] == bestBlocked[best] && bestScore[slot] > bestScore[best]) {
                        dayBest[day] = slot;
                    }
                }
            }
            return dayBest;
        }

        /** Per day, the first day that can follow it (or days.size() when none). */
        private int[] successorDays() {
            int[] successor = new int[days.size()];
            int other = 0;
            for (int day = 0; day < days.size(); day++) {
                while (other < days.size() && daysBetween(day, other) < 7L * request.minWeeksBetween()) {
                    other++;
                }
                successor[day] = other;
            }
            return successor;
        }

        private boolean inReach(int day, int other) {
            return daysBetween(day, other) <= 7L * request.maxWeeksBetween();
        }

        private long daysBetween(int day, int other) {
            return days.get(other).toEpochDay() - days.get(day).toEpochDay();
        }

        private boolean overlap(int slot, int other) {
            LocalDateTime start = start(slot);
            LocalDateTime otherStart = start(other);
            return start.isBefore(otherStart.plus(request.duration()))
                    && otherStart.isBefore(start.plus(request.duration()));
        }

        private Series series(int first) {
            List<Slot> sessions = new ArrayList<>();
            int slot = first;
            for (int k = request.sessions(); ; k--) {
                LocalDateTime start = start(slot);
                LocalDateTime end = start.plus(request.duration());
                sessions.add(new Slot(start, end, blocked[slot] == 0 ? List.of() : index.blockers(start, end)));
                if (k == 1) {
                    return new Series(sessions, total[first]);
                }
                slot = next[k][slot];
            }
        }

        private LocalDateTime start(int slot) {
            return days.get(slot / times).atTime(request.windowStart().plus(STEP.multipliedBy(slot % times)));
        }
    }

    /** The best continuation found so far for one slot. */
    private static final class Best {
        int slot = NONE;
        int blocked;
        int score;
    }
}
