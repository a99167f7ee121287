package nl.onderwijsloket.portal.intervision.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import nl.onderwijsloket.portal.availability.BusyInterval;
import nl.onderwijsloket.portal.availability.BusyKind;
import nl.onderwijsloket.portal.intervision.planning.SearchResult.Outcome;
import org.junit.jupiter.api.Test;

/**
 * On small random cases the search finds what trying every valid series finds: the same best conflict-free
 * series, the same distinct proposals, and, when none is free, a series with as few blocked member-sessions.
 */
class SeriesSearchBruteForceTest {

    private static final int CASES = 200;
    private static final int LIMIT = 4;

    @Test
    void theSearchAgreesWithTryingEverySeries() {
        Random random = new Random(20260901);
        Map<Outcome, Integer> outcomes = new EnumMap<>(Outcome.class);
        int timeChanges = 0;
        for (int n = 0; n < CASES; n++) {
            Case c = randomCase(random);
            SearchResult result = new SeriesSearch().search(c.request, c.members, c.busy, LIMIT);
            checkAgainstBruteForce(n, c, result);
            outcomes.merge(result.outcome(), 1, Integer::sum);
            List<Series> found = new ArrayList<>(result.conflictFree());
            result.bestWithConflicts().ifPresent(found::add);
            if (found.stream().anyMatch(series -> series.sessions().stream()
                    .map(slot -> slot.start().toLocalTime()).distinct().count() > 1)) {
                timeChanges++;
            }
        }
        assertThat(outcomes).as("the cases cover every outcome").containsOnlyKeys(Outcome.values());
        assertThat(timeChanges).as("in some cases a series is best with a later session at another time")
                .isPositive();
    }

    private static void checkAgainstBruteForce(int n, Case c, SearchResult result) {
        List<Candidate> all = everySeries(c);
        String about = "case " + n + ": " + c.request;
        if (all.isEmpty()) {
            assertThat(result.outcome()).as(about).isEqualTo(Outcome.PERIOD_TOO_SHORT);
            return;
        }
        Comparator<Candidate> best = Comparator.comparingInt(Candidate::blocked)
                .thenComparing(Comparator.comparingInt(Candidate::score).reversed())
                .thenComparing(Candidate::starts, SeriesSearchBruteForceTest::earliestFirst);
        List<Candidate> free = all.stream().filter(candidate -> candidate.blocked == 0).sorted(best).toList();
        if (free.isEmpty()) {
            assertThat(result.outcome()).as(about).isEqualTo(Outcome.ONLY_WITH_CONFLICTS);
            Series found = result.bestWithConflicts().orElseThrow();
            Candidate fewest = all.stream().min(best).orElseThrow();
            assertThat(found.blockedCount()).as(about).isEqualTo(fewest.blocked);
            assertThat(found.score()).as(about).isEqualTo(fewest.score);
            assertThat(starts(found)).as(about).isEqualTo(fewest.starts);
            assertBlockersAreTheOverlaps(c, found);
            return;
        }
        assertThat(result.outcome()).as(about).isEqualTo(Outcome.FOUND);
        Series top = result.conflictFree().getFirst();
        assertThat(top.score()).as(about).isEqualTo(free.getFirst().score);
        assertThat(starts(top)).as(about).isEqualTo(free.getFirst().starts);
        assertThat(top.sessions()).as(about).allSatisfy(slot -> assertThat(c.busy)
                .filteredOn(interval -> c.members.contains(interval.employeeId()))
                .noneMatch(interval -> interval.overlaps(slot.start(), slot.end())));
        assertThat(result.conflictFree()).extracting(SeriesSearchBruteForceTest::starts).as(about)
                .isEqualTo(distinctProposals(c, free));
        for (Series series : result.conflictFree()) {
            assertThat(series.score()).as(about).isEqualTo(SeriesScore.of(c.request, starts(series)));
        }
    }

    /** The best series per first session, best first, skipping one whose first session overlaps one taken. */
    private static List<List<LocalDateTime>> distinctProposals(Case c, List<Candidate> freeBestFirst) {
        List<List<LocalDateTime>> taken = new ArrayList<>();
        for (Candidate candidate : freeBestFirst) {
            LocalDateTime start = candidate.starts.getFirst();
            Duration duration = c.request.duration();
            boolean overlaps = taken.stream().map(List::getFirst).anyMatch(other ->
                    start.isBefore(other.plus(duration)) && other.isBefore(start.plus(duration)));
            if (!overlaps && taken.size() < LIMIT) {
                taken.add(candidate.starts);
            }
        }
        return taken;
    }

    private static void assertBlockersAreTheOverlaps(Case c, Series series) {
        for (Slot slot : series.sessions()) {
            Set<Long> blocked = new TreeSet<>();
            for (Blocker blocker : slot.blockers()) {
                assertThat(blocker.cause().overlaps(slot.start(), slot.end())).isTrue();
                assertThat(blocker.cause().employeeId()).isEqualTo(blocker.employeeId());
                blocked.add(blocker.employeeId());
            }
            assertThat(blocked).isEqualTo(blockedMembers(c, slot.start(), slot.end()));
        }
    }

    /** Every valid series: candidate starts in date order, each gap within the weeks asked for. */
    private static List<Candidate> everySeries(Case c) {
        List<LocalDateTime> starts = new ArrayList<>();
        for (LocalDate day = c.request.firstDay(); !day.isAfter(c.request.lastDay()); day = day.plusDays(1)) {
            if (!c.request.weekdays().contains(day.getDayOfWeek())) {
                continue;
            }
            for (LocalTime time = c.request.windowStart();
                    !time.plus(c.request.duration()).isAfter(c.request.windowEnd()) && !time.isBefore(
                            c.request.windowStart());
                    time = time.plusMinutes(15)) {
                starts.add(day.atTime(time));
            }
        }
        List<Candidate> all = new ArrayList<>();
        extend(c, starts, new ArrayList<>(), all);
        return all;
    }

    private static void extend(Case c, List<LocalDateTime> starts, List<LocalDateTime> series, List<Candidate> all) {
        if (series.size() == c.request.sessions()) {
            int blocked = 0;
            for (LocalDateTime start : series) {
                blocked += blockedMembers(c, start, start.plus(c.request.duration())).size();
            }
            all.add(new Candidate(List.copyOf(series), blocked, SeriesScore.of(c.request, series)));
            return;
        }
        for (LocalDateTime start : starts) {
            if (!series.isEmpty()) {
                long days = ChronoUnit.DAYS.between(series.getLast().toLocalDate(), start.toLocalDate());
                if (days < 7L * c.request.minWeeksBetween() || days > 7L * c.request.maxWeeksBetween()) {
                    continue;
                }
            }
            series.add(start);
            extend(c, starts, series, all);
            series.removeLast();
        }
    }

    private static Set<Long> blockedMembers(Case c, LocalDateTime from, LocalDateTime to) {
        Set<Long> blocked = new TreeSet<>();
        for (BusyInterval interval : c.busy) {
            if (c.members.contains(interval.employeeId()) && interval.overlaps(from, to)) {
                blocked.add(interval.employeeId());
            }
        }
        return blocked;
    }

    private static int earliestFirst(List<LocalDateTime> one, List<LocalDateTime> other) {
        for (int i = 0; i < one.size(); i++) {
            int order = one.get(i).compareTo(other.get(i));
            if (order != 0) {
                return order;
            }
        }
        return 0;
    }

    private static List<LocalDateTime> starts(Series series) {
        return series.sessions().stream().map(Slot::start).toList();
    }

    private static Case randomCase(Random random) {
        int members = 2 + random.nextInt(3);
        int sessions = 2 + random.nextInt(2);
        int minWeeks = 1 + random.nextInt(3);
        int maxWeeks = minWeeks + random.nextInt(3);
        LocalDate first = LocalDate.of(2026, 9, 1).plusDays(random.nextInt(60));
        LocalDate last = first.plusDays(7L * (6 + random.nextInt(5)) - 1);
        List<DayOfWeek> weekdays = new ArrayList<>(List.of(DayOfWeek.of(1 + random.nextInt(5))));
        if (random.nextBoolean()) {
            DayOfWeek second = DayOfWeek.of(1 + random.nextInt(5));
            if (!weekdays.contains(second)) {
                weekdays.add(second);
            }
        }
        LocalTime windowStart = LocalTime.of(9 + random.nextInt(8), 15 * random.nextInt(4));
        LocalTime windowEnd = windowStart.plusMinutes(60 + 15 * random.nextInt(5));
        SeriesRequest request = new SeriesRequest(sessions, minWeeks, maxWeeks, weekdays, windowStart, windowEnd,
                Duration.ofMinutes(60), first, last);

        List<BusyInterval> busy = new ArrayList<>();
        for (long id = 1; id <= members + 1; id++) { // the last one is not a member
            if (random.nextInt(3) == 0) {
                DayOfWeek day = weekdays.get(random.nextInt(weekdays.size()));
                LocalTime from = windowStart.plusMinutes(15 * random.nextInt(5));
                busy.addAll(SeriesPlanningFixtures.weekly(id, day, from, from.plusMinutes(15 + 15 * random.nextInt(8)),
                        first, last, "Lesrooster"));
            }
            if (random.nextInt(4) == 0) {
                LocalDate holiday = first.plusDays(random.nextInt(60));
                busy.add(SeriesPlanningFixtures.holiday(id, holiday, holiday.plusDays(random.nextInt(9)), "Vakantie"));
            }
            for (int i = random.nextInt(16); i > 0; i--) {
                LocalDate day = first.plusDays(random.nextInt(70));
                while (!weekdays.contains(day.getDayOfWeek())) {
                    day = day.plusDays(1);
                }
                LocalDateTime start = day.atTime(windowStart).plusMinutes(random.nextInt(150) - 45);
                busy.add(new BusyInterval(id, start, start.plusMinutes(15 + random.nextInt(60)), BusyKind.STUDY_DAY,
                        "Afspraak " + i));
            }
        }
        List<Long> memberIds = new ArrayList<>();
        for (long id = 1; id <= members; id++) {
            memberIds.add(id);
        }
        return new Case(request, memberIds, busy);
    }

    private record Case(SeriesRequest request, List<Long> members, List<BusyInterval> busy) {
    }

    private record Candidate(List<LocalDateTime> starts, int blocked, int score) {
    }
}
