package org.planstudio.ui.domains;

import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.equinox.p2.core.IProvisioningAgent;
import org.eclipse.equinox.p2.core.ProvisionException;
import org.eclipse.equinox.p2.engine.IProfile;
import org.eclipse.equinox.p2.metadata.IInstallableUnit;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.dialogs.ListSelectionDialog;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.ui.preferences.ScopedPreferenceStore;

/**
 * Help → Install Domain Plug-in…: asks for the project's p2 repository, offers the task areas it
 * holds that are not installed, installs the chosen ones in a cancellable background job with
 * the p2 operations API, and offers to restart.
 */
public final class InstallDomainHandler extends AbstractHandler {

    private static final String LAST_LOCATION = "domainRepository";

    @Override
    public Object execute(ExecutionEvent event) {
        Shell shell = HandlerUtil.getActiveShell(event);
        Optional<IProvisioningAgent> agent = P2Access.agent();
        Optional<IProfile> profile = agent.flatMap(P2Access::profile);
        if (profile.isEmpty()) {
            MessageDialog.openError(shell, Messages.Install_title, Messages.Install_noProfile);
            return null;
        }
        InputDialog input = new InputDialog(shell, Messages.Install_title, Messages.Install_repository,
                preferences().getString(LAST_LOCATION), text -> RepositoryLocation.parse(text).isPresent() ? null
                        : NLS.bind(Messages.Install_badLocation, text));
        if (input.open() != Window.OK) {
            return null;
        }
        preferences().setValue(LAST_LOCATION, input.getValue().strip());
        URI location = RepositoryLocation.parse(input.getValue()).orElseThrow();
        Job.create(Messages.Install_reading, monitor -> {
            try {
                List<IInstallableUnit> available = DomainRepository.available(agent.get(), profile.get(), location, monitor);
                shell.getDisplay().asyncExec(() -> choose(shell, agent.get(), location, available));
                return Status.OK_STATUS;
            } catch (ProvisionException e) {
                return e.getStatus();
            }
        }).schedule();
        return null;
    }

    private void choose(Shell shell, IProvisioningAgent agent, URI location, List<IInstallableUnit> available) {
        if (shell.isDisposed()) {
            return;
        }
        if (available.isEmpty()) {
            MessageDialog.openInformation(shell, Messages.Install_title, Messages.Install_none);
            return;
        }
        String locale = Locale.getDefault().toString();
        ListSelectionDialog dialog = ListSelectionDialog.of(available).title(Messages.Install_title)
                .message(Messages.Install_choose).labelProvider(new LabelProvider() {
                    @Override
                    public String getText(Object element) {
                        IInstallableUnit unit = (IInstallableUnit) element;
                        return unit.getProperty(IInstallableUnit.PROP_NAME, locale) + "  " + unit.getVersion();
                    }
                }).create(shell);
        if (dialog.open() != Window.OK || dialog.getResult().length == 0) {
            return;
        }
        List<IInstallableUnit> chosen = Arrays.stream(dialog.getResult()).map(IInstallableUnit.class::cast).toList();
        Job install = Job.create(Messages.Install_installing, monitor -> {
            IStatus status = DomainInstaller.install(agent, location, chosen, monitor);
            shell.getDisplay().asyncExec(() -> finished(shell, status));
            return Status.OK_STATUS;
        });
        install.setUser(true);
        install.schedule();
    }

    private void finished(Shell shell, IStatus status) {
        if (shell.isDisposed() || status.getSeverity() == IStatus.CANCEL) {
            return;
        }
        if (status.getSeverity() >= IStatus.ERROR) {
            ErrorDialog.openError(shell, Messages.Install_title, Messages.Install_failed, status);
        } else if (MessageDialog.openQuestion(shell, Messages.Install_title, Messages.Install_done)) {
            PlatformUI.getWorkbench().restart();
        }
    }

    private static IPreferenceStore preferences() {
        return new ScopedPreferenceStore(InstanceScope.INSTANCE, "org.planstudio.ui");
    }
}
