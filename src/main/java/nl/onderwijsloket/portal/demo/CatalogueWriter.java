package nl.onderwijsloket.portal.demo;

import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import nl.onderwijsloket.portal.catalogue.StepKind;
import nl.onderwijsloket.portal.demo.DemoPathways.Pathway;
import nl.onderwijsloket.portal.demo.DemoPathways.Step;
import nl.onderwijsloket.portal.demo.EditionPlanner.Edition;
import nl.onderwijsloket.portal.demo.EditionPlanner.Meeting;

/** Writes the courses with their audiences, sectors and themes, the editions and meetings, and the pathways. */
final class CatalogueWriter {

    private final Jdbc jdbc;
    private final LocalDateTime now;
    private final Map<String, Long> providerIds;
    private final Map<String, Long> courseIds = new HashMap<>();
    private final Map<String, String> courseTitles = new HashMap<>();

    CatalogueWriter(Jdbc jdbc, LocalDateTime now, Map<String, Long> providerIds) {
        this.jdbc = jdbc;
        this.now = now;
        this.providerIds = providerIds;
    }

    void write(Random random) throws SQLException {
        List<CourseSpec> courses = CourseSpec.all();
        writeCourses(courses);
        writeEditions(new EditionPlanner(random, now.toLocalDate()).plan(courses));
        writePathways();
    }

    private void writeCourses(List<CourseSpec> courses) throws SQLException {
        long id = jdbc.nextId("course");
        List<Object[]> rows = new ArrayList<>();
        List<Object[]> audiences = new ArrayList<>();
        List<Object[]> sectors = new ArrayList<>();
        List<Object[]> themes = new ArrayList<>();
        for (CourseSpec course : courses) {
            courseIds.put(course.code(), id);
            courseTitles.put(course.code(), course.title());
            String providerName = DemoOrganisations.provider(course.providerCode()).name();
            rows.add(new Object[] {id, providerIds.get(course.providerCode()), course.code(), course.title(),
                    course.summary(), course.description(), course.format().name(), course.level().name(),
                    course.studyLoadHours(), course.costCents(), course.language(),
                    course.employerApprovalRequired(), true,
                    DemoLabels.searchText(providerName, course.themes(), course.audiences()), now, now});
            for (var audience : course.audiences()) {
                audiences.add(new Object[] {id, audience.name()});
            }
            for (var sector : course.sectors()) {
                sectors.add(new Object[] {id, sector.name()});
            }
            for (var theme : course.themes()) {
                themes.add(new Object[] {id, theme.name()});
            }
            id++;
        }
        jdbc.insert("INSERT INTO course (id, provider_id, code, title, summary, description, format, level, "
                + "study_load_hours, cost_cents, language, employer_approval_required, published, search_text, "
                + "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows);
        jdbc.insert("INSERT INTO course_audience (course_id, job_function) VALUES (?, ?)", audiences);
        jdbc.insert("INSERT INTO course_sector (course_id, sector) VALUES (?, ?)", sectors);
        jdbc.insert("INSERT INTO course_theme (course_id, theme) VALUES (?, ?)", themes);
    }

    private void writeEditions(List<Edition> editions) throws SQLException {
        long id = jdbc.nextId("edition");
        List<Object[]> rows = new ArrayList<>();
        List<Object[]> meetings = new ArrayList<>();
        for (Edition edition : editions) {
            rows.add(new Object[] {id, courseIds.get(edition.courseCode()), edition.startDate(), edition.endDate(),
                    edition.online(), edition.locationName(), edition.locationTown(), edition.capacity(),
                    edition.seatsTaken(), edition.enrolmentDeadline(), edition.status().name()});
            for (Meeting meeting : edition.meetings()) {
                meetings.add(new Object[] {id, meeting.seq(), meeting.startsAt(), meeting.endsAt(), meeting.topic()});
            }
            id++;
        }
        jdbc.insert("INSERT INTO edition (id, course_id, start_date, end_date, online, location_name, location_town, "
                + "capacity, seats_taken, enrolment_deadline, status) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows);
        jdbc.insert("INSERT INTO meeting (edition_id, seq, starts_at, ends_at, topic) VALUES (?, ?, ?, ?, ?)",
                meetings);
    }

    private void writePathways() throws SQLException {
        long id = jdbc.nextId("pathway");
        List<Object[]> rows = new ArrayList<>();
        List<Object[]> audiences = new ArrayList<>();
        List<Object[]> steps = new ArrayList<>();
        for (Pathway pathway : DemoPathways.PATHWAYS) {
            rows.add(new Object[] {id, pathway.code(), pathway.title(), pathway.summary(), pathway.description(),
                    pathway.durationMonths(), pathway.outcome()});
            for (var audience : pathway.audiences()) {
                audiences.add(new Object[] {id, audience.name()});
            }
            int position = 1;
            for (Step step : pathway.steps()) {
                boolean course = step.kind() == StepKind.COURSE;
                Long courseId = course ? courseIds.get(step.courseCode()) : null;
                if (course && courseId == null) {
                    throw new IllegalStateException("Pathway " + pathway.code() + " needs unknown course "
                            + step.courseCode());
                }
                steps.add(new Object[] {id, position++, step.kind().name(), courseId,
                        course ? courseTitles.get(step.courseCode()) : step.title(), step.description(),
                        step.plannedMonth()});
            }
            id++;
        }
        jdbc.insert("INSERT INTO pathway (id, code, title, summary, description, duration_months, outcome) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?)", rows);
        jdbc.insert("INSERT INTO pathway_audience (pathway_id, job_function) VALUES (?, ?)", audiences);
        jdbc.insert("INSERT INTO pathway_step (pathway_id, position, kind, course_id, title, description, "
                + "planned_month) VALUES (?, ?, ?, ?, ?, ?, ?)", steps);
    }
}
