package org.planstudio.ui.supervision;

import java.util.Locale;
import java.util.stream.Collectors;

import org.planstudio.model.plan.Contribution;
import org.planstudio.model.plan.ProgressUpdate;
import org.planstudio.model.text.Texts;
import org.planstudio.ui.internal.ModelLabels;

/** How the supporting units' parts of an update read in the view and the dialog. */
final class Contributions {

    private Contributions() {
    }

    static String text(ProgressUpdate update, String separator) {
        return update.getContributions().stream().map(Contributions::one).collect(Collectors.joining(separator));
    }

    private static String one(Contribution contribution) {
        String unit = contribution.getUnit() == null ? "" : ModelLabels.element(contribution.getUnit());
        String text = contribution.getText() == null ? "" : Texts.label(contribution.getText(), Locale.SIMPLIFIED_CHINESE);
        return unit + "\uff1a" + text;
    }
}
