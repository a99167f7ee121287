package nl.onderwijsloket.portal.people.ui;

import com.vaadin.flow.component.select.Select;
import java.util.List;
import nl.onderwijsloket.portal.people.BoardOverview;

/** The coordinator's choice of one board of the region (or all), for the filters of a list. */
public class BoardSelect extends Select<BoardOverview> {

    public BoardSelect() {
        setLabel(getTranslation("employees.filter.board"));
        setEmptySelectionAllowed(true);
        setEmptySelectionCaption(getTranslation("employees.filter.all-boards"));
        setItemLabelGenerator(b -> b == null ? getTranslation("employees.filter.all-boards") : b.name());
    }

    public void setBoards(List<BoardOverview> boards) {
        setItems(boards);
    }
}
