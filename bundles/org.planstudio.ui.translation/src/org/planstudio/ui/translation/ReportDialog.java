package org.planstudio.ui.translation;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.planstudio.translation.io.RowResult;
import org.planstudio.translation.io.TranslationImportResult;
import org.planstudio.ui.tables.Column;
import org.planstudio.ui.tables.PlanTable;
import org.planstudio.ui.tables.TableFactory;

/** What an import of translations did: the summary, then every row with its result (refused rows first). */
final class ReportDialog extends Dialog {

    private final TranslationImportResult result;

    ReportDialog(Shell shell, TranslationImportResult result) {
        super(shell);
        this.result = Objects.requireNonNull(result);
        setShellStyle(getShellStyle() | SWT.RESIZE);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(Messages.Report_title);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        Locale locale = Locale.getDefault();
        Label summary = new Label(area, SWT.WRAP);
        summary.setText(result.report().summary(locale));
        GridDataFactory.fillDefaults().grab(true, false).hint(760, SWT.DEFAULT).applyTo(summary);
        List<RowResult> rows = result.report().rows().stream()
                .sorted((a, b) -> Boolean.compare(b.refused(), a.refused())).toList();
        if (!rows.isEmpty()) {
            PlanTable<RowResult> table = TableFactory.create(area, List.of(
                    Column.<RowResult>readOnly("row", Messages.Report_row, 50, RowResult::row),
                    Column.<RowResult>readOnly("result", Messages.Report_result, 700, r -> r.message(locale))),
                    r -> Integer.toString(r.row()), command -> {
                    });
            table.setRows(rows);
            GridDataFactory.fillDefaults().grab(true, true).hint(760, 300).applyTo(table.natTable());
        }
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, IDialogConstants.OK_LABEL, true);
    }

    @Override
    protected Point getInitialSize() {
        return new Point(820, 480);
    }
}
