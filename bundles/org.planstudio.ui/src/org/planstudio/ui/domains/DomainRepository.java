package org.planstudio.ui.domains;

import java.net.URI;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.equinox.p2.core.IProvisioningAgent;
import org.eclipse.equinox.p2.core.ProvisionException;
import org.eclipse.equinox.p2.engine.IProfile;
import org.eclipse.equinox.p2.metadata.IInstallableUnit;
import org.eclipse.equinox.p2.query.QueryUtil;
import org.eclipse.equinox.p2.repository.metadata.IMetadataRepository;
import org.eclipse.equinox.p2.repository.metadata.IMetadataRepositoryManager;

/** The domain features a p2 repository offers that the running installation does not have yet. */
final class DomainRepository {

    static final String FEATURE_PREFIX = "org.planstudio.domain.";
    static final String FEATURE_SUFFIX = ".feature.feature.group";

    private DomainRepository() {
    }

    static List<IInstallableUnit> available(IProvisioningAgent agent, IProfile profile, URI location,
            IProgressMonitor monitor) throws ProvisionException {
        Objects.requireNonNull(location, "location");
        IMetadataRepositoryManager manager = agent.getService(IMetadataRepositoryManager.class);
        IMetadataRepository repository = manager.loadRepository(location, monitor);
        return repository.query(QueryUtil.createIUGroupQuery(), monitor).toUnmodifiableSet().stream()
                .filter(unit -> unit.getId().startsWith(FEATURE_PREFIX) && unit.getId().endsWith(FEATURE_SUFFIX))
                .filter(unit -> profile.query(QueryUtil.createIUQuery(unit.getId()), monitor).isEmpty())
                .sorted(Comparator.comparing(IInstallableUnit::getId))
                .toList();
    }
}
