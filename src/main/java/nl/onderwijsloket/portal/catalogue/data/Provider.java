package nl.onderwijsloket.portal.catalogue.data;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import nl.onderwijsloket.portal.catalogue.ProviderKind;

/** An institution that runs courses: teacher training, mbo college, knowledge network, board academy. */
@Entity
@Table(name = "provider")
public class Provider {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @NotBlank
    private String code;
    @NotBlank
    private String name;
    @Enumerated(EnumType.STRING)
    private ProviderKind kind;
    @NotBlank
    private String town;
    private String website;
    private Long boardId;
    @Version
    private long version;

    protected Provider() {
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public ProviderKind getKind() {
        return kind;
    }

    public String getTown() {
        return town;
    }

    public String getWebsite() {
        return website;
    }

    public Long getBoardId() {
        return boardId;
    }
}
