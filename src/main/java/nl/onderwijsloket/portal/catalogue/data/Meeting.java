package nl.onderwijsloket.portal.catalogue.data;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;

/**
 * One meeting of an edition, in local time of the region. {@code seq} numbers the meetings of an edition
 * in time order; {@link MeetingRepository#renumber} keeps it so after every change.
 */
@Entity
@Table(name = "meeting")
public class Meeting {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long editionId;
    private int seq;
    @NotNull
    private LocalDateTime startsAt;
    @NotNull
    private LocalDateTime endsAt;
    @Size(max = 200)
    private String topic;
    @Version
    private long version;

    protected Meeting() {
    }

    /** A new meeting, numbered after the edition's last one until the meetings are renumbered. */
    public Meeting(long editionId, int seq) {
        this.editionId = editionId;
        this.seq = seq;
    }

    public void plan(LocalDateTime startsAt, LocalDateTime endsAt, String topic) {
        this.startsAt = startsAt;
        this.endsAt = endsAt;
        this.topic = topic;
    }

    public Long getId() {
        return id;
    }

    public long getEditionId() {
        return editionId;
    }

    public int getSeq() {
        return seq;
    }

    public LocalDateTime getStartsAt() {
        return startsAt;
    }

    public LocalDateTime getEndsAt() {
        return endsAt;
    }

    public String getTopic() {
        return topic;
    }

    public long getVersion() {
        return version;
    }
}
