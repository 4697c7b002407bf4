package org.planstudio.ui.compare.view;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.planstudio.store.RevisionInfo;
import org.planstudio.ui.compare.internal.CompareMessages;

/** Chooses the two versions to compare; each revision is listed with the baselines that name it. */
public final class VersionDialog extends TitleAreaDialog {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.of("Asia/Shanghai"));

    private final String planId;
    private final List<RevisionInfo> revisions;
    private Combo from;
    private Combo to;
    private int fromRevision;
    private int toRevision;

    /** {@code revisions} oldest first, as the store lists them; at least two. */
    public VersionDialog(Shell shell, String planId, List<RevisionInfo> revisions) {
        super(shell);
        this.planId = planId;
        this.revisions = List.copyOf(revisions);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(CompareMessages.chooseTitle);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle(CompareMessages.chooseTitle);
        setMessage(NLS.bind(CompareMessages.chooseMessage, planId));
        Composite form = new Composite(area, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(2).applyTo(form);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(form);
        from = combo(form, CompareMessages.from);
        to = combo(form, CompareMessages.to);
        // Newest last in the store's list: compare the latest baseline (or the one before) with the latest.
        int latest = revisions.size() - 1;
        int earlier = latest - 1;
        for (int i = latest - 1; i >= 0; i--) {
            if (!revisions.get(i).baselines().isEmpty()) {
                earlier = i;
                break;
            }
        }
        from.select(earlier);
        to.select(latest);
        from.addListener(SWT.Selection, e -> validate());
        to.addListener(SWT.Selection, e -> validate());
        return area;
    }

    private Combo combo(Composite form, String label) {
        new Label(form, SWT.NONE).setText(label);
        Combo combo = new Combo(form, SWT.READ_ONLY);
        for (RevisionInfo info : revisions) {
            String when = WHEN.format(info.savedAt());
            combo.add(info.baselines().isEmpty()
                    ? NLS.bind(CompareMessages.revision, new Object[] { info.revision(), when, info.author() })
                    : NLS.bind(CompareMessages.revisionWithBaselines,
                            new Object[] { info.revision(), when, info.author(), String.join(", ", info.baselines()) }));
        }
        GridDataFactory.fillDefaults().grab(true, false).hint(460, SWT.DEFAULT).applyTo(combo);
        return combo;
    }

    private void validate() {
        boolean different = from.getSelectionIndex() != to.getSelectionIndex();
        setErrorMessage(different ? null : CompareMessages.sameVersion);
        getButton(IDialogConstants.OK_ID).setEnabled(different);
    }

    @Override
    protected void okPressed() {
        fromRevision = revisions.get(from.getSelectionIndex()).revision();
        toRevision = revisions.get(to.getSelectionIndex()).revision();
        super.okPressed();
    }

    public int fromRevision() {
        return fromRevision;
    }

    public int toRevision() {
        return toRevision;
    }
}
