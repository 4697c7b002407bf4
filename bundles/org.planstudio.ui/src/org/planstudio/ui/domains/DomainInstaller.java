package org.planstudio.ui.domains;

import java.net.URI;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.equinox.p2.core.IProvisioningAgent;
import org.eclipse.equinox.p2.engine.ProvisioningContext;
import org.eclipse.equinox.p2.metadata.IInstallableUnit;
import org.eclipse.equinox.p2.operations.InstallOperation;
import org.eclipse.equinox.p2.operations.ProvisioningJob;
import org.eclipse.equinox.p2.operations.ProvisioningSession;

/** Installs chosen domain features into the running installation with p2's operations API. */
final class DomainInstaller {

    private DomainInstaller() {
    }

    /** Resolves and runs the install; cancelling the monitor stops it between p2's phases. */
    static IStatus install(IProvisioningAgent agent, URI repository, List<IInstallableUnit> features,
            IProgressMonitor monitor) {
        SubMonitor progress = SubMonitor.convert(monitor, Messages.Install_installing, 100);
        InstallOperation operation = new InstallOperation(new ProvisioningSession(agent), features);
        ProvisioningContext context = new ProvisioningContext(agent);
        context.setMetadataRepositories(repository);
        context.setArtifactRepositories(repository);
        operation.setProvisioningContext(context);
        IStatus resolved = operation.resolveModal(progress.split(30));
        if (resolved.getSeverity() >= IStatus.ERROR || progress.isCanceled()) {
            return resolved;
        }
        ProvisioningJob job = operation.getProvisioningJob(progress.split(5));
        if (job == null) {
            return operation.getResolutionResult();
        }
        return job.runModal(progress.split(65));
    }
}
