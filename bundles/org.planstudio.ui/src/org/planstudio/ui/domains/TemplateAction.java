package org.planstudio.ui.domains;

import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.dialogs.ElementListSelectionDialog;
import org.planstudio.domain.RegisteredDomain;
import org.planstudio.domain.TaskTemplate;
import org.planstudio.model.plan.KeyTask;
import org.planstudio.model.text.Texts;
import org.planstudio.ui.editor.form.FormContext;

/** "Apply Template…": choose one of the domain's templates and apply it to the task. */
final class TemplateAction {

    private final FormContext context;
    private final KeyTask task;
    private final RegisteredDomain domain;

    TemplateAction(FormContext context, KeyTask task, RegisteredDomain domain) {
        this.context = Objects.requireNonNull(context);
        this.task = Objects.requireNonNull(task);
        this.domain = Objects.requireNonNull(domain);
    }

    void run(Shell shell) {
        Locale locale = Locale.getDefault();
        ElementListSelectionDialog dialog = new ElementListSelectionDialog(shell, new LabelProvider() {
            @Override
            public String getText(Object element) {
                return ((TaskTemplate) element).title().in(locale);
            }
        });
        dialog.setTitle(Messages.Template_title);
        dialog.setMessage(NLS.bind(Messages.Template_message, domain.name().in(locale)));
        dialog.setElements(domain.templates().toArray());
        dialog.setMultipleSelection(false);
        if (dialog.open() != Window.OK || !(dialog.getFirstResult() instanceof TaskTemplate template)) {
            return;
        }
        boolean hasText = Texts.zh(task.getText()).filter(text -> !text.isBlank()).isPresent();
        if (hasText && !MessageDialog.openQuestion(shell, Messages.Template_replaceTitle, Messages.Template_replace)) {
            return;
        }
        TemplateCommands.Applied applied = TemplateCommands.build(context.domain(), context.plan(), task, template);
        context.execute(applied.command());
        if (!applied.unmatchedLeadUnits().isEmpty()) {
            MessageDialog.openInformation(shell, Messages.Template_title, NLS.bind(Messages.Template_unmatched,
                    applied.unmatchedLeadUnits().stream().map(unit -> "  " + unit.in(locale))
                            .collect(Collectors.joining("\n"))));
        }
    }
}
