package nl.onderwijsloket.portal.people.data;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import nl.onderwijsloket.portal.people.Sector;

/** A school of a board, in one sector and town. */
@Entity
@Table(name = "school")
public class School {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "board_id")
    private Board board;
    @NotBlank
    private String brin;
    @NotBlank
    private String name;
    @Enumerated(EnumType.STRING)
    private Sector sector;
    @NotBlank
    private String town;
    @Version
    private long version;

    protected School() {
    }

    public Long getId() {
        return id;
    }

    public Board getBoard() {
        return board;
    }

    public String getBrin() {
        return brin;
    }

    public String getName() {
        return name;
    }

    public Sector getSector() {
        return sector;
    }

    public String getTown() {
        return town;
    }
}
