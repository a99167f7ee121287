package nl.onderwijsloket.portal.demo;

import java.util.List;
import nl.onderwijsloket.portal.catalogue.ProviderKind;
import nl.onderwijsloket.portal.people.Sector;

/** The region, its school boards, their schools and the course providers. All names are fictional. */
final class DemoOrganisations {

    static final String REGION_CODE = "TWENTE";
    static final String REGION_NAME = "Twente";

    /** A school board; {@code domain} is the part after the @ in its staff's e-mail addresses. */
    record Board(String code, String name, String domain, int employeeNumberBase, String officeTown) {
    }

    record School(String boardCode, String brin, String name, Sector sector, String town) {
    }

    /** A course provider; {@code boardCode} is set only for a board's own academy. */
    record Provider(String code, String name, ProviderKind kind, String town, String website, String boardCode) {
    }

    static final String ESKERKRING = "ESKERKRING";
    static final String REGGE_DINKEL = "REGGE-DINKEL";
    static final String ROC_OOST = "ROC-OOST";
    static final String KOMPASGROEP = "KOMPASGROEP";

    static final String HOGESCHOOL = "HSO";
    static final String ROC_COLLEGE = "ROC";
    static final String NETWORK = "KLO";
    static final String ACADEMY = "ESK";

    /** The first board is the primary-school board the "hr" demo account works for, the second "hr2"'s. */
    static final List<Board> BOARDS = List.of(
            new Board(ESKERKRING, "Stichting Eskerkring Primair Onderwijs", "eskerkring.nl", 100000, "Hengelo"),
            new Board(REGGE_DINKEL, "Stichting Regge en Dinkel Voortgezet Onderwijs", "reggedinkel.nl", 200000,
                    "Almelo"),
            new Board(ROC_OOST, "Stichting ROC Oost", "rocoost.nl", 300000, "Hengelo"),
            new Board(KOMPASGROEP, "Stichting De Kompasgroep Speciaal Onderwijs", "kompasgroep.nl", 400000,
                    "Enschede"));

    static final List<School> SCHOOLS = List.of(
            new School(ESKERKRING, "21QE", "OBS De Esch", Sector.PO, "Enschede"),
            new School(ESKERKRING, "17HK", "CBS De Regenboog", Sector.PO, "Hengelo"),
            new School(ESKERKRING, "09TW", "Basisschool Het Kwadrant", Sector.PO, "Almelo"),
            new School(ESKERKRING, "23MZ", "IKC De Zonnewijzer", Sector.PO, "Oldenzaal"),
            new School(ESKERKRING, "14BX", "OBS De Boddenkamp", Sector.PO, "Enschede"),
            new School(ESKERKRING, "06RB", "Basisschool De Wilgenhoek", Sector.PO, "Borne"),
            new School(ESKERKRING, "28LN", "CBS De Bongerd", Sector.PO, "Rijssen"),
            new School(REGGE_DINKEL, "20VR", "Reggedal College", Sector.VO, "Rijssen"),
            new School(REGGE_DINKEL, "15DL", "Dinkelland Lyceum", Sector.VO, "Oldenzaal"),
            new School(REGGE_DINKEL, "11TC", "Twickel College", Sector.VO, "Delden"),
            new School(REGGE_DINKEL, "04HL", "Hofstede Lyceum", Sector.VO, "Enschede"),
            new School(REGGE_DINKEL, "26PV", "Praktijkschool De Vlaskamp", Sector.VO, "Almelo"),
            new School(ROC_OOST, "25RO", "ROC Oost College Onderwijs en Kinderopvang", Sector.MBO, "Enschede"),
            new School(ROC_OOST, "30RZ", "ROC Oost College Zorg en Welzijn", Sector.MBO, "Almelo"),
            new School(ROC_OOST, "31RT", "ROC Oost College Techniek en Technologie", Sector.MBO, "Hengelo"),
            new School(KOMPASGROEP, "02SV", "SO De Vlinderhof", Sector.SO, "Enschede"),
            new School(KOMPASGROEP, "03SK", "SO/VSO Het Kompas", Sector.SO, "Hengelo"),
            new School(KOMPASGROEP, "12SB", "SBO De Springplank", Sector.PO, "Almelo"));

    static final List<Provider> PROVIDERS = List.of(
            new Provider(HOGESCHOOL, "Hogeschool Oost – Lerarenopleidingen", ProviderKind.HOGESCHOOL, "Enschede",
                    "https://www.hogeschooloost.nl/nascholing", null),
            new Provider(ROC_COLLEGE, "ROC Oost College", ProviderKind.MBO_COLLEGE, "Hengelo",
                    "https://www.rocoost.nl/contractonderwijs", null),
            new Provider(NETWORK, "Kennisnetwerk Lerende Leraren Oost", ProviderKind.KENNISNETWERK, "Almelo",
                    "https://www.lerendelerarenoost.nl", null),
            new Provider(ACADEMY, "Eskerkring Academie", ProviderKind.BESTUURSACADEMIE, "Hengelo",
                    "https://academie.eskerkring.nl", ESKERKRING));

    private DemoOrganisations() {
    }

    static Board board(String code) {
        return BOARDS.stream().filter(board -> board.code().equals(code)).findFirst().orElseThrow();
    }

    static Provider provider(String code) {
        return PROVIDERS.stream().filter(provider -> provider.code().equals(code)).findFirst().orElseThrow();
    }
}
