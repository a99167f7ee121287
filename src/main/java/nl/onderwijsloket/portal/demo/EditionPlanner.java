package nl.onderwijsloket.portal.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Month;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import nl.onderwijsloket.portal.catalogue.CourseFormat;
import nl.onderwijsloket.portal.catalogue.EditionStatus;

/**
 * Plans editions and their meetings relative to "today": for every course one to three editions in the
 * coming year, and for every fifth course a completed one in the past three months.
 *
 * <p>Every random number is drawn whatever the date, so the same seed gives the same data on every
 * day; only the dates move along.
 */
final class EditionPlanner {

    record Edition(String courseCode, LocalDate startDate, LocalDate endDate, boolean online, String locationName,
            String locationTown, int capacity, int seatsTaken, LocalDate enrolmentDeadline, EditionStatus status,
            List<Meeting> meetings) {
    }

    record Meeting(int seq, LocalDateTime startsAt, LocalDateTime endsAt, String topic) {
    }

    private record Location(String name, String town) {
    }

    private static final Map<String, List<Location>> LOCATIONS = Map.of(
            DemoOrganisations.HOGESCHOOL, List.of(
                    new Location("Hogeschool Oost, lokaal 2.14", "Enschede"),
                    new Location("Hogeschool Oost, lokaal 1.07", "Enschede"),
                    new Location("Hogeschool Oost, practicumlokaal N1.20", "Enschede")),
            DemoOrganisations.ROC_COLLEGE, List.of(
                    new Location("ROC Oost College, lokaal B1.12", "Hengelo"),
                    new Location("ROC Oost College locatie Almelo, lokaal 0.21", "Almelo"),
                    new Location("ROC Oost College locatie Enschede, lokaal C2.04", "Enschede")),
            DemoOrganisations.NETWORK, List.of(
                    new Location("Kennisnetwerk Lerende Leraren Oost, Twentezaal", "Almelo"),
                    new Location("Reggedal College, mediatheek", "Rijssen"),
                    new Location("OBS De Esch, teamkamer", "Enschede"),
                    new Location("Bibliotheek Hengelo, zaal 3", "Hengelo"),
                    new Location("Dinkelland Lyceum, aula", "Oldenzaal")),
            DemoOrganisations.ACADEMY, List.of(
                    new Location("Eskerkring bestuursbureau, trainingsruimte", "Hengelo"),
                    new Location("CBS De Regenboog, teamkamer", "Hengelo"),
                    new Location("IKC De Zonnewijzer, speellokaal", "Oldenzaal")));

    /** Afternoon and evening slots for series of meetings: start and end time. */
    private static final LocalTime[][] SLOTS = {
            {LocalTime.of(15, 30), LocalTime.of(17, 30)},
            {LocalTime.of(15, 0), LocalTime.of(17, 0)},
            {LocalTime.of(14, 0), LocalTime.of(17, 0)},
            {LocalTime.of(19, 0), LocalTime.of(21, 30)}};

    private static final List<String> MIDDLE_TOPICS = List.of(
            "Verdieping: theorie en voorbeelden uit de praktijk",
            "Oefenen en uitproberen",
            "Terugkoppeling praktijkopdracht",
            "Casusbespreking in kleine groepen");

    private final Random random;
    private final LocalDate today;
    private int futureEditions;

    EditionPlanner(Random random, LocalDate today) {
        this.random = random;
        this.today = today;
    }

    List<Edition> plan(List<CourseSpec> courses) {
        List<Edition> editions = new ArrayList<>();
        for (int i = 0; i < courses.size(); i++) {
            CourseSpec course = courses.get(i);
            if (i % 5 == 0) {
                editions.add(edition(course, -(20 + random.nextInt(70))));
            }
            int count = 1 + random.nextInt(3);
            int segment = 362 / count;
            for (int k = 0; k < count; k++) {
                editions.add(edition(course, 3 + k * segment + random.nextInt(segment)));
            }
        }
        return editions;
    }

    private Edition edition(CourseSpec course, int offsetDays) {
        // Draw everything first, in a fixed order, so the sequence never depends on the date.
        int meetingCount = meetingCount(course.studyLoadHours());
        int intervalWeeks = 1 + random.nextInt(3);
        LocalTime[] slot = SLOTS[random.nextInt(SLOTS.length)];
        int capacity = 8 + random.nextInt(23);
        int fill = random.nextInt(100);
        int seatsLeftWhenNearlyFull = 1 + random.nextInt(3);
        int seatsWhenPartlyFilled = random.nextInt(capacity - 3);
        int deadlineDays = 7 + random.nextInt(8);
        List<Location> locations = LOCATIONS.get(course.providerCode());
        Location location = locations.get(random.nextInt(100) % locations.size());
        boolean planned = random.nextInt(100) < 30;

        int seatsTaken = fill < 15 ? capacity
                : fill < 32 ? capacity - seatsLeftWhenNearlyFull
                : seatsWhenPartlyFilled;
        boolean online = course.format() == CourseFormat.ONLINE;
        boolean past = offsetDays < 0;

        LocalDate start = schoolDayOnOrAfter(today.plusDays(offsetDays));
        if (past ? !start.isBefore(today.minusDays(7)) : start.isAfter(today.plusYears(1))) {
            // A holiday pushed it too close to today or beyond the coming year: start before the holiday.
            start = schoolDayOnOrBefore(today.plusDays(offsetDays));
        }
        List<LocalDate> dates = meetingDates(start, meetingCount, intervalWeeks, past);
        List<Meeting> meetings = meetings(dates, slot, online);

        EditionStatus status;
        LocalDate deadline = start.minusDays(deadlineDays);
        if (past) {
            status = EditionStatus.COMPLETED;
        } else if (futureEditions++ == 4) {
            status = EditionStatus.CANCELLED;
            seatsTaken = 0;
        } else if (deadline.isBefore(today)) {
            status = EditionStatus.CLOSED;
        } else if (offsetDays > 270 && planned) {
            status = EditionStatus.PLANNED;
            seatsTaken = 0;
        } else {
            status = EditionStatus.OPEN;
        }
        return new Edition(course.code(), start, dates.getLast(), online, online ? null : location.name(),
                online ? null : location.town(), capacity, seatsTaken, deadline, status, meetings);
    }

    private int meetingCount(int studyLoadHours) {
        int draw = random.nextInt(3);
        if (studyLoadHours <= 8) {
            return 1 + draw / 2;
        }
        if (studyLoadHours <= 16) {
            return 2 + draw;
        }
        return 4 + draw;
    }

    /** Meetings on the start's weekday every few weeks; past editions keep only meetings before today. */
    private List<LocalDate> meetingDates(LocalDate start, int count, int intervalWeeks, boolean past) {
        List<LocalDate> dates = new ArrayList<>();
        dates.add(start);
        LocalDate previous = start;
        for (int n = 1; n < count; n++) {
            LocalDate next = previous.plusWeeks(intervalWeeks);
            while (inSummerHoliday(next) || inChristmasHoliday(next)) {
                next = next.plusWeeks(1);
            }
            if (past && !next.isBefore(today)) {
                break;
            }
            dates.add(next);
            previous = next;
        }
        return dates;
    }

    private static List<Meeting> meetings(List<LocalDate> dates, LocalTime[] slot, boolean online) {
        List<Meeting> meetings = new ArrayList<>();
        int count = dates.size();
        for (int i = 0; i < count; i++) {
            LocalDate date = dates.get(i);
            LocalTime from = count == 1 ? LocalTime.of(online ? 13 : 9, 0) : slot[0];
            LocalTime to = count == 1 ? LocalTime.of(16, 0) : slot[1];
            String topic = count == 1 ? null
                    : i == 0 ? "Kennismaking en startsituatie"
                    : i == count - 1 ? "Afronding en evaluatie"
                    : MIDDLE_TOPICS.get((i - 1) % MIDDLE_TOPICS.size());
            meetings.add(new Meeting(i + 1, date.atTime(from), date.atTime(to), topic));
        }
        return meetings;
    }

    /**
     * A weekday outside the summer and Christmas holidays on or after {@code date}; a date in the summer
     * holiday moves into the first weeks of September, so that editions do not all start on one day.
     */
    static LocalDate schoolDayOnOrAfter(LocalDate date) {
        LocalDate day = date;
        while (true) {
            if (inSummerHoliday(day)) {
                long intoHoliday = ChronoUnit.DAYS.between(LocalDate.of(day.getYear(), Month.JULY, 12), day);
                day = LocalDate.of(day.getYear(), Month.SEPTEMBER, 1).plusDays(intoHoliday % 21);
            } else if (inChristmasHoliday(day)) {
                day = LocalDate.of(day.getMonth() == Month.DECEMBER ? day.getYear() + 1 : day.getYear(),
                        Month.JANUARY, 5);
            } else if (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
                day = day.plusDays(1);
            } else {
                return day;
            }
        }
    }

    /** The last weekday outside the summer and Christmas holidays on or before {@code date}. */
    static LocalDate schoolDayOnOrBefore(LocalDate date) {
        LocalDate day = date;
        while (true) {
            if (inSummerHoliday(day)) {
                day = LocalDate.of(day.getYear(), Month.JULY, 11);
            } else if (inChristmasHoliday(day)) {
                day = LocalDate.of(day.getMonth() == Month.DECEMBER ? day.getYear() : day.getYear() - 1,
                        Month.DECEMBER, 19);
            } else if (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
                day = day.minusDays(1);
            } else {
                return day;
            }
        }
    }

    private static boolean inSummerHoliday(LocalDate day) {
        return (day.getMonth() == Month.JULY && day.getDayOfMonth() >= 12) || day.getMonth() == Month.AUGUST;
    }

    private static boolean inChristmasHoliday(LocalDate day) {
        return (day.getMonth() == Month.DECEMBER && day.getDayOfMonth() >= 20)
                || (day.getMonth() == Month.JANUARY && day.getDayOfMonth() <= 4);
    }
}
