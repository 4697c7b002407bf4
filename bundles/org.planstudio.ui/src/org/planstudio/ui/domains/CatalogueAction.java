package org.planstudio.ui.domains;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.dialogs.ElementListSelectionDialog;
import org.planstudio.domain.CatalogueIndicator;
import org.planstudio.domain.RegisteredDomain;
import org.planstudio.model.plan.Goal;
import org.planstudio.model.plan.KeyTask;
import org.planstudio.ui.editor.form.FormContext;
import org.planstudio.ui.internal.ModelLabels;

/** "Add Indicator from Catalogue…": choose an entry (and a goal if there are several) and add it. */
final class CatalogueAction {

    private final FormContext context;
    private final KeyTask task;
    private final RegisteredDomain domain;

    CatalogueAction(FormContext context, KeyTask task, RegisteredDomain domain) {
        this.context = Objects.requireNonNull(context);
        this.task = Objects.requireNonNull(task);
        this.domain = Objects.requireNonNull(domain);
    }

    void run(Shell shell) {
        Locale locale = Locale.getDefault();
        if (context.plan().getGoals().isEmpty()) {
            MessageDialog.openInformation(shell, Messages.Catalogue_title, Messages.Catalogue_noGoal);
            return;
        }
        ElementListSelectionDialog dialog = new ElementListSelectionDialog(shell, new LabelProvider() {
            @Override
            public String getText(Object element) {
                CatalogueIndicator entry = (CatalogueIndicator) element;
                return NLS.bind(Messages.Catalogue_entry, entry.name().in(locale), entry.unit().in(locale),
                        entry.rule().in(locale));
            }
        });
        dialog.setTitle(Messages.Catalogue_title);
        dialog.setMessage(NLS.bind(Messages.Catalogue_message, domain.name().in(locale)));
        dialog.setElements(domain.catalogue().toArray());
        dialog.setMultipleSelection(false);
        dialog.setSize(100, 20);
        if (dialog.open() != Window.OK || !(dialog.getFirstResult() instanceof CatalogueIndicator entry)) {
            return;
        }
        chooseGoal(shell).ifPresent(goal -> context.execute(
                IndicatorCommands.build(context.domain(), context.plan(), goal, task, entry)));
    }

    private Optional<Goal> chooseGoal(Shell shell) {
        if (context.plan().getGoals().size() == 1) {
            return Optional.of(context.plan().getGoals().get(0));
        }
        ElementListSelectionDialog dialog = new ElementListSelectionDialog(shell, new LabelProvider() {
            @Override
            public String getText(Object element) {
                return ModelLabels.element((Goal) element);
            }
        });
        dialog.setTitle(Messages.Catalogue_goalTitle);
        dialog.setMessage(Messages.Catalogue_goalMessage);
        dialog.setElements(context.plan().getGoals().toArray());
        dialog.setMultipleSelection(false);
        return dialog.open() == Window.OK && dialog.getFirstResult() instanceof Goal goal ? Optional.of(goal)
                : Optional.empty();
    }
}
