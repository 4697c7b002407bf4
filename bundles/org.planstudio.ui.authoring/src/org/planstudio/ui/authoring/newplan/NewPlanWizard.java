package org.planstudio.ui.authoring.newplan;

import java.lang.reflect.InvocationTargetException;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.planstudio.authoring.plans.BlankPlan;
import org.planstudio.authoring.plans.NextPeriodCopy;
import org.planstudio.authoring.plans.PlanSettings;
import org.planstudio.model.plan.Plan;
import org.planstudio.store.PlanInfo;
import org.planstudio.store.StoreException;
import org.planstudio.store.StoredPlan;
import org.planstudio.ui.editor.PlanOpener;
import org.planstudio.ui.internal.StoreAccess;

/**
 * New Plan: identity (page 1), then blank or a copy of a stored plan (page 2). Finish makes the
 * plan in memory and opens it in the plan editor, unsaved; the first save stores it as revision 1.
 */
public final class NewPlanWizard extends Wizard {

    private final IWorkbenchPage page;
    private final PlansSnapshot plans;
    private IdentityPage identity;
    private StartPage start;

    NewPlanWizard(IWorkbenchPage page, PlansSnapshot plans) {
        this.page = Objects.requireNonNull(page, "page");
        this.plans = Objects.requireNonNull(plans, "plans");
        setWindowTitle(Messages.Wizard_title);
        setNeedsProgressMonitor(true);
    }

    @Override
    public void addPages() {
        identity = new IdentityPage(plans.check());
        start = new StartPage(plans.live());
        addPage(identity);
        addPage(start);
    }

    public IdentityPage identity() {
        return identity;
    }

    StartPage start() {
        return start;
    }

    @Override
    public boolean performFinish() {
        PlanSettings settings = identity.settings();
        try {
            Optional<PlanInfo> source = start.source();
            Plan plan = source.isPresent() ? copy(source.get(), settings) : BlankPlan.create(settings);
            PlanOpener.openUnsaved(page, plan, settings.titleZh().isEmpty() ? settings.id()
                    : Locale.getDefault().getLanguage().equals("zh") || settings.titleEn().isEmpty()
                            ? settings.titleZh() : settings.titleEn());
            return true;
        } catch (StoreException | PartInitException | InvocationTargetException e) {
            Throwable cause = e instanceof InvocationTargetException ite ? ite.getCause() : e;
            ErrorDialog.openError(getShell(), Messages.Wizard_title, Messages.Wizard_failed,
                    Status.error(cause.getLocalizedMessage(), cause));
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private Plan copy(PlanInfo source, PlanSettings settings)
            throws StoreException, InvocationTargetException, InterruptedException {
        AtomicReference<StoredPlan> stored = new AtomicReference<>();
        getContainer().run(true, false, monitor -> {
            monitor.beginTask(NLS.bind(Messages.Wizard_copyLoading, source.id()), 1);
            try {
                stored.set(StoreAccess.store().loadLatest(source.id()).orElseThrow(() -> new InvocationTargetException(
                        new StoreException(StoreException.Reason.NOT_FOUND, "planNotFound", source.id()))));
            } catch (StoreException e) {
                throw new InvocationTargetException(e);
            } finally {
                monitor.done();
            }
        });
        NextPeriodCopy.Result result = NextPeriodCopy.copy(stored.get().plan(), settings);
        ILog.of(NewPlanWizard.class).info(NLS.bind(Messages.Copy_leftOut, new Object[] {
                result.registryItemsLeftOut(), result.consultationsLeftOut(), result.linksLeftOut()}));
        return result.plan();
    }
}
