package org.planstudio.ui.docimport;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/** Page 1: the document and the new plan's id. */
final class FilePage extends WizardPage {

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9._-]+");

    private Text file;
    private Text id;

    FilePage() {
        super("file");
        setTitle(Messages.FilePage_title);
        setDescription(Messages.FilePage_description);
        setPageComplete(false);
    }

    @Override
    public void createControl(Composite parent) {
        Composite area = new Composite(parent, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(3).applyTo(area);
        new Label(area, SWT.NONE).setText(Messages.FilePage_file);
        file = new Text(area, SWT.BORDER);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(file);
        Button browse = new Button(area, SWT.PUSH);
        browse.setText(Messages.FilePage_browse);
        browse.addListener(SWT.Selection, e -> browse());
        new Label(area, SWT.NONE).setText(Messages.FilePage_id);
        id = new Text(area, SWT.BORDER);
        GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(id);
        file.addListener(SWT.Modify, e -> validate());
        id.addListener(SWT.Modify, e -> validate());
        setControl(area);
        validate();
    }

    private void browse() {
        FileDialog dialog = new FileDialog(getShell(), SWT.OPEN);
        dialog.setFilterExtensions(new String[] { "*.docx;*.txt", "*" });
        dialog.setFilterNames(new String[] { Messages.FilePage_documents, Messages.FilePage_allFiles });
        String chosen = dialog.open();
        if (chosen != null) {
            file.setText(chosen);
            if (id.getText().isBlank()) {
                String name = Path.of(chosen).getFileName().toString().replaceFirst("\\.[^.]*$", "");
                id.setText(ID.matcher(name).matches() ? name : "");
            }
        }
    }

    /** For tests and for callers that know the file already. */
    void set(Path document, String planId) {
        file.setText(document.toString());
        id.setText(planId);
    }

    Path file() {
        return Path.of(file.getText().strip());
    }

    String planId() {
        return id.getText().strip();
    }

    private void validate() {
        String problem = null;
        String path = file.getText().strip();
        if (path.isEmpty()) {
            problem = Messages.FilePage_noFile;
        } else if (!Files.isRegularFile(Path.of(path))) {
            // a quick stat of one file; reading it waits for the next page's background run
            problem = NLS.bind(Messages.FilePage_missingFile, path);
        } else if (planId().isEmpty()) {
            problem = Messages.FilePage_noId;
        } else if (!ID.matcher(planId()).matches()) {
            problem = Messages.FilePage_badId;
        }
        setErrorMessage(problem);
        setPageComplete(problem == null);
    }
}
