package nl.onderwijsloket.portal.intervision.planning;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import nl.onderwijsloket.portal.availability.BusyInterval;

/**
 * The members' busy intervals, per member sorted by start, so whether a time is free is a binary search. Each
 * member also keeps the latest end among its first i intervals, which lets a long holiday that started well
 * before a session still be found without scanning every interval.
 */
final class BusyIndex {

    private static final Comparator<BusyInterval> BY_START =
            Comparator.comparing(BusyInterval::start).thenComparing(BusyInterval::end);

    private final List<Member> members = new ArrayList<>();

    BusyIndex(Collection<Long> memberIds, Collection<BusyInterval> busy) {
        Map<Long, List<BusyInterval>> byMember = new HashMap<>();
        TreeSet<Long> ids = new TreeSet<>(memberIds);
        for (long id : ids) {
            byMember.put(id, new ArrayList<>());
        }
        for (BusyInterval interval : busy) {
            List<BusyInterval> own = byMember.get(interval.employeeId());
            if (own != null) {
                own.add(interval);
            }
        }
        for (long id : ids) {
            List<BusyInterval> own = byMember.get(id);
            if (!own.isEmpty()) {
                members.add(new Member(id, own));
            }
        }
    }

    /** How many members are busy at some moment of {@code [from, to)}. */
    int countBlocked(LocalDateTime from, LocalDateTime to) {
        int count = 0;
        for (Member member : members) {
            int before = member.startingBefore(to);
            if (before > 0 && member.latestEnd[before - 1].isAfter(from)) {
                count++;
            }
        }
        return count;
    }

    /** Every member's busy intervals that overlap {@code [from, to)}: members by id, then intervals by start. */
    List<Blocker> blockers(LocalDateTime from, LocalDateTime to) {
        List<Blocker> blockers = new ArrayList<>();
        for (Member member : members) {
            List<Blocker> own = new ArrayList<>();
            for (int i = member.startingBefore(to) - 1; i >= 0 && member.latestEnd[i].isAfter(from); i--) {
                if (member.intervals[i].end().isAfter(from)) {
                    own.add(new Blocker(member.id, member.intervals[i]));
                }
            }
            Collections.reverse(own);
            blockers.addAll(own);
        }
        return blockers;
    }

    private static final class Member {

        final long id;
        final BusyInterval[] intervals;
        final LocalDateTime[] latestEnd;

        Member(long id, List<BusyInterval> own) {
            this.id = id;
            this.intervals = own.stream().sorted(BY_START).toArray(BusyInterval[]::new);
            this.latestEnd = new LocalDateTime[intervals.length];
            LocalDateTime latest = LocalDateTime.MIN;
            for (int i = 0; i < intervals.length; i++) {
                if (intervals[i].end().isAfter(latest)) {
                    latest = intervals[i].end();
                }
                latestEnd[i] = latest;
            }
        }

        /** The number of intervals that start before {@code time}, so they are {@code intervals[0..n)}. */
        int startingBefore(LocalDateTime time) {
            int low = 0;
            int high = intervals.length;
            while (low < high) {
                int middle = (low + high) >>> 1;
                if (intervals[middle].start().isBefore(time)) {
                    low = middle + 1;
                } else {
                    high = middle;
                }
            }
            return low;
        }
    }
}
