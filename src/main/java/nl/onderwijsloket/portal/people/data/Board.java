package nl.onderwijsloket.portal.people.data;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;

/** A school board (schoolbestuur): the employer of the people at its schools. */
@Entity
@Table(name = "board")
public class Board {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long regionId;
    @NotBlank
    private String code;
    @NotBlank
    private String name;
    @Version
    private long version;

    protected Board() {
    }

    public Long getId() {
        return id;
    }

    public Long getRegionId() {
        return regionId;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }
}
