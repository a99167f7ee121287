package nl.onderwijsloket.portal.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.page.Page;
import com.vaadin.flow.function.SerializableRunnable;
import com.vaadin.flow.shared.Registration;
import java.util.List;

/**
 * Keeps grids readable on phones: secondary columns are hidden while the browser window is narrower
 * than {@link #BREAKPOINT_PX} and shown again when it widens. As long as the width is unknown (before
 * the browser has reported it) every column shows.
 */
public final class NarrowScreens {

    /** Same breakpoint as the stylesheet's {@code max-width: 40rem} media query. */
    public static final int BREAKPOINT_PX = 640;

    private NarrowScreens() {
    }

    /** Hides the given columns of the grid on narrow windows. */
    public static void hideOnNarrowScreens(Grid<?> grid, List<? extends Grid.Column<?>> columns) {
        grid.addAttachListener(attach -> {
            Page page = attach.getUI().getPage();
            apply(page.getExtendedClientDetails().getWindowInnerWidth(), columns);
            Registration resize = page.addBrowserWindowResizeListener(event -> apply(event.getWidth(), columns));
            grid.addDetachListener(detach -> {
                resize.remove();
                detach.unregisterListener();
            });
        });
    }

    /** Runs the action whenever the component is attached in a window known to be narrow. */
    public static void whenAttachedToNarrowScreen(Component component, SerializableRunnable action) {
        component.addAttachListener(attach -> {
            if (isNarrow(attach.getUI().getPage().getExtendedClientDetails().getWindowInnerWidth())) {
                action.run();
            }
        });
    }

    static boolean isNarrow(int width) {
        return width > 0 && width < BREAKPOINT_PX;
    }

    private static void apply(int width, List<? extends Grid.Column<?>> columns) {
        boolean visible = !isNarrow(width);
        columns.forEach(column -> column.setVisible(visible));
    }
}
