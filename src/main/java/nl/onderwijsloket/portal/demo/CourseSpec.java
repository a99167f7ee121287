package nl.onderwijsloket.portal.demo;

import java.util.List;
import java.util.stream.Stream;
import nl.onderwijsloket.portal.catalogue.CourseFormat;
import nl.onderwijsloket.portal.catalogue.CourseLevel;
import nl.onderwijsloket.portal.catalogue.Theme;
import nl.onderwijsloket.portal.people.JobFunction;
import nl.onderwijsloket.portal.people.Sector;

/** A demo course as it goes into {@code course} and its audience, sector and theme tables. */
record CourseSpec(String providerCode, String code, String title, String summary, String description,
        CourseFormat format, CourseLevel level, int studyLoadHours, int costCents, String language,
        List<Theme> themes, List<JobFunction> audiences, List<Sector> sectors) {

    /** Courses from this amount on need the employer's approval before an employee enrols. */
    static final int APPROVAL_THRESHOLD_CENTS = 75_000;

    CourseSpec {
        if (themes.isEmpty() || themes.size() > 3 || audiences.isEmpty() || sectors.isEmpty()) {
            throw new IllegalArgumentException("Course " + code + " needs 1-3 themes, an audience and a sector");
        }
        if (studyLoadHours < 4 || studyLoadHours > 120 || costCents < 0 || costCents > 150_000) {
            throw new IllegalArgumentException("Course " + code + " has an unlikely load or cost");
        }
    }

    boolean employerApprovalRequired() {
        return costCents >= APPROVAL_THRESHOLD_CENTS;
    }

    /** The same course, taught in English. */
    CourseSpec inEnglish() {
        return new CourseSpec(providerCode, code, title, summary, description, format, level, studyLoadHours,
                costCents, "en", themes, audiences, sectors);
    }

    /** Every demo course, in a fixed order. */
    static List<CourseSpec> all() {
        return Stream.of(HogeschoolCourses.COURSES, RocCourses.COURSES, NetworkCourses.COURSES,
                AcademyCourses.COURSES).flatMap(List::stream).toList();
    }

    /** Small builder so the course texts read as a list of courses, not as positional arguments. */
    static Builder course(String providerCode, String code, String title) {
        return new Builder(providerCode, code, title);
    }

    static final class Builder {
        private final String providerCode;
        private final String code;
        private final String title;
        private String summary;
        private String description;
        private List<Theme> themes = List.of();
        private List<JobFunction> audiences = List.of();
        private List<Sector> sectors = List.of();

        private Builder(String providerCode, String code, String title) {
            this.providerCode = providerCode;
            this.code = code;
            this.title = title;
        }

        Builder summary(String text) {
            this.summary = text;
            return this;
        }

        Builder description(String... sentences) {
            this.description = String.join(" ", sentences);
            return this;
        }

        Builder themes(Theme... values) {
            this.themes = List.of(values);
            return this;
        }

        Builder audiences(JobFunction... values) {
            this.audiences = List.of(values);
            return this;
        }

        Builder sectors(Sector... values) {
            this.sectors = List.of(values);
            return this;
        }

        CourseSpec build(CourseFormat format, CourseLevel level, int studyLoadHours, int costCents) {
            return new CourseSpec(providerCode, code, title, summary, description, format, level, studyLoadHours,
                    costCents, "nl", themes, audiences, sectors);
        }
    }
}
