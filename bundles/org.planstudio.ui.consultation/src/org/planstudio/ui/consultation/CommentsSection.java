package org.planstudio.ui.consultation;

import java.util.List;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.forms.widgets.ExpandableComposite;
import org.eclipse.ui.forms.widgets.Hyperlink;
import org.eclipse.ui.forms.widgets.Section;
import org.eclipse.ui.forms.events.HyperlinkAdapter;
import org.eclipse.ui.forms.events.HyperlinkEvent;
import org.planstudio.consultation.CommentQueries;
import org.planstudio.model.plan.Comment;
import org.planstudio.model.plan.Consultation;
import org.planstudio.model.plan.Identified;
import org.planstudio.ui.editor.PlanEditor;
import org.planstudio.ui.editor.form.FormContext;
import org.planstudio.ui.editor.form.FormSection;

/** The editor's "Comments" section: every comment on the element shown, how it was handled, and Add Comment. */
public final class CommentsSection implements FormSection {

    @Override
    public Optional<Runnable> create(FormContext context, Composite parent, EObject element) {
        if (!(element instanceof Identified identified) || element instanceof Comment || element instanceof Consultation) {
            return Optional.empty();
        }
        Section section = context.toolkit().createSection(parent, ExpandableComposite.TITLE_BAR | ExpandableComposite.TWISTIE
                | ExpandableComposite.EXPANDED);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(section);
        Composite client = context.toolkit().createComposite(section);
        GridLayoutFactory.fillDefaults().numColumns(1).spacing(6, 4).applyTo(client);
        section.setClient(client);
        Composite list = context.toolkit().createComposite(client);
        GridLayoutFactory.fillDefaults().numColumns(1).spacing(4, 4).applyTo(list);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(list);
        Composite links = context.toolkit().createComposite(client);
        GridLayoutFactory.fillDefaults().numColumns(2).spacing(16, 0).applyTo(links);
        Hyperlink add = context.toolkit().createHyperlink(links, Messages.Section_add, SWT.NONE);
        add.addHyperlinkListener(new HyperlinkAdapter() {
            @Override
            public void linkActivated(HyperlinkEvent e) {
                activeEditor().ifPresent(editor -> AddCommentDialog.openFor(parent.getShell(), editor, List.of(identified)));
            }
        });
        Hyperlink open = context.toolkit().createHyperlink(links, Messages.Section_open, SWT.NONE);
        open.addHyperlinkListener(new HyperlinkAdapter() {
            @Override
            public void linkActivated(HyperlinkEvent e) {
                openRegister();
            }
        });
        Runnable refresh = () -> fill(context, section, list, identified);
        refresh.run();
        return Optional.of(refresh);
    }

    private static void fill(FormContext context, Section section, Composite list, Identified element) {
        if (list.isDisposed()) {
            return;
        }
        for (Control child : list.getChildren()) {
            child.dispose();
        }
        List<Comment> comments = CommentQueries.about(context.plan(), element);
        section.setText(NLS.bind(Messages.Section_title, comments.size()));
        if (comments.isEmpty()) {
            context.toolkit().createLabel(list, Messages.Section_none);
        }
        for (Comment comment : comments) {
            Label line = context.toolkit().createLabel(list, NLS.bind(Messages.Section_line, new Object[] {
                    Labels.disposition(comment.getDisposition()), Labels.unit(comment), Labels.date(comment.getDate()),
                    Labels.text(comment), Labels.reason(comment).isBlank() ? "" : "——" + Labels.reason(comment) }),
                    SWT.WRAP);
            GridDataFactory.fillDefaults().grab(true, false).hint(600, SWT.DEFAULT).applyTo(line);
        }
        list.getParent().layout(true, true);
        section.getParent().layout(true, true);
    }

    private static Optional<PlanEditor> activeEditor() {
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        return page != null && page.getActiveEditor() instanceof PlanEditor editor ? Optional.of(editor) : Optional.empty();
    }

    private static void openRegister() {
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        try {
            page.showView(RegisterView.ID);
        } catch (PartInitException e) {
            org.eclipse.core.runtime.ILog.of(CommentsSection.class).error("cannot open the register", e);
        }
    }
}
