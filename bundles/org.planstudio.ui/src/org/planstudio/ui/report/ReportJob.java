package org.planstudio.ui.report;

import java.io.IOException;
import java.util.Objects;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;
import org.planstudio.model.plan.Plan;
import org.planstudio.model.text.PlanClock;
import org.planstudio.report.ReportRequest;
import org.planstudio.report.Reports;
import org.planstudio.report.model.Report;
import org.planstudio.store.StoreException;
import org.planstudio.ui.internal.Messages;
import org.planstudio.ui.internal.StoreAccess;

/**
 * Builds and writes a report in the background, with progress and cancel. It works on its own
 * copy of the plan (or a stored revision), so the user can go on editing meanwhile.
 */
final class ReportJob extends Job {

    private final Plan planCopy;
    private final ReportSettings settings;
    private final Consumer<ReportSettings> done;

    ReportJob(Plan planCopy, ReportSettings settings, Consumer<ReportSettings> done) {
        super(NLS.bind(Messages.Report_job, settings.output().getFileName()));
        this.planCopy = Objects.requireNonNull(planCopy);
        this.settings = Objects.requireNonNull(settings);
        this.done = Objects.requireNonNull(done);
        setUser(true);
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        SubMonitor progress = SubMonitor.convert(monitor, Messages.Report_job, 3);
        try {
            Plan plan = planCopy;
            if (settings.revision().isPresent()) {
                progress.subTask(Messages.Report_loading);
                plan = StoreAccess.store().load(planCopy.getId(), settings.revision().get()).plan();
            }
            progress.worked(1);
            if (progress.isCanceled()) {
                return Status.CANCEL_STATUS;
            }
            progress.subTask(Messages.Report_building);
            ReportRequest base = ReportRequest.of(plan, settings.type(), settings.locale(), PlanClock.today());
            ReportRequest request = settings.period().map(base::withPeriod).orElse(base);
            Report report = Reports.build(settings.revision().map(request::withRevision).orElse(request));
            progress.worked(1);
            if (progress.isCanceled()) {
                return Status.CANCEL_STATUS;
            }
            progress.subTask(Messages.Report_writing);
            Reports.write(report, settings.format(), settings.output());
            progress.worked(1);
            done.accept(settings);
            return Status.OK_STATUS;
        } catch (StoreException | IOException | RuntimeException e) {
            return Status.error(NLS.bind(Messages.Report_failed, settings.output(), e.getLocalizedMessage()), e);
        }
    }
}
