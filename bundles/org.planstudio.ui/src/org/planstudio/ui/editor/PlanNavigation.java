package org.planstudio.ui.editor;

import java.util.Optional;

import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.planstudio.ui.app.PlanStudioPerspective;
import org.planstudio.ui.navigator.PlanNavigatorView;

/** Going to an element means selecting it in the navigator, which the editor follows. */
final class PlanNavigation {

    private PlanNavigation() {
    }

    static Optional<Object> reveal(IWorkbenchPage page, Object element) {
        IViewPart view = page.findView(PlanStudioPerspective.NAVIGATOR_VIEW_ID);
        if (view instanceof PlanNavigatorView navigator && navigator.reveal(element)) {
            return Optional.of(element);
        }
        return Optional.empty();
    }

}
