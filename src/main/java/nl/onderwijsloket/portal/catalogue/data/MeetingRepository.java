package nl.onderwijsloket.portal.catalogue.data;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface MeetingRepository extends JpaRepository<Meeting, Long> {

    List<Meeting> findByEditionIdOrderBySeq(long editionId);

    @Query("select m.editionId from Meeting m where m.id = :meetingId")
    Optional<Long> editionOf(long meetingId);

    @Query("select coalesce(max(m.seq), 0) from Meeting m where m.editionId = :editionId")
    int lastSeq(long editionId);

    /** How many meetings fall outside the given period (a day is inside when it is on or between the dates). */
    @Query("""
            select count(m) from Meeting m where m.editionId = :editionId
            and (m.startsAt < :from or m.startsAt >= :until)""")
    long countOutside(long editionId, LocalDateTime from, LocalDateTime until);

    /**
     * Numbers the edition's meetings 1..n in time order. Two steps, so that no intermediate state collides
     * with the unique key on (edition, seq); the caller holds the edition's row lock. The number is derived,
     * not edited, so it does not count as a change of the meeting (its version stays).
     */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query(value = "UPDATE meeting SET seq = seq + 100000 WHERE edition_id = :editionId",
            nativeQuery = true)
    void moveSeqAside(long editionId);

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query(value = """
            UPDATE meeting m JOIN (SELECT id, ROW_NUMBER() OVER (ORDER BY starts_at, id) AS n
                                   FROM meeting WHERE edition_id = :editionId) r ON r.id = m.id
            SET m.seq = r.n""",
            nativeQuery = true)
    void numberInTimeOrder(long editionId);

    default void renumber(long editionId) {
        moveSeqAside(editionId);
        numberInTimeOrder(editionId);
    }
}
