package org.planstudio.ui.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.SWTError;
import org.eclipse.swt.browser.Browser;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.planstudio.model.plan.Plan;
import org.planstudio.model.text.PlanClock;
import org.planstudio.report.ReportFormat;
import org.planstudio.model.plan.ReportingPeriod;
import org.planstudio.model.text.Texts;
import org.planstudio.report.ReportRequest;
import org.planstudio.report.ReportType;
import org.planstudio.report.Reports;
import org.planstudio.store.RevisionInfo;
import org.planstudio.ui.internal.Messages;

/** Type, format, language, revision and file of a report, with an HTML preview of the current plan. */
final class ReportWizardPage extends WizardPage {

    // The text before and after compares two versions: it is made from the compare view, not here.
    private static final List<ReportType> TYPES = java.util.Arrays.stream(ReportType.values()).filter(ReportType::ofOnePlan).toList();
    private static final List<ReportFormat> FORMATS = List.of(ReportFormat.values());

    private final Plan plan;
    private final List<RevisionInfo> revisions;
    private Combo type;
    private Combo format;
    private Combo language;
    private Combo revision;
    private Combo period;
    private List<ReportingPeriod> periods = List.of();
    private Optional<ReportType> presetType = Optional.empty();
    private Optional<String> presetPeriod = Optional.empty();
    private Text output;
    private Browser browser;
    private Text textPreview;

    ReportWizardPage(Plan plan, List<RevisionInfo> revisions) {
        super("report");
        this.plan = Objects.requireNonNull(plan);
        this.revisions = List.copyOf(revisions);
        setTitle(Messages.Report_title);
        setDescription(Messages.Report_description);
    }

    @Override
    public void createControl(Composite parent) {
        Composite page = new Composite(parent, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(3).applyTo(page);
        type = combo(page, Messages.Report_type, TYPES.stream().map(ReportWizardPage::typeLabel).toArray(String[]::new));
        format = combo(page, Messages.Report_format, FORMATS.stream().map(f -> f.extension().toUpperCase(Locale.ROOT))
                .toArray(String[]::new));
        language = combo(page, Messages.Report_language, new String[] { Messages.Report_chinese, Messages.Report_english });
        language.select(Locale.getDefault().getLanguage().equals("en") ? 1 : 0);
        String[] revisionItems = new String[revisions.size() + 1];
        revisionItems[0] = Messages.Report_current;
        for (int i = 0; i < revisions.size(); i++) {
            RevisionInfo info = revisions.get(revisions.size() - 1 - i);
            revisionItems[i + 1] = NLS.bind(Messages.Report_revision, info.revision(), info.author());
        }
        revision = combo(page, Messages.Report_revisionLabel, revisionItems);
        periods = Reports.periods(plan, PlanClock.today());
        java.util.List<String> periodItems = new java.util.ArrayList<>();
        periodItems.add(Messages.Report_latestPeriod);
        periods.forEach(p -> periodItems.add(p.getLabel() == null ? p.getId() : Texts.label(p.getLabel(), Locale.getDefault())));
        period = combo(page, Messages.Report_period, periodItems.toArray(String[]::new));
        new Label(page, SWT.NONE).setText(Messages.Report_file);
        output = new Text(page, SWT.BORDER);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(output);
        Button browse = new Button(page, SWT.PUSH);
        browse.setText(Messages.Report_browse);
        browse.addListener(SWT.Selection, e -> browse());
        Button preview = new Button(page, SWT.PUSH);
        preview.setText(Messages.Report_preview);
        GridDataFactory.swtDefaults().span(3, 1).applyTo(preview);
        preview.addListener(SWT.Selection, e -> preview());
        createPreviewArea(page);
        type.addListener(SWT.Selection, e -> suggestFile());
        type.addListener(SWT.Selection, e -> enablePeriod());
        presetType.ifPresent(t -> type.select(Math.max(0, TYPES.indexOf(t))));
        presetPeriod.ifPresent(this::selectPeriod);
        enablePeriod();
        format.addListener(SWT.Selection, e -> suggestFile());
        output.addModifyListener(e -> validate());
        suggestFile();
        setControl(page);
    }

    private Combo combo(Composite page, String label, String[] items) {
        new Label(page, SWT.NONE).setText(label);
        Combo combo = new Combo(page, SWT.READ_ONLY);
        combo.setItems(items);
        combo.select(0);
        GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(combo);
        return combo;
    }

    private void createPreviewArea(Composite page) {
        try {
            browser = new Browser(page, SWT.NONE);
            GridDataFactory.fillDefaults().grab(true, true).span(3, 1).hint(700, 360).applyTo(browser);
        } catch (SWTError noBrowser) {
            // No web engine on this machine (WebKitGTK is not installed): preview the text instead.
            browser = null;
            textPreview = new Text(page, SWT.MULTI | SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL | SWT.BORDER);
            GridDataFactory.fillDefaults().grab(true, true).span(3, 1).hint(700, 360).applyTo(textPreview);
        }
    }

    private static String typeLabel(ReportType type) {
        return switch (type) {
        case TRACEABILITY -> Messages.Report_traceability;
        case PROGRESS -> Messages.Report_progress;
        case GAPS -> Messages.Report_gaps;
        case RESPONSIBILITIES -> Messages.Report_responsibilities;
        case QUARTERLY -> Messages.Report_quarterly;
        case BRIEFING -> Messages.Report_briefing;
        case COMMENTS -> Messages.Report_comments;
        case COMPARISON -> throw new IllegalArgumentException("not offered by the wizard: " + type);
        };
    }

    private void suggestFile() {
        String folder = output.getText().isBlank() ? System.getProperty("user.home")
                : Optional.ofNullable(Path.of(output.getText()).toAbsolutePath().getParent()).map(Path::toString)
                        .orElse(System.getProperty("user.home"));
        output.setText(Path.of(folder, plan.getId() + "-" + selectedType().cliName() + "." + selectedFormat().extension())
                .toString());
    }

    private void browse() {
        FileDialog dialog = new FileDialog(getShell(), SWT.SAVE);
        dialog.setFilterExtensions(new String[] { "*." + selectedFormat().extension() });
        dialog.setFileName(Path.of(output.getText()).getFileName().toString());
        dialog.setOverwrite(true);
        String chosen = dialog.open();
        if (chosen != null) {
            output.setText(chosen);
        }
    }

    private void validate() {
        String text = output.getText().trim();
        boolean ok = !text.isEmpty() && !Path.of(text).toFile().isDirectory();
        setErrorMessage(ok ? null : Messages.Report_needFile);
        setPageComplete(ok);
    }

    void preset(ReportType reportType, Optional<String> periodName) {
        presetType = Optional.of(reportType);
        presetPeriod = periodName;
    }

    /** Only the quarterly report and the briefing are on one reporting period. */
    private void enablePeriod() {
        period.setEnabled(selectedType() == ReportType.QUARTERLY || selectedType() == ReportType.BRIEFING);
    }

    /** The period chosen, as {@link ReportRequest#withPeriod} takes it; empty for the latest due. */
    Optional<String> selectedPeriod() {
        int index = period.getSelectionIndex();
        return !period.isEnabled() || index <= 0 ? Optional.empty() : Optional.of(Reports.periodName(periods.get(index - 1)));
    }

    /** Chooses the period by its name ({@code 2025-Q3}), as a user picks it from the list. */
    void selectPeriod(String name) {
        for (int i = 0; i < periods.size(); i++) {
            if (Reports.periodName(periods.get(i)).equals(name)) {
                period.select(i + 1);
            }
        }
    }

    private void preview() {
        ReportRequest base = ReportRequest.of(plan, selectedType(), selectedLocale(), PlanClock.today());
        ReportRequest request = selectedPeriod().map(base::withPeriod).orElse(base);
        ByteArrayOutputStream html = new ByteArrayOutputStream();
        try {
            Reports.render(Reports.build(request), ReportFormat.HTML, html);
        } catch (IOException | RuntimeException e) {
            setErrorMessage(NLS.bind(Messages.Report_previewFailed, e.getLocalizedMessage()));
            return;
        }
        String page = html.toString(StandardCharsets.UTF_8);
        if (browser != null) {
            browser.setText(page);
        } else {
            textPreview.setText(page.replaceAll("(?s)<style.*?</style>|<svg.*?</svg>", "").replaceAll("<[^>]+>", " ")
                    .replaceAll("[ \\t]+", " ").replaceAll("(\\s*\\n)+", "\n").trim());
        }
    }

    ReportType selectedType() {
        return TYPES.get(type.getSelectionIndex());
    }

    ReportFormat selectedFormat() {
        return FORMATS.get(format.getSelectionIndex());
    }

    Locale selectedLocale() {
        return language.getSelectionIndex() == 1 ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
    }

    ReportSettings settings() {
        int index = revision.getSelectionIndex();
        Optional<Integer> chosen = index <= 0 ? Optional.empty()
                : Optional.of(revisions.get(revisions.size() - index).revision());
        return new ReportSettings(selectedType(), selectedFormat(), selectedLocale(), chosen, Path.of(output.getText().trim()),
                selectedPeriod());
    }
}
