package org.planstudio.ui.authoring.newplan;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.events.SelectionListener;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.planstudio.store.PlanInfo;

/** Page 2: a blank plan with the standard outline, or a copy of a stored plan for the next period. */
final class StartPage extends WizardPage {

    private final List<PlanInfo> plans;
    private Button blank;
    private Button copy;
    private org.eclipse.swt.widgets.List sources;

    StartPage(List<PlanInfo> plans) {
        super("start", Messages.Start_title, null);
        this.plans = List.copyOf(Objects.requireNonNull(plans, "plans"));
        setDescription(Messages.Start_description);
    }

    @Override
    public void createControl(Composite parent) {
        Composite body = new Composite(parent, SWT.NONE);
        GridLayoutFactory.swtDefaults().applyTo(body);
        blank = new Button(body, SWT.RADIO);
        blank.setText(Messages.Start_blank);
        blank.setSelection(true);
        copy = new Button(body, SWT.RADIO);
        copy.setText(Messages.Start_copy);
        copy.setEnabled(!plans.isEmpty());

        sources = new org.eclipse.swt.widgets.List(body, SWT.SINGLE | SWT.BORDER | SWT.V_SCROLL);
        GridDataFactory.fillDefaults().grab(true, true).hint(560, 120).indent(20, 0).applyTo(sources);
        for (PlanInfo plan : plans) {
            sources.add(label(plan));
        }
        Label note = new Label(body, SWT.WRAP);
        note.setText(Messages.Start_copyNote);
        GridDataFactory.fillDefaults().grab(true, false).hint(560, SWT.DEFAULT).indent(20, 0).applyTo(note);

        SelectionListener changed = SelectionListener.widgetSelectedAdapter(e -> update());
        blank.addSelectionListener(changed);
        copy.addSelectionListener(changed);
        sources.addSelectionListener(SelectionListener.widgetSelectedAdapter(e -> {
            if (!copy.getSelection()) {
                copy.setSelection(true);
                blank.setSelection(false);
            }
            update();
        }));
        setControl(body);
        update();
    }

    private static String label(PlanInfo plan) {
        String title = Locale.getDefault().getLanguage().equals("zh") || plan.titleEn().isBlank() ? plan.titleZh()
                : plan.titleEn();
        return NLS.bind(Messages.Start_planLabel, new Object[] {title, plan.id(), plan.latestRevision(),
                plan.updatedAt().toString().substring(0, 10)});
    }

    private void update() {
        boolean copying = copy.getSelection();
        boolean chosen = sources.getSelectionIndex() >= 0;
        setErrorMessage(copying && !chosen ? Messages.Start_chooseSource : null);
        setPageComplete(!copying || chosen);
    }

    /** The plan to copy, or empty for a blank plan; empty too when this page was never shown. */
    Optional<PlanInfo> source() {
        if (copy == null || !copy.getSelection() || sources.getSelectionIndex() < 0) {
            return Optional.empty();
        }
        return Optional.of(plans.get(sources.getSelectionIndex()));
    }

    void chooseCopyOf(String planId) {
        for (int i = 0; i < plans.size(); i++) {
            if (plans.get(i).id().equals(planId)) {
                sources.select(i);
                copy.setSelection(true);
                blank.setSelection(false);
                update();
                return;
            }
        }
        throw new IllegalArgumentException("no plan " + planId);
    }
}
