package org.planstudio.ui.supervision;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.List;
import org.planstudio.model.plan.Attachment;
import org.planstudio.supervision.AttachmentFile;
import org.planstudio.supervision.Refusal;

/**
 * The update's attached files in the Progress Update dialog: the ones stored, the ones chosen now
 * (read in a Job, never on the UI thread) and the ones taken off. Nothing reaches the plan until
 * the dialog saves; a refusal or a read error is shown through {@code problem}, naming the file.
 */
final class AttachmentList {

    /** A stored attachment or a file chosen in this dialog. */
    private record Entry(String name, int size, Optional<Attachment> stored, Optional<AttachmentFile> chosen) {
    }

    private final java.util.List<Entry> entries = new ArrayList<>();
    private final java.util.List<Attachment> removed = new ArrayList<>();
    private final Consumer<String> problem;
    private final List list;
    private final Button remove;
    private final Button saveAs;

    AttachmentList(Composite parent, java.util.List<Attachment> stored, Consumer<String> problem) {
        this.problem = Objects.requireNonNull(problem, "problem");
        stored.forEach(a -> entries.add(new Entry(a.getName(), a.getContent() == null ? 0 : a.getContent().length,
                Optional.of(a), Optional.empty())));
        Composite box = new Composite(parent, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(box);
        GridLayoutFactory.fillDefaults().numColumns(2).applyTo(box);
        list = new List(box, SWT.BORDER | SWT.SINGLE | SWT.V_SCROLL);
        GridDataFactory.fillDefaults().grab(true, false).hint(360, 56).applyTo(list);
        Composite buttons = new Composite(box, SWT.NONE);
        GridLayoutFactory.fillDefaults().applyTo(buttons);
        GridDataFactory.fillDefaults().align(SWT.FILL, SWT.BEGINNING).applyTo(buttons);
        button(buttons, Messages.Attach_add).addListener(SWT.Selection, e -> chooseAndAdd());
        remove = button(buttons, Messages.Attach_remove);
        remove.addListener(SWT.Selection, e -> remove(list.getSelectionIndex()));
        saveAs = button(buttons, Messages.Attach_saveAs);
        saveAs.addListener(SWT.Selection, e -> chooseAndSave());
        list.addListener(SWT.Selection, e -> enable());
        list.addListener(SWT.DefaultSelection, e -> chooseAndSave());
        show();
    }

    /** Reads {@code file} in a Job; when read and allowed it joins the list (on the UI thread). */
    Job add(Path file) {
        Display display = list.getDisplay();
        String name = String.valueOf(file.getFileName());
        return schedule(NLS.bind(Messages.Attach_reading, name), () -> {
            try {
                AttachmentFile read = AttachmentFile.read(file);
                asyncIfAlive(display, () -> {
                    entries.add(new Entry(read.name(), read.size(), Optional.empty(), Optional.of(read)));
                    problem.accept(null);
                    show();
                });
            } catch (Refusal refusal) {
                asyncIfAlive(display, () -> problem.accept(refusal.message(Locale.getDefault())));
            } catch (IOException e) {
                asyncIfAlive(display, () -> problem.accept(NLS.bind(Messages.Attach_readFailed, name, e.getMessage())));
            }
        });
    }

    /** Writes the attachment at {@code index} to {@code target} in a Job (open-to-save-as). */
    Job saveAs(int index, Path target) {
        Entry entry = entries.get(index);
        byte[] content = entry.chosen().map(AttachmentFile::content)
                .orElseGet(() -> entry.stored().map(Attachment::getContent).orElse(new byte[0]));
        Display display = list.getDisplay();
        return schedule(NLS.bind(Messages.Attach_writing, entry.name()), () -> {
            try {
                Files.write(target, content);
            } catch (IOException e) {
                asyncIfAlive(display, () -> problem.accept(NLS.bind(Messages.Attach_writeFailed, target, e.getMessage())));
            }
        });
    }

    /** A user Job (shown with progress) that reports its problems itself, through {@code problem}. */
    private static Job schedule(String name, Runnable work) {
        Job job = Job.create(name, monitor -> {
            monitor.beginTask(name, IProgressMonitor.UNKNOWN);
            work.run();
            return Status.OK_STATUS;
        });
        job.setUser(true);
        job.schedule();
        return job;
    }

    void remove(int index) {
        if (index < 0 || index >= entries.size()) {
            return;
        }
        entries.remove(index).stored().ifPresent(removed::add);
        show();
    }

    java.util.List<AttachmentFile> added() {
        return entries.stream().flatMap(e -> e.chosen().stream()).toList();
    }

    java.util.List<Attachment> removed() {
        return java.util.List.copyOf(removed);
    }

    java.util.List<String> names() {
        return entries.stream().map(Entry::name).toList();
    }

    private void chooseAndAdd() {
        FileDialog dialog = new FileDialog(list.getShell(), SWT.OPEN | SWT.MULTI);
        dialog.setText(Messages.Attach_add);
        if (dialog.open() != null) {
            for (String name : dialog.getFileNames()) {
                add(Path.of(dialog.getFilterPath(), name));
            }
        }
    }

    private void chooseAndSave() {
        int index = list.getSelectionIndex();
        if (index < 0) {
            return;
        }
        FileDialog dialog = new FileDialog(list.getShell(), SWT.SAVE);
        dialog.setText(Messages.Attach_saveAs);
        dialog.setFileName(entries.get(index).name());
        dialog.setOverwrite(true);
        String chosen = dialog.open();
        if (chosen != null) {
            saveAs(index, Path.of(chosen));
        }
    }

    private void show() {
        list.setItems(entries.stream().map(e -> NLS.bind(Messages.Attach_item, e.name(), size(e.size())))
                .toArray(String[]::new));
        enable();
    }

    private void enable() {
        boolean selected = list.getSelectionIndex() >= 0;
        remove.setEnabled(selected);
        saveAs.setEnabled(selected);
    }

    private static String size(int bytes) {
        return bytes < 1024 * 1024 ? Math.max(1, (bytes + 1023) / 1024) + " KB"
                : String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }

    private static Button button(Composite parent, String text) {
        Button button = new Button(parent, SWT.PUSH);
        button.setText(text);
        GridDataFactory.fillDefaults().applyTo(button);
        return button;
    }

    private void asyncIfAlive(Display display, Runnable runnable) {
        if (!display.isDisposed()) {
            display.asyncExec(() -> {
                if (!list.isDisposed()) {
                    runnable.run();
                }
            });
        }
    }
}
