package nl.onderwijsloket.portal.induction.matching;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import nl.onderwijsloket.portal.people.JobFunction;
import nl.onderwijsloket.portal.people.Sector;
import org.jspecify.annotations.Nullable;

/** Starters and mentors for the matching tests: builders with plain defaults, and seeded random cohorts. */
final class InductionMatchingFixtures {

    static final PairingScore SCORE = new PairingScore(TownDistances.twente());

    private static final String[] TOWNS = {"Enschede", "Hengelo", "Almelo", "Oldenzaal", "Borne", "Rijssen",
            "Delden", "Lochem"};
    private static final String[] SUBJECTS = {"wiskunde", "nederlands", "engels", "biologie"};

    private InductionMatchingFixtures() {
    }

    /** A starting teacher of board 10, school 100 in Enschede, primary education, no subjects, no manager. */
    static StarterBuilder starter(long id) {
        return new StarterBuilder(id);
    }

    /**
     * A teacher of board 10, school 100 in Enschede, primary education, no subjects, mentoring nobody yet with
     * room for two, untrained, never paired before, whose board keeps its mentors inside.
     */
    static MentorBuilder mentor(long id) {
        return new MentorBuilder(id);
    }

    static final class StarterBuilder {
        private final long id;
        private long board = 10;
        private @Nullable Long school = 100L;
        private @Nullable String town = "Enschede";
        private @Nullable Sector sector = Sector.PO;
        private JobFunction function = JobFunction.STARTENDE_LERAAR;
        private Set<String> subjects = Set.of();
        private @Nullable Long lineManager;

        StarterBuilder(long id) {
            this.id = id;
        }

        StarterBuilder board(long board) {
            this.board = board;
            return this;
        }

        StarterBuilder school(@Nullable Long school) {
            this.school = school;
            return this;
        }

        StarterBuilder town(@Nullable String town) {
            this.town = town;
            return this;
        }

        StarterBuilder sector(@Nullable Sector sector) {
            this.sector = sector;
            return this;
        }

        StarterBuilder function(JobFunction function) {
            this.function = function;
            return this;
        }

        StarterBuilder subjects(String... subjects) {
            this.subjects = Set.of(subjects);
            return this;
        }

        StarterBuilder lineManager(@Nullable Long lineManager) {
            this.lineManager = lineManager;
            return this;
        }

        Starter build() {
            return new Starter(id, board, school, town, sector, function, subjects, lineManager);
        }
    }

    static final class MentorBuilder {
        private final long id;
        private long board = 10;
        private @Nullable Long school = 100L;
        private @Nullable String town = "Enschede";
        private @Nullable Sector sector = Sector.PO;
        private JobFunction function = JobFunction.LERAAR;
        private Set<String> subjects = Set.of();
        private int active;
        private int capacity = 2;
        private boolean trained;
        private Set<Long> earlier = Set.of();
        private boolean outside;

        MentorBuilder(long id) {
            this.id = id;
        }

        MentorBuilder board(long board) {
            this.board = board;
            return this;
        }

        MentorBuilder school(@Nullable Long school) {
            this.school = school;
            return this;
        }

        MentorBuilder town(@Nullable String town) {
            this.town = town;
            return this;
        }

        MentorBuilder sector(@Nullable Sector sector) {
            this.sector = sector;
            return this;
        }

        MentorBuilder function(JobFunction function) {
            this.function = function;
            return this;
        }

        MentorBuilder subjects(String... subjects) {
            this.subjects = Set.of(subjects);
            return this;
        }

        MentorBuilder load(int active, int capacity) {
            this.active = active;
            this.capacity = capacity;
            return this;
        }

        MentorBuilder trained(boolean trained) {
            this.trained = trained;
            return this;
        }

        MentorBuilder earlierMentees(Long... ids) {
            this.earlier = Set.of(ids);
            return this;
        }

        MentorBuilder allowsOutside(boolean outside) {
            this.outside = outside;
            return this;
        }

        MentorCandidate build() {
            return new MentorCandidate(id, board, school, town, sector, function, subjects, active, capacity,
                    trained, earlier, outside);
        }
    }

    /** A random cohort: starters with ids 1..starters, mentors with ids from 101 (one may be a starter). */
    record Cohort(List<Starter> starters, List<MentorCandidate> mentors) {
    }

    /**
     * A random cohort over three boards, with line managers among the mentors, full mentors, mentors who are
     * starters themselves, unknown towns and sectors, so that every rule and every part comes up.
     */
    static Cohort randomCohort(Random random, int starterCount, int mentorCount, int maxCapacity) {
        return randomCohort(random, starterCount, mentorCount, maxCapacity, false);
    }

    /**
     * A random cohort; a {@code strict} one has few boards that let their mentors help outside, so that many
     * starters may have only one or two of the mentors, and giving every starter a mentor costs score.
     */
    static Cohort randomCohort(Random random, int starterCount, int mentorCount, int maxCapacity, boolean strict) {
        var mentorIds = new ArrayList<Long>();
        for (int j = 0; j < mentorCount; j++) {
            mentorIds.add(101L + j);
        }
        if (starterCount > 0 && mentorCount > 0 && random.nextInt(4) == 0) {
            mentorIds.set(random.nextInt(mentorCount), 1L + random.nextInt(starterCount));
        }
        var starters = new ArrayList<Starter>();
        for (int i = 0; i < starterCount; i++) {
            long board = 1 + random.nextInt(3);
            Long manager = mentorCount > 0 && random.nextInt(3) == 0
                    ? mentorIds.get(random.nextInt(mentorCount)) : null;
            starters.add(new Starter(1L + i, board, random.nextInt(8) == 0 ? null : board * 10 + random.nextInt(3),
                    random.nextInt(10) == 0 ? null : TOWNS[random.nextInt(TOWNS.length)],
                    random.nextInt(10) == 0 ? null : Sector.values()[random.nextInt(Sector.values().length)],
                    JobFunction.values()[random.nextInt(JobFunction.values().length)], subjects(random), manager));
        }
        var mentors = new ArrayList<MentorCandidate>();
        for (int j = 0; j < mentorCount; j++) {
            long board = 1 + random.nextInt(3);
            int capacity = 1 + random.nextInt(maxCapacity);
            int active = random.nextInt(4) == 0 ? random.nextInt(capacity + 1) : 0;
            Set<Long> earlier = new HashSet<>();
            if (starterCount > 0 && random.nextInt(3) == 0) {
                earlier.add(1L + random.nextInt(starterCount));
            }
            mentors.add(new MentorCandidate(mentorIds.get(j), board,
                    random.nextInt(8) == 0 ? null : board * 10 + random.nextInt(3),
                    random.nextInt(10) == 0 ? null : TOWNS[random.nextInt(TOWNS.length)],
                    random.nextInt(10) == 0 ? null : Sector.values()[random.nextInt(Sector.values().length)],
                    JobFunction.values()[random.nextInt(JobFunction.values().length)], subjects(random), active,
                    capacity, random.nextBoolean(), earlier, strict ? random.nextInt(6) == 0 : random.nextInt(3) != 0));
        }
        return new Cohort(starters, mentors);
    }

    private static Set<String> subjects(Random random) {
        var subjects = new HashSet<String>();
        int count = random.nextInt(3);
        for (int k = 0; k < count; k++) {
            subjects.add(SUBJECTS[random.nextInt(SUBJECTS.length)]);
        }
        return subjects;
    }
}
