package org.planstudio.ui.authoring.newplan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;
import org.planstudio.authoring.plans.PlanSettings;
import org.planstudio.authoring.plans.PlanSettings.IssuerName;
import org.planstudio.authoring.plans.PlanSettingsCheck;
import org.planstudio.authoring.plans.SettingsProblem;
import org.planstudio.model.plan.PlanStatus;
import org.planstudio.model.text.PlanDates;

/** Page 1: id, titles, period, status, issuers; the first problem shows as the page's error. */
public final class IdentityPage extends WizardPage {

    private static final String ISSUER_SEPARATOR = "|";

    private final PlanSettingsCheck check;
    private Text id;
    private Text titleZh;
    private Text titleEn;
    private Spinner startYear;
    private Spinner endYear;
    private Combo status;
    private Text issuers;
    /** Until the user types an id, the suggestion follows the period. */
    private boolean idTyped;
    private boolean settingId;

    IdentityPage(PlanSettingsCheck check) {
        super("identity", Messages.Identity_title, null);
        this.check = Objects.requireNonNull(check, "check");
        setDescription(Messages.Identity_description);
        setPageComplete(false);
    }

    @Override
    public void createControl(Composite parent) {
        Composite body = new Composite(parent, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(2).applyTo(body);
        int year = LocalDate.now(PlanDates.PLAN_ZONE).getYear();

        id = field(body, Messages.Identity_id);
        id.setMessage(Messages.Identity_idHint);
        titleZh = field(body, Messages.Identity_titleZh);
        titleEn = field(body, Messages.Identity_titleEn);

        new Label(body, SWT.NONE).setText(Messages.Identity_period);
        Composite period = new Composite(body, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(3).applyTo(period);
        startYear = year(period, year);
        new Label(period, SWT.NONE).setText(Messages.Identity_periodTo);
        endYear = year(period, year + 3);

        new Label(body, SWT.NONE).setText(Messages.Identity_status);
        status = new Combo(body, SWT.READ_ONLY);
        for (PlanStatus value : PlanStatus.values()) {
            status.add(statusLabel(value));
        }
        status.select(PlanStatus.DRAFT_FOR_COMMENT.getValue());

        Label issuersLabel = new Label(body, SWT.NONE);
        issuersLabel.setText(Messages.Identity_issuers);
        GridDataFactory.swtDefaults().align(SWT.BEGINNING, SWT.BEGINNING).applyTo(issuersLabel);
        issuers = new Text(body, SWT.MULTI | SWT.BORDER | SWT.V_SCROLL | SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, true).hint(520, 70).applyTo(issuers);
        new Label(body, SWT.NONE);
        Label hint = new Label(body, SWT.WRAP);
        hint.setText(Messages.Identity_issuersHint);
        GridDataFactory.fillDefaults().grab(true, false).hint(520, SWT.DEFAULT).applyTo(hint);

        id.addModifyListener(e -> {
            if (!settingId) {
                idTyped = true;
            }
            validate();
        });
        titleZh.addModifyListener(e -> validate());
        startYear.addModifyListener(e -> periodChanged());
        endYear.addModifyListener(e -> periodChanged());
        suggestId();
        setControl(body);
        validate();
        // The first problem of an untouched page is that nothing is typed yet: no error for that.
        setErrorMessage(null);
    }

    private static Text field(Composite body, String label) {
        new Label(body, SWT.NONE).setText(label);
        Text text = new Text(body, SWT.BORDER | SWT.SINGLE);
        GridDataFactory.fillDefaults().grab(true, false).hint(520, SWT.DEFAULT).applyTo(text);
        return text;
    }

    private static Spinner year(Composite parent, int value) {
        Spinner spinner = new Spinner(parent, SWT.BORDER);
        spinner.setValues(value, PlanSettingsCheck.MIN_YEAR, PlanSettingsCheck.MAX_YEAR, 0, 1, 10);
        return spinner;
    }

    static String statusLabel(PlanStatus value) {
        return switch (value) {
        case DRAFT_FOR_COMMENT -> Messages.Status_DRAFT_FOR_COMMENT;
        case FINAL -> Messages.Status_FINAL;
        case ARCHIVED -> Messages.Status_ARCHIVED;
        };
    }

    private void periodChanged() {
        if (!idTyped) {
            suggestId();
        }
        validate();
    }

    private void suggestId() {
        settingId = true;
        try {
            id.setText(check.suggestId(startYear.getSelection(), endYear.getSelection()));
        } finally {
            settingId = false;
        }
    }

    private void validate() {
        if (titleZh == null || issuers == null) {
            return;
        }
        List<SettingsProblem> problems = check.check(settings());
        setErrorMessage(problems.isEmpty() ? null : problems.get(0).message());
        setPageComplete(problems.isEmpty());
    }

    PlanSettings settings() {
        return new PlanSettings(id.getText(), titleZh.getText(), titleEn.getText(), startYear.getSelection(),
                endYear.getSelection(), PlanStatus.get(status.getSelectionIndex()), issuerNames());
    }

    private List<IssuerName> issuerNames() {
        List<IssuerName> names = new ArrayList<>();
        for (String line : issuers.getText().split("\\R")) {
            int bar = line.indexOf(ISSUER_SEPARATOR);
            names.add(bar < 0 ? new IssuerName(line, "")
                    : new IssuerName(line.substring(0, bar), line.substring(bar + 1)));
        }
        return names;
    }

    public Text idText() {
        return id;
    }

    public Text titleZhText() {
        return titleZh;
    }

    public Text titleEnText() {
        return titleEn;
    }

    public Spinner startYearSpinner() {
        return startYear;
    }

    public Spinner endYearSpinner() {
        return endYear;
    }

    public Text issuersText() {
        return issuers;
    }
}
